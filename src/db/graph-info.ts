import { createHash } from 'node:crypto';
import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from './executor';

/**
 * The graph's own facts (seed/graph.yaml: dataAsOf, title) and its version live on one node
 * outside the entity graph: label GraphInfo, no Entity label, no relationships, so entity queries
 * never see it. The seed writes it; stats reads it and leaves it out of its counts.
 */
export const GRAPH_INFO_LABEL = 'GraphInfo';
export const GRAPH_INFO_ID = 'graph';

/**
 * What the response cache keys on: `hash` changes exactly when the seeded content changes (the
 * same seed written twice gives the same hash), `seededAt` is when that content was first seeded.
 */
export interface GraphVersion {
  /** sha256 (hex) of the canonical rows the seed wrote. */
  hash: string;
  /** ISO 8601 UTC time this content was first seeded (a reseed of the same content keeps it). */
  seededAt: string;
}

/** JSON with object keys sorted at every level, so equal content always serialises the same way. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

/** The content hash of a seed: its rows as Neo4j will hold them, in canonical JSON. */
export function contentHash(rows: unknown): string {
  return createHash('sha256').update(canonicalJson(rows)).digest('hex');
}

/** The one GraphInfo node, bound to `node`. */
export const graphInfoPattern = (node: Cypher.Node): Cypher.Pattern =>
  new Cypher.Pattern(node, { labels: [GRAPH_INFO_LABEL], properties: { id: new Cypher.Param(GRAPH_INFO_ID) } });

/** The statement that reads the version (columns hash, seededAt): built once, it never varies. */
export const READ_GRAPH_VERSION = (() => {
  const g = new Cypher.Node();
  return new Cypher.OptionalMatch(graphInfoPattern(g))
    .return([g.property('versionHash'), 'hash'], [g.property('seededAt'), 'seededAt'])
    .build();
})();
export type GraphVersionRow = { hash: string | null; seededAt: string | null };

export const graphVersionOf = (row: GraphVersionRow | undefined): GraphVersion | null =>
  row?.hash && row.seededAt ? { hash: row.hash, seededAt: row.seededAt } : null;

/** One read of the version; null when the graph was never seeded by a writer that stamps one. */
export async function readGraphVersion(executor: CypherExecutor): Promise<GraphVersion | null> {
  const [row] = await executor.read<GraphVersionRow>(READ_GRAPH_VERSION.cypher, READ_GRAPH_VERSION.params);
  return graphVersionOf(row);
}

/**
 * For writers other than the seed (the benchmark's scale-up, a migration): the response caches
 * of every API instance serve answers only for the version they last read, so a change of the
 * graph that keeps the old version would keep old answers alive. `hash` must identify the new
 * content (e.g. a hash of the previous version and what was written).
 */
export async function stampGraphVersion(executor: CypherExecutor, hash: string): Promise<GraphVersion> {
  const version: GraphVersion = { hash, seededAt: new Date().toISOString() };
  const g = new Cypher.Node();
  const { cypher, params } = new Cypher.Merge(graphInfoPattern(g))
    .set(
      [g.property('versionHash'), new Cypher.Param(version.hash)],
      [g.property('seededAt'), new Cypher.Param(version.seededAt)],
    )
    .build();
  await executor.write(cypher, params);
  return version;
}
