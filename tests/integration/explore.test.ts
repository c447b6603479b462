import { startApi, type TestApi } from './helpers/api';
import { seededCount } from './helpers/fixture-seed';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const SEARCH = `query($text: String!, $kinds: [EntityKind!]) {
  search(text: $text, kinds: $kinds) { kind matchedOn score entity { id name } }
}`;

describe('search', () => {
  it('finds a therapy by its brand name and says what matched', async () => {
    const res = await api.gql(SEARCH, { text: 'Keytruda' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search[0]).toMatchObject({
      kind: 'Therapy',
      matchedOn: 'Keytruda',
      entity: { id: 'pembrolizumab' },
    });
  });

  it.each([
    ['pd1', 'pd-1'],
    ['PD 1', 'pd-1'],
    ['cd279', 'pd-1'],
    ['HER-2', 'her2'],
    ['pembrolizumb', 'pembrolizumab'],
    ['Yescata', 'axicabtagene-ciloleucel'],
    ['car t', 'car-t-cell-therapy'],
    ['non small cell lung', 'nsclc'],
  ])('"%s" finds %s first (case, punctuation, typo)', async (text, id) => {
    const res = await api.gql(SEARCH, { text });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search[0].entity.id).toBe(id);
  });

  it('ranks results and can be limited to some kinds', async () => {
    const res = await api.gql(SEARCH, { text: 'CD19', kinds: ['Antigen', 'Biomarker'] });
    const kinds = new Set(res.data!.search.map((h: any) => h.kind));
    expect([...kinds].every((k) => k === 'Antigen' || k === 'Biomarker')).toBe(true);
    const scores = res.data!.search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(res.data!.search[0].entity.id).toBe('cd19');
  });

  it.each([[''], ['   '], ['!!!'], ['x'.repeat(201)]])('rejects unusable text %j with BAD_USER_INPUT', async (text) => {
    const res = await api.gql(SEARCH, { text });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/text/);
  });
});

describe('neighborhood', () => {
  it('returns drawable nodes and edges around an entity', async () => {
    const res = await api.gql(`{
      neighborhood(id: "pembrolizumab", depth: 1) {
        truncated
        nodes { id label caption type distance }
        edges { id source target type label relation { evidence { source { id } } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const g = res.data!.neighborhood;
    expect(g.nodes[0]).toEqual({
      id: 'pembrolizumab',
      label: 'Pembrolizumab',
      caption: 'Keytruda',
      type: 'Therapy',
      distance: 0,
    });
    expect(g.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining(['pd-1', 'melanoma', 't-cell', 'pd-1-inhibitor']),
    );
    expect(g.edges).toContainEqual(
      expect.objectContaining({ source: 'pembrolizumab', target: 'pd-1', type: 'INHIBITS', label: 'inhibits' }),
    );
    const nodeIds = new Set(g.nodes.map((n: any) => n.id));
    for (const edge of g.edges) {
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
      expect(edge.relation.evidence.length).toBeGreaterThan(0);
    }
    expect(g.truncated).toBe(false);
  });

  it('follows only the requested relationship types, to the requested depth', async () => {
    const res = await api.gql(`{
      neighborhood(id: "pembrolizumab", depth: 2, relationTypes: [INHIBITS, EXPRESSED_ON]) { nodes { id distance } edges { type } }
    }`);
    const g = res.data!.neighborhood;
    expect(new Set(g.edges.map((e: any) => e.type))).toEqual(new Set(['INHIBITS', 'EXPRESSED_ON']));
    expect(g.nodes).toContainEqual({ id: 't-cell', distance: 2 });
    expect(Math.max(...g.nodes.map((n: any) => n.distance))).toBe(2);
  });

  it('cuts at the limit and says so', async () => {
    const res = await api.gql(`{ neighborhood(id: "pd-1", depth: 3, limit: 5) { truncated nodes { id } } }`);
    expect(res.data!.neighborhood.nodes).toHaveLength(5);
    expect(res.data!.neighborhood.nodes[0].id).toBe('pd-1');
    expect(res.data!.neighborhood.truncated).toBe(true);
  });

  it('gives null for an unknown id', async () => {
    const res = await api.gql(`{ neighborhood(id: "unknown") { nodes { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.neighborhood).toBeNull();
  });
});

describe('paths', () => {
  it('explains how pembrolizumab reaches T cells, with evidence on every hop', async () => {
    const res = await api.gql(`{
      paths(from: "pembrolizumab", to: "t-cell", maxLength: 2, first: 20) {
        from { id } to { id }
        paths { length entities { id } relations { type evidence { source { id } locator } } }
        graph { nodes { id } edges { source target type } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const search = res.data!.paths;
    const routes = search.paths.map((p: any) => p.entities.map((e: any) => e.id).join(' > '));
    expect(routes[0]).toBe('pembrolizumab > t-cell');
    expect(routes).toContain('pembrolizumab > pd-1 > t-cell');
    const lengths = search.paths.map((p: any) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of search.paths) {
      expect(path.relations).toHaveLength(path.length);
      for (const hop of path.relations) expect(hop.evidence.length).toBeGreaterThan(0);
    }
    expect(search.graph.edges).toContainEqual({ source: 'pembrolizumab', target: 'pd-1', type: 'INHIBITS' });
  });

  it('finds a path from a CAR-T product to a lymphoma', async () => {
    const res = await api.gql(
      `{ paths(from: "axicabtagene-ciloleucel", to: "lymphoma", maxLength: 2) { paths { entities { id } } } }`,
    );
    expect(res.data!.paths.paths.map((p: any) => p.entities.map((e: any) => e.id).join(' > '))).toContain(
      'axicabtagene-ciloleucel > lbcl > lymphoma',
    );
  });

  it('gives null when an end is unknown', async () => {
    const res = await api.gql(`{ paths(from: "pembrolizumab", to: "unknown") { paths { length } } }`);
    expect(res.data!.paths).toBeNull();
  });
});

describe('stats', () => {
  it('counts nodes per label and relationships per type, consistent with the totals', async () => {
    const res = await api.gql(
      `{ stats { nodeCount relationshipCount labels { name count } relationshipTypes { name count } } }`,
    );
    const s = res.data!.stats;
    expect(s.nodeCount).toBeGreaterThanOrEqual(150);
    expect(s.relationshipCount).toBeGreaterThanOrEqual(400);
    const labels = Object.fromEntries(s.labels.map((l: any) => [l.name, l.count]));
    expect(labels.Entity + labels.Source).toBe(s.nodeCount);
    // The real seed's therapies and the API fixture's (tests/fixtures/api-seed).
    expect(labels.Therapy).toBe(seededCount('Therapy'));
    const relTotal = s.relationshipTypes.reduce((sum: number, t: any) => sum + t.count, 0);
    expect(relTotal).toBe(s.relationshipCount);
  });
});
