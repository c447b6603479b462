import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jConnection } from '../../src/config';
import { toolNeo4j } from '../../src/neo4j-local/tool-instances';

/** The fixed port of the API instance that Neo4j Browser, configured at start-up, fetches from. */
export const TEST_SERVICE_PORT = Number(process.env.TEST_SERVICE_PORT ?? 4100);

/**
 * The test Neo4j never touches a user's graph: other ports, another data folder, wiped per run.
 * TEST_NEO4J_URI (+ TEST_NEO4J_PASSWORD …) points the suite at an external, disposable database.
 */
export const TEST_NEO4J = toolNeo4j({
  folder: 'test',
  envPrefix: 'TEST',
  boltPort: 7688,
  httpPort: 7475,
  // Like `npm start`: Browser connects without a login form. The external-Neo4j tests cover auth.
  auth: 'none',
  password: 'immunotherapy-test',
  heapSize: '768m',
  pageCacheSize: '128m',
  // The Neo4j Browser test serves the guide and style from this port.
  serviceUrl: `http://localhost:${TEST_SERVICE_PORT}`,
});

const CONNECTION_FILE = path.join(TEST_NEO4J.homeDir, 'connection.json');

export function writeTestConnection(connection: Neo4jConnection): void {
  fs.mkdirSync(path.dirname(CONNECTION_FILE), { recursive: true });
  fs.writeFileSync(CONNECTION_FILE, JSON.stringify(connection));
}

export function readTestConnection(): Neo4jConnection {
  return JSON.parse(fs.readFileSync(CONNECTION_FILE, 'utf8')) as Neo4jConnection;
}
