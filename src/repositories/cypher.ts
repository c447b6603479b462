import { isEntityKind, isRelationType, type EntityKind, type RelationType } from '../domain/vocabulary';
import { ENTITY_PROPERTY_NAMES, RELATION_PROPERTY_NAMES } from './properties';
import type { EntityCore, RelationRecord } from './records';

/**
 * Cypher text is assembled only from the code's own constants: variable names, the labels of
 * ENTITY_KINDS and the types of RELATION_TYPES (checked here again at run time). Every value a
 * user sends reaches Cypher as a parameter.
 */
export function labelOf(kind: EntityKind): string {
  if (!isEntityKind(kind)) throw new Error(`not a label of the graph: ${String(kind)}`);
  return kind;
}

export function typeOf(type: RelationType): string {
  if (!isRelationType(type)) throw new Error(`not a relationship type of the graph: ${String(type)}`);
  return type;
}

/** Stored entity properties the API reads (search keys and bookkeeping stay in Neo4j): properties.ts. */
export const ENTITY_PROPERTIES: readonly string[] = ['id', 'kind', ...ENTITY_PROPERTY_NAMES];

export const RELATION_PROPERTIES: readonly string[] = RELATION_PROPERTY_NAMES;

/** The properties to fetch: all, or id and kind plus those asked for. */
const wantedEntity = (fields?: ReadonlySet<string> | null) =>
  fields ? ENTITY_PROPERTIES.filter((f) => f === 'id' || f === 'kind' || fields.has(f)) : ENTITY_PROPERTIES;
const wantedRelation = (fields?: ReadonlySet<string> | null) =>
  fields ? RELATION_PROPERTIES.filter((f) => fields.has(f)) : RELATION_PROPERTIES;

/**
 * A map literal rather than a map projection, so it also works on expressions. With `fields`,
 * only those properties (plus id and kind) travel: the operation's selection decides.
 */
export const entityProjection = (node: string, fields?: ReadonlySet<string> | null) =>
  `{${wantedEntity(fields).map((f) => `${f}: ${node}.${f}`).join(', ')}}`;

/** A relationship without its endpoints' properties: they travel once, as nodes, and are joined in JS. */
export const relationCoreProjection = (r: string, fields?: ReadonlySet<string> | null) =>
  `{id: ${r}.id, type: type(${r}), fromId: startNode(${r}).id, toId: endNode(${r}).id${wantedRelation(fields)
    .map((f) => `, ${f}: ${r}.${f}`)
    .join('')}}`;

/** A relationship as it arrives, its ends as ids; `Extra` is the stored properties it was fetched with. */
export type RelationCore<Extra extends object = object> = Omit<RelationRecord, 'from' | 'to'> & Extra & { fromId: string; toId: string };

export function attachEndpoints<E extends EntityCore, Extra extends object = object>(
  core: RelationCore<Extra>,
  entities: ReadonlyMap<string, E>,
): RelationRecord<E> & Omit<Extra, 'fromId' | 'toId'> {
  const { fromId, toId, ...rest } = core;
  const from = entities.get(fromId);
  const to = entities.get(toId);
  if (!from || !to) throw new Error(`relationship ${core.id} arrived without its endpoints`);
  return { ...rest, from, to };
}

/**
 * Columnar variants for large results: one list per property instead of one map per row. Bolt
 * encodes and the driver decodes a few long lists far faster than thousands of small maps.
 * List comprehensions (unlike collect) keep nulls, so the columns stay aligned.
 */
export const entityColumns = (list: string, fields?: ReadonlySet<string> | null) =>
  `{${wantedEntity(fields).map((f) => `${f}: [c IN ${list} | c.${f}]`).join(', ')}}`;

export const relationColumns = (list: string, fields?: ReadonlySet<string> | null) =>
  `{id: [c IN ${list} | c.id], type: [c IN ${list} | type(c)], fromId: [c IN ${list} | startNode(c).id], ` +
  `toId: [c IN ${list} | endNode(c).id]${wantedRelation(fields)
    .map((f) => `, ${f}: [c IN ${list} | c.${f}]`)
    .join('')}}`;

export function zipColumns<T>(columns: Record<string, unknown[]>): T[] {
  const keys = Object.keys(columns);
  const length = columns.id?.length ?? 0;
  const rows = new Array<T>(length);
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {};
    for (const key of keys) row[key] = columns[key]![i];
    rows[i] = row as T;
  }
  return rows;
}
