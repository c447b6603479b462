import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import { RESEED_GUARD_LABEL } from '../db/reseed-guard';
import { GRAPH_INFO_ID, GRAPH_INFO_LABEL, graphVersionOf, type GraphVersion } from '../db/graph-info';
import { build } from './cypher';

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
    const nodeCount = new Cypher.Variable();
    const relCount = new Cypher.Variable();
    const labelCounts = new Cypher.Variable();
    const relTypesCount = new Cypher.Variable();
    const info = new Cypher.Node();
    const { cypher, params } = build(
      Cypher.utils.concat(
        new Cypher.Procedure('apoc.meta.stats').yield(
          ['nodeCount', nodeCount],
          ['relCount', relCount],
          ['labels', labelCounts],
          ['relTypesCount', relTypesCount],
        ),
        new Cypher.OptionalMatch(
          new Cypher.Pattern(info, { labels: [GRAPH_INFO_LABEL], properties: { id: new Cypher.Param(GRAPH_INFO_ID) } }),
        ),
        new Cypher.Return(
          [nodeCount, 'nodeCount'],
          [relCount, 'relCount'],
          [labelCounts, 'labels'],
          [relTypesCount, 'relTypesCount'],
          [info.property('dataAsOf'), 'dataAsOf'],
          [info.property('versionHash'), 'versionHash'],
          [info.property('seededAt'), 'seededAt'],
        ),
      ),
    );
    const [row] = await this.executor.read<{
      nodeCount: number;
      relCount: number;
      labels: Record<string, number>;
      relTypesCount: Record<string, number>;
      dataAsOf: string | null;
      versionHash: string | null;
      seededAt: string | null;
    }>(cypher, params);
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
      graphVersion: graphVersionOf({ hash: row?.versionHash ?? null, seededAt: row?.seededAt ?? null }),
    };
  }
}
