import type { RelationType } from '../domain/vocabulary';
import { attachEndpoints, entityProjection, relationCoreProjection, typeOf, type RelationCore } from './cypher';
import { PREFETCHED, type EntityRecord, type RelationRecord } from './records';

/**
 * What to fetch for an entity: its properties (`fields`; null means all) and the relationship
 * lists to fetch along with it, keyed like the PREFETCHED map (TYPE_DIRECTION), each with the
 * relationship properties it needs and the plan for the entities at the far end.
 */
export interface PrefetchPlan {
  fields: Set<string> | null;
  relations: Map<
    string,
    { type: RelationType; direction: 'OUT' | 'IN'; relationFields: Set<string> | null; other: PrefetchPlan }
  >;
}

export const emptyPlan = (): PrefetchPlan => ({ fields: null, relations: new Map() });

export interface PrefetchedRow {
  relation: RelationCore;
  other: EntityRecord;
  prefetch?: PrefetchedRows;
}
export type PrefetchedRows = Record<string, PrefetchedRow[]>;

/**
 * Cypher map literal holding, for `nodeVar`, every relationship list the plan asks for, nested to
 * the plan's depth (pattern comprehensions: still one statement, one round trip).
 */
export function compilePrefetch(nodeVar: string, plan: PrefetchPlan, counter = { next: 0 }): string {
  const entries = [...plan.relations.entries()].map(([key, relation]) => {
    const n = counter.next++;
    const r = `pr${n}`;
    const m = `pm${n}`;
    const type = typeOf(relation.type);
    const pattern =
      relation.direction === 'OUT' ? `(${nodeVar})-[${r}:${type}]->(${m}:Entity)` : `(${nodeVar})<-[${r}:${type}]-(${m}:Entity)`;
    const nested = relation.other.relations.size > 0 ? `, prefetch: ${compilePrefetch(m, relation.other, counter)}` : '';
    return `${key}: [${pattern} | {relation: ${relationCoreProjection(r, relation.relationFields)}, other: ${entityProjection(m, relation.other.fields)}${nested}}]`;
  });
  return `{${entries.join(', ')}}`;
}

/** Attaches prefetched relationship lists to an entity record (and recursively to the far ends). */
export function hydrate(entity: EntityRecord, rows: PrefetchedRows | undefined): EntityRecord {
  if (!rows) return entity;
  const lists = new Map<string, RelationRecord[]>();
  for (const [key, list] of Object.entries(rows)) {
    lists.set(
      key,
      list
        .map(({ relation, other, prefetch }) => {
          const far = hydrate(other, prefetch);
          return attachEndpoints(relation, new Map([[entity.id, entity], [far.id, far]]));
        })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
  }
  Object.defineProperty(entity, PREFETCHED, { value: lists, enumerable: false });
  return entity;
}
