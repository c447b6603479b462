import { readTestConnection, TEST_NEO4J } from './test-database';

const local = !process.env.TEST_NEO4J_URI;

(local ? describe : describe.skip)('the project-started Neo4j', () => {
  it('serves Neo4j Browser over HTTP on 127.0.0.1', async () => {
    const response = await fetch(`http://127.0.0.1:${TEST_NEO4J.httpPort}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>Neo4j Browser<\/title>/);
  });

  it('advertises Bolt on the loopback address it listens on', async () => {
    const response = await fetch(`http://127.0.0.1:${TEST_NEO4J.httpPort}/`);
    const discovery = (await response.json()) as { bolt_direct: string; neo4j_version: string };
    expect(discovery.bolt_direct).toBe(readTestConnection().uri);
    expect(discovery.neo4j_version).toMatch(/^5\.26\./);
  });
});
