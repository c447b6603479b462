import type { CypherExecutor } from '../db/executor';

export interface StatsRecord {
  nodeCount: number;
  relationshipCount: number;
  labels: Array<{ name: string; count: number }>;
  relationshipTypes: Array<{ name: string; count: number }>;
}

export class StatsRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async stats(): Promise<StatsRecord> {
    const [row] = await this.executor.read<StatsRecord>(
      `CALL () { MATCH (n) RETURN count(n) AS nodeCount }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
       CALL () {
         CALL db.labels() YIELD label
         CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
         WITH label, count WHERE count > 0
         RETURN collect({name: label, count: count}) AS labels
       }
       CALL () {
         CALL db.relationshipTypes() YIELD relationshipType
         CALL (relationshipType) { MATCH ()-[r:$(relationshipType)]->() RETURN count(r) AS count }
         WITH relationshipType, count WHERE count > 0
         RETURN collect({name: relationshipType, count: count}) AS relationshipTypes
       }
       RETURN nodeCount, relationshipCount, labels, relationshipTypes`,
    );
    return row ?? { nodeCount: 0, relationshipCount: 0, labels: [], relationshipTypes: [] };
  }
}
