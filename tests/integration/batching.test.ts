import { startApi, type TestApi } from './helpers/api';
import { inhibitorsOf } from './helpers/seed-facts';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const NESTED = `query($first: Int!) {
  therapies(first: $first) {
    nodes {
      id
      inhibits { checkpoint { expressedOn { cell { name } } } }
      treats { cancer { name expresses { protein { __typename } } } evidence { source { title } quote } }
      classes { therapyClass { superclasses { superclass { name } } } }
    }
  }
}`;

describe('nested lists are batched', () => {
  it('sends the same number of Cypher statements for 2 parents as for 40', async () => {
    const few = await api.gql(NESTED, { first: 2 });
    const many = await api.gql(NESTED, { first: 40 });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data!.therapies.nodes).toHaveLength(40);
    // One list query, then one statement per nesting level (relations, then sources for evidence).
    expect(few.extensions?.cypherQueries).toBeGreaterThan(1);
    expect(many.extensions?.cypherQueries).toBe(few.extensions?.cypherQueries);
    expect(many.extensions!.cypherQueries!).toBeLessThanOrEqual(8);
  });

  it("fetches nested relationship fields in the root field's own statement", async () => {
    const res = await api.gql(`{
      therapies(first: 40, sort: { field: DEGREE, direction: DESC }) { edges { node { id inhibits { checkpoint { id expressedOn { cell { name } } } } } } }
      pd1: checkpoint(id: "pd-1") { inhibitedBy { therapy { treats { cancer { name } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypherQueries).toBe(2);
    const pembro = res.data!.therapies.edges.find((e: any) => e.node.id === 'pembrolizumab').node;
    expect(pembro.inhibits[0].checkpoint.expressedOn.map((e: any) => e.cell.name)).toContain('T cell');
    expect(res.data!.pd1.inhibitedBy.length).toBe(inhibitorsOf('pd-1').length);
  });

  it('gives the same answer with and without look-ahead (fragments, aliases, arguments)', async () => {
    const query = `{
      therapy(id: "pembrolizumab") {
        ...Treated
        approved: treats(status: APPROVED) { cancer { id } }
      }
    }
    fragment Treated on Therapy { treats { cancer { id ... on Cancer { parentTypes { parent { id } } } } } }`;
    const ahead = await api.gql(query);
    // The generic relations field is not looked ahead: the same data through DataLoaders.
    const loaded = await api.gql(`{
      entity(id: "pembrolizumab") { relations(types: [TREATS], direction: OUT) { to { id ... on Cancer { parentTypes { parent { id } } } } ... on Treats { status } } }
    }`);
    expect(ahead.errors).toBeUndefined();
    expect(ahead.extensions?.cypherQueries).toBe(1);
    const viaLookahead = ahead.data!.therapy.treats.map((t: any) => ({
      id: t.cancer.id,
      parents: t.cancer.parentTypes.map((p: any) => p.parent.id),
    }));
    const viaLoaders = loaded.data!.entity.relations.map((r: any) => ({
      id: r.to.id,
      parents: r.to.parentTypes.map((p: any) => p.parent.id),
    }));
    expect(viaLookahead).toEqual(viaLoaders);
    const approvedIds = loaded
      .data!.entity.relations.filter((r: any) => r.status === 'APPROVED')
      .map((r: any) => r.to.id);
    expect(ahead.data!.therapy.approved.map((t: any) => t.cancer.id)).toEqual(approvedIds);
  });
});
