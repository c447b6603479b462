import type { CypherExecutor } from '../db/executor';
import { RESEED_GUARD_LABEL } from '../db/reseed-guard';

export interface StatsRecord {
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ name: string; count: number }>;
  relationshipTypes: Array<{ name: string; count: number }>;
}

const byName = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => a.name.localeCompare(b.name));

export class StatsRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /** Read from Neo4j's count store (via APOC): constant time whatever the graph size. */
  async stats(): Promise<StatsRecord> {
    const [row] = await this.executor.read<{
      nodeCount: number;
      relCount: number;
      labels: Record<string, number>;
      relTypesCount: Record<string, number>;
    }>('CALL apoc.meta.stats() YIELD nodeCount, relCount, labels, relTypesCount RETURN nodeCount, relCount, labels, relTypesCount');
    // The reseed guard is bookkeeping, not part of the graph.
    const { [RESEED_GUARD_LABEL]: guards = 0, ...labels } = row?.labels ?? {};
    return {
      nodeCount: (row?.nodeCount ?? 0) - guards,
      relationshipCount: row?.relCount ?? 0,
      labels: byName(labels),
      relationshipTypes: byName(row?.relTypesCount ?? {}),
    };
  }
}
