import Cypher from '@neo4j/cypher-builder';
import type { RelationType } from '../domain/vocabulary';
import { attachEndpoints, entityProjection, relationshipCoreProjection, typeOf, type RelationshipCore } from './cypher';
import { PREFETCHED, type EntityRecord, type RelationshipRecord } from './records';

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
  relation: RelationshipCore;
  other: EntityRecord;
  prefetch?: PrefetchedRows;
}
export type PrefetchedRows = Record<string, PrefetchedRow[]>;

/**
 * Map holding, for `node`, every relationship list the plan asks for, nested to the plan's depth
 * (pattern comprehensions: still one statement, one round trip).
 */
export function compilePrefetch(node: Cypher.Node, plan: PrefetchPlan): Cypher.Map {
  const entries = [...plan.relations.entries()].map(([key, relation]) => {
    const r = new Cypher.Relationship();
    const m = new Cypher.Node();
    const out = relation.direction === 'OUT';
    const pattern = new Cypher.Pattern(node)
      .related(r, { type: typeOf(relation.type), direction: out ? 'right' : 'left' })
      .to(m, { labels: ['Entity'] });
    // The pattern fixes the direction, so the endpoints are the bound nodes: no startNode(r) needed.
    const ends = out
      ? { fromId: node.property('id'), toId: m.property('id') }
      : { fromId: m.property('id'), toId: node.property('id') };
    const row = new Cypher.Map({
      relation: relationshipCoreProjection(r, ends, relation.relationFields),
      other: entityProjection(m, relation.other.fields),
    });
    if (relation.other.relations.size > 0) row.set('prefetch', compilePrefetch(m, relation.other));
    return [key, new Cypher.PatternComprehension(pattern).map(row)] as const;
  });
  return new Cypher.Map(Object.fromEntries(entries));
}

/** Attaches prefetched relationship lists to an entity record (and recursively to the far ends). */
export function hydrate(entity: EntityRecord, rows: PrefetchedRows | undefined): EntityRecord {
  if (!rows) return entity;
  const lists = new Map<string, RelationshipRecord[]>();
  for (const [key, list] of Object.entries(rows)) {
    lists.set(
      key,
      list
        .map(({ relation, other, prefetch }) => {
          const far = hydrate(other, prefetch);
          return attachEndpoints(
            relation,
            new Map([
              [entity.id, entity],
              [far.id, far],
            ]),
          );
        })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
  }
  Object.defineProperty(entity, PREFETCHED, { value: lists, enumerable: false });
  return entity;
}
