import type { CypherExecutor } from '../db/executor';
import type { RelationType } from '../domain/vocabulary';
import { attachEndpoints, entityProjection, relationCoreProjection, type RelationCore } from './cypher';
import type { EntityRecord, RelationRecord } from './records';

export interface RelationKey {
  entityId: string;
  /** null: every type. */
  types: RelationType[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
}

export const relationKeyId = (key: RelationKey): string =>
  `${key.entityId}|${key.direction}|${key.types ? [...key.types].sort().join(',') : '*'}`;

/**
 * All keys of one batch in one statement: the relationships of many entities at once. Each row
 * carries the anchor once and, per relationship, only the other endpoint.
 */
const RELATIONS_QUERY = `
UNWIND $keys AS key
MATCH (n:Entity {id: key.entityId})
CALL (n, key) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND (key.direction = 'BOTH'
         OR (key.direction = 'OUT' AND startNode(r) = n)
         OR (key.direction = 'IN' AND endNode(r) = n))
  WITH r, m ORDER BY type(r), r.id
  RETURN collect({relation: ${relationCoreProjection('r')}, other: ${entityProjection('m')}}) AS relations
}
RETURN key.key AS key, ${entityProjection('n')} AS anchor, relations`;

export class RelationRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async byKeys(keys: readonly RelationKey[]): Promise<RelationRecord[][]> {
    const rows = await this.executor.read<{
      key: string;
      anchor: EntityRecord;
      relations: Array<{ relation: RelationCore; other: EntityRecord }>;
    }>(RELATIONS_QUERY, { keys: keys.map((k) => ({ ...k, key: relationKeyId(k) })) });
    const byKey = new Map(
      rows.map((row) => [
        row.key,
        row.relations.map(({ relation, other }) =>
          attachEndpoints(relation, new Map([[row.anchor.id, row.anchor], [other.id, other]])),
        ),
      ]),
    );
    return keys.map((k) => byKey.get(relationKeyId(k)) ?? []);
  }
}
