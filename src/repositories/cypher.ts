import Cypher from '@neo4j/cypher-builder';
import { isEntityKind, isRelationType, type EntityKind, type RelationType } from '../domain/vocabulary';
import { ENTITY_PROPERTY_NAMES, RELATION_PROPERTY_NAMES } from './properties';
import type { EntityCore, RelationshipRecord } from './records';

/**
 * Cypher is built with @neo4j/cypher-builder: labels and relationship types go into its label and
 * type slots only from ENTITY_KINDS and RELATION_TYPES (checked here again at run time), property
 * names from the code's own lists, and every value a user sends as a Cypher.Param.
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

export const RELATIONSHIP_PROPERTIES: readonly string[] = RELATION_PROPERTY_NAMES;

/** The properties to fetch: all, or id and kind plus those asked for. */
const wantedEntity = (fields?: ReadonlySet<string> | null) =>
  fields ? ENTITY_PROPERTIES.filter((f) => f === 'id' || f === 'kind' || fields.has(f)) : ENTITY_PROPERTIES;
const wantedRelationship = (fields?: ReadonlySet<string> | null) =>
  fields ? RELATIONSHIP_PROPERTIES.filter((f) => fields.has(f)) : RELATIONSHIP_PROPERTIES;

/** What a repository hands the executor: the builder's Cypher text and its parameters. */
export type Statement = { cypher: string; params: Record<string, unknown> };

export const build = (clause: Cypher.Clause): Statement => {
  const { cypher, params } = clause.build();
  return { cypher, params };
};

/** Something whose properties can be read: a variable (`n.id`) or a map entry (`x.r.id`). */
type Holder = Cypher.Variable | Cypher.Property;

/**
 * A map literal of the wanted properties rather than a map projection, so the holder may also
 * be a map entry. With `fields`, only those properties (plus id and kind) travel: the
 * operation's selection decides.
 */
export const entityProjection = (node: Holder, fields?: ReadonlySet<string> | null): Cypher.Map =>
  new Cypher.Map(Object.fromEntries(wantedEntity(fields).map((f) => [f, node.property(f)])));

/**
 * A relationship without its endpoints' properties: they travel once, as nodes, and are joined
 * in JS by fromId/toId, which the caller gives as expressions on the variables it bound (the
 * builder has no property access on a function result such as startNode(r)).
 */
export const relationshipCoreProjection = (
  r: Holder,
  ends: { fromId: Cypher.Expr; toId: Cypher.Expr },
  fields?: ReadonlySet<string> | null,
): Cypher.Map =>
  new Cypher.Map({
    id: r.property('id'),
    type: Cypher.type(r),
    fromId: ends.fromId,
    toId: ends.toId,
    ...Object.fromEntries(wantedRelationship(fields).map((f) => [f, r.property(f)])),
  });

/** `[x IN list | f(x)]` */
export const mapList = (list: Cypher.Expr, f: (x: Cypher.Variable) => Cypher.Expr): Cypher.ListComprehension => {
  const x = new Cypher.Variable();
  return new Cypher.ListComprehension(x).in(list).map(f(x));
};

/**
 * `list[from..from + count]`: the builder's slices take only number literals, so the window is
 * read by index over range(); indexing a list is constant time and the window is small.
 */
export const slice = (list: Cypher.Variable, from: Cypher.Expr, count: Cypher.Expr): Cypher.ListComprehension => {
  const i = new Cypher.Variable();
  return new Cypher.ListComprehension(i)
    .in(Cypher.range(from, Cypher.minus(Cypher.plus(from, count), new Cypher.Literal(1))))
    .where(Cypher.lt(i, Cypher.size(list)))
    .map(list.property(i));
};

/** A relationship as it arrives, its ends as ids; `Extra` is the stored properties it was fetched with. */
export type RelationshipCore<Extra extends object = object> = Omit<RelationshipRecord, 'from' | 'to'> &
  Extra & { fromId: string; toId: string };

export function attachEndpoints<E extends EntityCore, Extra extends object = object>(
  core: RelationshipCore<Extra>,
  entities: ReadonlyMap<string, E>,
): RelationshipRecord<E> & Omit<Extra, 'fromId' | 'toId'> {
  const from = entities.get(core.fromId);
  const to = entities.get(core.toId);
  if (!from || !to) throw new Error(`relationship ${core.id} arrived without its endpoints`);
  // A plain copy loop: object rest/spread was the largest self time of a 3,000-edge neighborhood.
  const relation: Record<string, unknown> = {};
  for (const key in core) {
    if (key !== 'fromId' && key !== 'toId') relation[key] = core[key as keyof RelationshipCore<Extra>];
  }
  relation.from = from;
  relation.to = to;
  return relation as unknown as RelationshipRecord<E> & Omit<Extra, 'fromId' | 'toId'>;
}

/**
 * Relationship columns straight to relationships with their endpoints, one object per row (no
 * intermediate row objects): the large graph answers (neighborhood, whole graph) build thousands.
 */
export function zipRelationships<E extends EntityCore, Extra extends object = object>(
  columns: Record<string, unknown[]>,
  entities: ReadonlyMap<string, E>,
): (RelationshipRecord<E> & Extra)[] {
  const keys = Object.keys(columns).filter((key) => key !== 'fromId' && key !== 'toId');
  const ids = columns.id ?? [];
  const fromIds = columns.fromId ?? [];
  const toIds = columns.toId ?? [];
  const relations = new Array<RelationshipRecord<E> & Extra>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const from = entities.get(fromIds[i] as string);
    const to = entities.get(toIds[i] as string);
    if (!from || !to) throw new Error(`relationship ${String(ids[i])} arrived without its endpoints`);
    const relation: Record<string, unknown> = {};
    for (const key of keys) relation[key] = columns[key]![i];
    relation.from = from;
    relation.to = to;
    relations[i] = relation as unknown as RelationshipRecord<E> & Extra;
  }
  return relations;
}

/**
 * A large answer as one JSON text (APOC's toJson), parsed in JS. The driver decodes every string
 * of a Bolt answer on its own, so thousands of ids, types and names cost far more than one long
 * string and JSON.parse: measured on a depth-2 neighborhood at ×10 (500 nodes, 3,137 edges,
 * 60 alternating runs), 14.9 ms of client CPU per answer as Bolt columns against 3.7 ms as JSON,
 * and 30.8 against 21.4 ms from sending to parsed. Only for values JSON carries unchanged:
 * strings, numbers, booleans, lists, maps and null — what properties.ts says is stored (no
 * temporal or spatial values).
 */
export const asJson = (value: Cypher.Expr): Cypher.Function => new Cypher.Function('apoc.convert.toJson', [value]);

export const parseJson = <T>(text: string): T => JSON.parse(text) as T;

/**
 * Columnar variants for large results: one list per property instead of one map per row. Bolt
 * encodes and the driver decodes a few long lists far faster than thousands of small maps.
 * List comprehensions (unlike collect) keep nulls, so the columns stay aligned.
 */
export const entityColumns = (list: Cypher.Variable, fields?: ReadonlySet<string> | null): Cypher.Map =>
  new Cypher.Map(Object.fromEntries(wantedEntity(fields).map((f) => [f, mapList(list, (c) => c.property(f))])));

export const relationshipColumns = (list: Cypher.Variable, fields?: ReadonlySet<string> | null): Cypher.Map =>
  new Cypher.Map({
    id: mapList(list, (c) => c.property('id')),
    type: mapList(list, (c) => Cypher.type(c)),
    fromId: mapList(
      mapList(list, (c) => Cypher.startNode(c)),
      (s) => s.property('id'),
    ),
    toId: mapList(
      mapList(list, (c) => Cypher.endNode(c)),
      (e) => e.property('id'),
    ),
    ...Object.fromEntries(wantedRelationship(fields).map((f) => [f, mapList(list, (c) => c.property(f))])),
  });

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
