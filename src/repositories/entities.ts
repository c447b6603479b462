import type { CypherExecutor } from '../db/executor';
import type { EntityKind, RelationType } from '../domain/vocabulary';
import { entityProjection } from './cypher';
import type { EntityPage, EntityRecord } from './records';

export type RelatedConstraint = { type: RelationType; direction: 'OUT' | 'IN'; id: string };

export interface EntityListQuery {
  kind: EntityKind;
  nameContains?: string | null;
  relatedTo?: string | null;
  /** Member of this class or of one of its subclasses. */
  classId?: string | null;
  related: RelatedConstraint[];
  /** Exact matches on kind-specific properties (category, role, biomarkerType). */
  properties: Record<string, string>;
  sortField: 'NAME' | 'ID' | 'DEGREE';
  descending: boolean;
  offset: number;
  first: number;
}

const PAGE_QUERY = `
MATCH (n:Entity)
WHERE n.kind = $kind
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS $nameContains OR n.searchText CONTAINS $nameContains)
  AND ($relatedTo IS NULL OR EXISTS { (n)--(:Entity {id: $relatedTo}) })
  AND ($classId IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $classId}) })
  AND all(c IN $related WHERE
        (c.direction = 'OUT' AND EXISTS { MATCH (n)-[r]->(:Entity {id: c.id}) WHERE type(r) = c.type })
     OR (c.direction = 'IN' AND EXISTS { MATCH (n)<-[r]-(:Entity {id: c.id}) WHERE type(r) = c.type }))
  AND all(k IN keys($properties) WHERE n[k] = $properties[k])
WITH n,
     CASE $sortField WHEN 'NAME' THEN n.sortName WHEN 'ID' THEN n.id END AS textKey,
     CASE $sortField WHEN 'DEGREE' THEN COUNT { (n)--() } END AS numberKey
ORDER BY
  CASE WHEN $descending THEN numberKey END DESC,
  CASE WHEN $descending THEN null ELSE numberKey END ASC,
  CASE WHEN $descending THEN textKey END DESC,
  CASE WHEN $descending THEN null ELSE textKey END ASC,
  n.id ASC
WITH collect(n) AS matches
RETURN size(matches) AS totalCount,
       [m IN matches[$offset..($offset + $first)] | ${entityProjection('m')}] AS items`;

export class EntityRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /** One round trip for any number of ids; the result follows the order of ids (null if unknown). */
  async byIds(ids: readonly string[]): Promise<Array<EntityRecord | null>> {
    const rows = await this.executor.read<{ entity: EntityRecord }>(
      `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entityProjection('n')} AS entity`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.entity.id, r.entity]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async page(query: EntityListQuery): Promise<EntityPage> {
    const [row] = await this.executor.read<{ totalCount: number; items: EntityRecord[] }>(PAGE_QUERY, {
      kind: query.kind,
      nameContains: query.nameContains ? query.nameContains.toLowerCase() : null,
      relatedTo: query.relatedTo ?? null,
      classId: query.classId ?? null,
      related: query.related,
      properties: query.properties,
      sortField: query.sortField,
      descending: query.descending,
      offset: query.offset,
      first: query.first,
    });
    return { totalCount: row?.totalCount ?? 0, offset: query.offset, items: row?.items ?? [] };
  }
}
