import { serverAudits, type AuditResult } from 'graphql-http';
import { startApi, type TestApi } from './helpers/api';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('passes every audit without an error; warnings are listed in the README', async () => {
    const results = await Promise.all(serverAudits({ url: `${api.url}/graphql` }).map((audit) => audit.fn()));
    const describe = (r: AuditResult) => `${r.name}${r.status === 'ok' ? '' : `: ${r.reason}`}`;
    const errors = results.filter((r) => r.status === 'error').map(describe);
    const warnings = results.filter((r) => r.status === 'warn').map(describe);
    if (warnings.length > 0)
      process.stderr.write(`graphql-http warnings (${warnings.length}):\n  ${warnings.join('\n  ')}\n`);
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });
});
