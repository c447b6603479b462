import type { CypherExecutor } from '../db/executor';
import type { RelationType } from '../domain/vocabulary';
import { relationProjection } from './cypher';
import type { RelationRecord } from './records';

export interface RelationKey {
  entityId: string;
  /** null: every type. */
  types: RelationType[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
}

export const relationKeyId = (key: RelationKey): string =>
  `${key.entityId}|${key.direction}|${key.types ? [...key.types].sort().join(',') : '*'}`;

/** All keys of one batch in one statement: the relationships of many entities at once. */
const RELATIONS_QUERY = `
UNWIND $keys AS key
MATCH (n:Entity {id: key.entityId})-[r]-(:Entity)
WHERE (key.types IS NULL OR type(r) IN key.types)
  AND (key.direction = 'BOTH'
       OR (key.direction = 'OUT' AND startNode(r) = n)
       OR (key.direction = 'IN' AND endNode(r) = n))
WITH key, r ORDER BY type(r), r.id
RETURN key.key AS key, collect(${relationProjection('r')}) AS relations`;

export class RelationRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async byKeys(keys: readonly RelationKey[]): Promise<RelationRecord[][]> {
    const rows = await this.executor.read<{ key: string; relations: RelationRecord[] }>(RELATIONS_QUERY, {
      keys: keys.map((k) => ({ ...k, key: relationKeyId(k) })),
    });
    const byKey = new Map(rows.map((row) => [row.key, row.relations]));
    return keys.map((k) => byKey.get(relationKeyId(k)) ?? []);
  }
}
