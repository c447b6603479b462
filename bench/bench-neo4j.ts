import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jSettings } from '../src/config';

/** Several checkouts may bench on one machine at once, so the ports can be moved. */
function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port (1-65535), got "${raw}"`);
  }
  return port;
}

/**
 * The benchmarks' own Neo4j: other ports and data folder than `npm start` and the tests (wiped
 * on every run), with a password so the authenticated path is what gets measured.
 */
export const BENCH_NEO4J: LocalNeo4jSettings = {
  homeDir: path.join(PROJECT_ROOT, '.neo4j', 'bench'),
  boltPort: portFromEnv('BENCH_NEO4J_BOLT_PORT', 7689),
  httpPort: portFromEnv('BENCH_NEO4J_HTTP_PORT', 7476),
  auth: 'password',
  password: 'immunotherapy-bench',
  heapSize: '2g',
  pageCacheSize: '1g',
  serviceUrl: null,
};
