import { toolNeo4j } from '../src/neo4j-local/tool-instances';

/**
 * The benchmarks' own Neo4j: other ports and data folder than `npm start` and the tests (wiped
 * on every run), with a password so the authenticated path is what gets measured.
 */
export const BENCH_NEO4J = toolNeo4j({
  folder: 'bench',
  envPrefix: 'BENCH',
  boltPort: 7689,
  httpPort: 7476,
  auth: 'password',
  password: 'immunotherapy-bench',
  heapSize: '2g',
  pageCacheSize: '1g',
});
