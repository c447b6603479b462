import { startApi, type TestApi } from './helpers/api';

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
});
