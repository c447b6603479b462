import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import { RESEED_GUARD_LABEL } from '../db/reseed-guard';
import { GRAPH_INFO_LABEL, graphInfoPattern, graphVersionOf, type GraphVersion } from '../db/graph-info';
import { build } from './cypher';

export interface StatsRecord {
  nodeCount: number;
  relationshipCount: number;
  /** Null when not counted: the operation did not select them (StatsProjection). */
  labels: Array<{ name: string; count: number }> | null;
  relationshipTypes: Array<{ name: string; count: number }> | null;
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

/** Whether to count nodes per label and relationships per type, beyond the two totals. */
export interface StatsProjection {
  breakdown: boolean;
}

/** `CALL () { MATCH <pattern> RETURN count(x) AS <into> }`: answered from the count store. */
const countOf = (pattern: Cypher.Pattern, counted: Cypher.Variable, into: Cypher.Variable) =>
  new Cypher.Call(new Cypher.Match(pattern).return([Cypher.count(counted), into]), []);

export class StatsRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /**
   * Counts from Neo4j's count store: constant time whatever the graph size; the graph's data
   * date and version from its GraphInfo node in the same statement (one round trip). The two
   * totals are plain count queries the planner answers from the count store; the per-label and
   * per-type counts come from apoc.meta.stats, which also counts every label × type pattern and
   * so costs more than the totals alone: it runs only when the operation selects them.
   */
  async stats(projection: StatsProjection = { breakdown: true }): Promise<StatsRecord> {
    const row = projection.breakdown ? await this.withBreakdown() : await this.totals();
    return {
      nodeCount: row.nodeCount,
      relationshipCount: row.relCount,
      labels: row.labels ? byName(row.labels) : null,
      relationshipTypes: row.relTypesCount ? byName(row.relTypesCount) : null,
      dataAsOf: row.dataAsOf,
      graphVersion: graphVersionOf({ hash: row.versionHash, seededAt: row.seededAt }),
    };
  }

  private async totals(): Promise<StatsRow> {
    const all = new Cypher.Variable();
    const relCount = new Cypher.Variable();
    const n = new Cypher.Node();
    const r = new Cypher.Relationship();
    const bookkeeping = BOOKKEEPING_LABELS.map((label) => ({
      label,
      node: new Cypher.Node(),
      count: new Cypher.Variable(),
    }));
    const info = new Cypher.Node();
    const { cypher, params } = build(
      Cypher.utils.concat(
        countOf(new Cypher.Pattern(n), n, all),
        countOf(new Cypher.Pattern({}).related(r, { direction: 'right' }).to({}), r, relCount),
        ...bookkeeping.map((b) => countOf(new Cypher.Pattern(b.node, { labels: [b.label] }), b.node, b.count)),
        graphInfoMatch(info),
        new Cypher.Return(
          [bookkeeping.reduce<Cypher.Expr>((total, b) => Cypher.minus(total, b.count), all), 'nodeCount'],
          [relCount, 'relCount'],
          ...graphInfoColumns(info),
        ),
      ),
    );
    const [row] = await this.executor.read<StatsRow>(cypher, params);
    return row ?? EMPTY_ROW;
  }

  private async withBreakdown(): Promise<StatsRow> {
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
        graphInfoMatch(info),
        new Cypher.Return(
          [nodeCount, 'nodeCount'],
          [relCount, 'relCount'],
          [labelCounts, 'labels'],
          [relTypesCount, 'relTypesCount'],
          ...graphInfoColumns(info),
        ),
      ),
    );
    const [row] = await this.executor.read<StatsRow>(cypher, params);
    if (!row) return { ...EMPTY_ROW, labels: {}, relTypesCount: {} };
    const labels = { ...(row.labels ?? {}) };
    let bookkeeping = 0;
    for (const label of BOOKKEEPING_LABELS) {
      bookkeeping += labels[label] ?? 0;
      delete labels[label];
    }
    return { ...row, nodeCount: row.nodeCount - bookkeeping, labels };
  }
}

interface StatsRow {
  /** Without bookkeeping nodes. */
  nodeCount: number;
  relCount: number;
  labels?: Record<string, number>;
  relTypesCount?: Record<string, number>;
  dataAsOf: string | null;
  versionHash: string | null;
  seededAt: string | null;
}

const EMPTY_ROW: StatsRow = { nodeCount: 0, relCount: 0, dataAsOf: null, versionHash: null, seededAt: null };

const graphInfoMatch = (info: Cypher.Node) => new Cypher.OptionalMatch(graphInfoPattern(info));

const graphInfoColumns = (info: Cypher.Node): Array<[Cypher.Expr, string]> => [
  [info.property('dataAsOf'), 'dataAsOf'],
  [info.property('versionHash'), 'versionHash'],
  [info.property('seededAt'), 'seededAt'],
];
