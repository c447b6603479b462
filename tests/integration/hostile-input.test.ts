import {
  codesOf,
  hostileRequests,
  INJECTIONS,
  problemsWith,
  send,
  type HostileRequest,
} from '../../bench/hostile-corpus';
import { startApi, type TestApi } from './helpers/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const graphSize = async () => {
  const [row] = await api.executor.read<{ nodes: unknown; relationships: unknown }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(row!.nodes), relationships: Number(row!.relationships) };
};

const post = (
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): HostileRequest => ({
  kind: 'case',
  method: 'POST',
  path: '/graphql',
  headers,
  body,
});

describe('hostile input', () => {
  it('300 seeded hostile requests on every route: no 5xx, every error coded JSON, graph unchanged, memory bounded', async () => {
    const before = await graphSize();
    const statsBefore = (await api.gql('{ stats { nodeCount } }')).data!.stats.nodeCount;
    const rssBefore = process.memoryUsage().rss;
    const pending = [...hostileRequests(300, 1)];
    const broken: string[] = [];
    const statuses = new Set<number>();
    const worker = async () => {
      for (let request = pending.shift(); request; request = pending.shift()) {
        const answer = await send(new URL(api.url), request);
        statuses.add(answer.status);
        for (const problem of problemsWith(request, answer))
          broken.push(`${request.kind} ${request.method} ${request.path.slice(0, 80)}: ${problem}`);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(broken).toEqual([]);
    expect([...statuses].filter((s) => s >= 500)).toEqual([]);
    // Still serving, and nothing written.
    // stats counts the graph's content (not the reseed guard node graphSize sees).
    expect((await api.gql('{ stats { nodeCount } }')).data!.stats.nodeCount).toBe(statsBefore);
    expect(await graphSize()).toEqual(before);
    // Bodies over 100 KiB are refused while read, so 300 requests cannot hold much memory.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('answers malformed JSON with a coded JSON error, not an HTML stack trace', async () => {
    const answer = await send(new URL(api.url), post('{"query":'));
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/application\/json/);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it.each([
    ['an unsupported charset', { 'content-type': 'application/json; charset=latin-9' }, 415],
    ['an unsupported content encoding', { 'content-type': 'application/json', 'content-encoding': 'compress' }, 415],
  ])('answers %s with a coded JSON error', async (_name, headers, status) => {
    const answer = await send(new URL(api.url), post('{}', headers));
    expect(answer.status).toBe(status);
    expect(codesOf(answer)).toEqual(['BAD_REQUEST']);
  });

  it('answers unknown paths and bad URLs with coded JSON', async () => {
    for (const path of ['/nothing-here', '/explorer/%E0%A4%A', '/explorer/..%2f..%2fpackage.json']) {
      const answer = await send(new URL(api.url), { kind: 'case', method: 'GET', path, headers: {} });
      expect([answer.status, codesOf(answer).length]).toEqual([expect.any(Number), 1]);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
  });

  it('treats injection-shaped strings in every argument as plain data', async () => {
    const before = await graphSize();
    const statsBefore = (await api.gql('{ stats { nodeCount } }')).data!.stats.nodeCount;
    for (const text of INJECTIONS) {
      const res = await api.gql(
        `query($s: String!, $id: ID!) {
           entity(id: $id) { id } entities(ids: [$id]) { id } source(id: $id) { id } therapy(id: $id) { id }
           therapies(filter: { nameContains: $s, relatedTo: $id, treats: $id }) { totalCount }
           neighborhood(id: $id) { truncated } paths(from: $id, to: "t-cell") { paths { length } }
           graphExport(format: GRAPHML, center: $id) { nodeCount }
         }`,
        { s: text, id: text },
      );
      for (const error of res.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      // A refused non-null field (an empty nameContains) nulls the whole answer; otherwise every lookup misses.
      if (res.data === null) expect(res.errors!.length).toBeGreaterThan(0);
      else expect(res.data).toMatchObject({ entity: null, therapy: null, neighborhood: null, graphExport: null });
      const search = await api.gql('query($s: String!) { search(text: $s) { entity { id } } }', { s: text });
      if (search.errors) expect(search.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await api.gql('{ stats { nodeCount } }')).data!.stats.nodeCount).toBe(statsBefore);
    expect(await graphSize()).toEqual(before);
  });
});
