import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jSettings } from '../src/config';

/**
 * The benchmarks' own Neo4j: other ports and data folder than `npm start` and the tests (wiped
 * on every run), with a password so the authenticated path is what gets measured.
 */
export const BENCH_NEO4J: LocalNeo4jSettings = {
  homeDir: path.join(PROJECT_ROOT, '.neo4j', 'bench'),
  boltPort: 7689,
  httpPort: 7476,
  auth: 'password',
  password: 'immunotherapy-bench',
  heapSize: '2g',
  pageCacheSize: '1g',
  serviceUrl: null,
};
