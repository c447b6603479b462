import type { CypherExecutor } from '../db/executor';
import { RESEED_GUARD_LABEL } from '../db/reseed-guard';
import { GRAPH_INFO_ID, GRAPH_INFO_LABEL, type GraphVersion } from '../db/graph-info';

export interface StatsRecord {
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ name: string; count: number }>;
  relationshipTypes: Array<{ name: string; count: number }>;
  /** seed/graph.yaml's dataAsOf ("YYYY-MM-DD"); null when the graph was not loaded from a seed with one. */
  dataAsOf: string | null;
  /** The seed's stamp, read in the same statement as the counts. */
  graphVersion: GraphVersion | null;
}

const byName = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => a.name.localeCompare(b.name));

/** Bookkeeping nodes that are not part of the graph: never counted or listed. */
const BOOKKEEPING_LABELS = [RESEED_GUARD_LABEL, GRAPH_INFO_LABEL];

export class StatsRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /**
   * Counts from Neo4j's count store (via APOC): constant time whatever the graph size; the
   * graph's data date from its GraphInfo node in the same statement (one round trip).
   */
  async stats(): Promise<StatsRecord> {
    const [row] = await this.executor.read<{
      nodeCount: number;
      relCount: number;
      labels: Record<string, number>;
      relTypesCount: Record<string, number>;
      dataAsOf: string | null;
      versionHash: string | null;
      seededAt: string | null;
    }>(
      `CALL apoc.meta.stats() YIELD nodeCount, relCount, labels, relTypesCount
       OPTIONAL MATCH (info:${GRAPH_INFO_LABEL} {id: $infoId})
       RETURN nodeCount, relCount, labels, relTypesCount, info.dataAsOf AS dataAsOf,
              info.versionHash AS versionHash, info.seededAt AS seededAt`,
      { infoId: GRAPH_INFO_ID },
    );
    const labels = { ...(row?.labels ?? {}) };
    let bookkeeping = 0;
    for (const label of BOOKKEEPING_LABELS) {
      bookkeeping += labels[label] ?? 0;
      delete labels[label];
    }
    return {
      nodeCount: (row?.nodeCount ?? 0) - bookkeeping,
      relationshipCount: row?.relCount ?? 0,
      labels: byName(labels),
      relationshipTypes: byName(row?.relTypesCount ?? {}),
      dataAsOf: row?.dataAsOf ?? null,
      graphVersion: row?.versionHash && row.seededAt ? { hash: row.versionHash, seededAt: row.seededAt } : null,
    };
  }
}
