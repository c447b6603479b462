import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind } from '../domain/vocabulary';
import type { PathProjection } from '../repositories/graph';
import { emptyPlan, type PrefetchPlan } from '../repositories/prefetch';
import type { SearchProjection } from '../repositories/search';
import type { StatsProjection } from '../repositories/stats';
import {
  ENTITY_RESOLVERS,
  GraphNode,
  matchesOwnFilter,
  matchesStatus,
  relationshipResolvers,
} from '../resolvers/declarations';
import { NEEDS, needsOf } from '../resolvers/stored';
import {
  ENTITY_UNIONS,
  RELATIONSHIP_FIELDS,
  RELATIONSHIP_OBJECTS,
  prefetchKey,
  type RelationshipFieldSpec,
} from './relationship-fields';

/**
 * Reads the operation's selection set ahead of execution so a root field can fetch, in one
 * Cypher statement, only the properties the operation asks for and the typed relationship fields
 * below it (and theirs, to MAX_DEPTH).
 */
const MAX_DEPTH = 4;

/**
 * What a selected field reads is what its resolver's declaration says (src/resolvers/stored.ts):
 * the same list types the resolver's parent, so the plan and the resolver cannot disagree.
 */
const entityFieldNeeds = (kind: EntityKind, field: string) =>
  needsOf((ENTITY_RESOLVERS[kind] as Record<string, unknown>)[field]);
const relationshipFieldNeeds = (typename: string, field: string) =>
  needsOf((relationshipResolvers as Record<string, Record<string, unknown> | undefined>)[typename]?.[field]);

/** Fields that read nothing beyond id and kind (always fetched). */
export const FREE_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', '__typename']);
/** Fields of a relationship that read nothing stored beyond its id and type. */
export const FREE_RELATION_FIELDS: ReadonlySet<string> = new Set(['id', 'type', '__typename']);

/** Fields of a selection set that apply to any of `typeNames`, fragments flattened. */
export function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  typeNames: readonly string[],
): FieldNode[] {
  if (!selectionSet) return [];
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition?.name.value;
      if (!on || typeNames.includes(on)) fields.push(...fieldsOf(selection.selectionSet, info, typeNames));
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && typeNames.includes(fragment.typeCondition.name.value)) {
        fields.push(...fieldsOf(fragment.selectionSet, info, typeNames));
      }
    }
  }
  return fields;
}

const unite = (a: Set<string> | null, b: Set<string> | null): Set<string> | null =>
  a && b ? new Set([...a, ...b]) : null;

function merge(into: PrefetchPlan, from: PrefetchPlan): PrefetchPlan {
  into.fields = unite(into.fields, from.fields);
  for (const [key, relation] of from.relations) {
    const existing = into.relations.get(key);
    if (existing) {
      existing.relationFields = unite(existing.relationFields, relation.relationFields);
      merge(existing.other, relation.other);
    } else {
      into.relations.set(key, {
        ...relation,
        relationFields: relation.relationFields && new Set(relation.relationFields),
        other: merge(fieldPlan(), relation.other),
      });
    }
  }
  return into;
}

/** A plan that fetches nothing yet (fields are added as selections are read). */
const fieldPlan = (): PrefetchPlan => ({ fields: new Set(), relations: new Map() });

/** The schema types a selection on an entity of `kind` may name in fragments: itself, Entity and its unions. */
const typeNamesOf = (kind: EntityKind) => [
  kind,
  'Entity',
  ...Object.entries(ENTITY_UNIONS)
    .filter(([, members]) => members.includes(kind))
    .map(([union]) => union),
];

/** Plan for an entity selection whose concrete kind is one of `kinds`. */
export function entityPlan(
  selectionSet: SelectionSetNode | undefined,
  kinds: readonly EntityKind[],
  info: GraphQLResolveInfo,
  depth = 0,
): PrefetchPlan {
  const plan = fieldPlan();
  if (depth >= MAX_DEPTH) return emptyPlan();
  for (const kind of kinds) {
    const table: Record<string, RelationshipFieldSpec> = RELATIONSHIP_FIELDS[kind];
    for (const field of fieldsOf(selectionSet, info, typeNamesOf(kind))) {
      const name = field.name.value;
      const spec = table[name];
      if (!spec) {
        const properties = entityFieldNeeds(kind, name);
        if (properties) plan.fields = unite(plan.fields, new Set(properties));
        else if (!FREE_FIELDS.has(name)) plan.fields = null; // a field without a declaration: fetch everything
        continue;
      }
      const { relation, ownEnd } = relationshipPlan(spec, kind, field, info, depth);
      merge(plan, { fields: new Set(), relations: new Map([[prefetchKey(spec), relation]]) });
      merge(plan, ownEnd);
    }
  }
  return plan;
}

/**
 * Plan of one typed relationship field of an entity of `kind`: what to fetch of the relationship
 * and of its far end, and, separately, what the selection reads of its own end. The own end is
 * the parent entity itself (the prefetched relation points back at the parent's record), so that
 * part belongs in the parent's plan, fields and nested relationship lists alike.
 */
function relationshipPlan(
  spec: RelationshipFieldSpec,
  kind: EntityKind,
  field: FieldNode,
  info: GraphQLResolveInfo,
  depth: number,
) {
  const object = RELATIONSHIP_OBJECTS[spec.type];
  const [farFields, ownFields]: [string[], string[]] =
    spec.direction === 'OUT'
      ? [
          [object.to, 'to'],
          [object.from, 'from'],
        ]
      : [
          [object.from, 'from'],
          [object.to, 'to'],
        ];
  const otherKinds: readonly EntityKind[] = spec.farKind
    ? [spec.farKind]
    : spec.direction === 'OUT'
      ? RELATION_TYPES[spec.type].to
      : RELATION_TYPES[spec.type].from;
  const ownEnd = fieldPlan();
  if (spec.returns === 'entities' || spec.returns === 'entity') {
    // The field hands out the far ends themselves: its selection is theirs.
    const other = entityPlan(field.selectionSet, otherKinds, info, depth + 1);
    // A filter argument (indications(filter: …)) reads what its check declares of the far ends;
    // an argument this plan does not know: fetch them whole.
    for (const argument of field.arguments ?? []) {
      other.fields = argument.name.value === 'filter' ? unite(other.fields, new Set(matchesOwnFilter[NEEDS])) : null;
    }
    return {
      relation: { type: spec.type, direction: spec.direction, relationFields: new Set<string>(), other },
      ownEnd,
    };
  }
  const other = fieldPlan();
  // Arguments filter on stored properties too: treats(status: APPROVED) reads status.
  let relationFields: Set<string> | null = new Set(
    (field.arguments ?? []).some((a) => a.name.value === 'status') ? matchesStatus[NEEDS] : [],
  );
  for (const relationshipField of fieldsOf(field.selectionSet, info, [object.typename, 'Relation'])) {
    const name = relationshipField.name.value;
    if (farFields.includes(name)) merge(other, entityPlan(relationshipField.selectionSet, otherKinds, info, depth + 1));
    else if (ownFields.includes(name)) merge(ownEnd, entityPlan(relationshipField.selectionSet, [kind], info, depth));
    else if (relationshipFieldNeeds(object.typename, name))
      relationFields = unite(relationFields, new Set(relationshipFieldNeeds(object.typename, name)));
    else if (!FREE_RELATION_FIELDS.has(name)) relationFields = null; // a field without a declaration: fetch everything
  }
  return { relation: { type: spec.type, direction: spec.direction, relationFields, other }, ownEnd };
}

const rootSelection = (info: GraphQLResolveInfo): SelectionSetNode => ({
  kind: Kind.SELECTION_SET,
  selections: info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []),
});

/** Plan for a root field returning an entity (or null); the kind may be unknown before the fetch. */
export function rootEntityPlan(info: GraphQLResolveInfo, kinds: readonly EntityKind[] = ENTITY_KINDS): PrefetchPlan {
  return entityPlan(rootSelection(info), kinds, info);
}

/** Plan for a root connection field: the entities under `nodes` and `edges { node }`. */
export function connectionPlan(info: GraphQLResolveInfo, kind: EntityKind, connectionTypename: string): PrefetchPlan {
  const plan = fieldPlan();
  for (const field of fieldsOf(rootSelection(info), info, [connectionTypename])) {
    if (field.name.value === 'nodes') merge(plan, entityPlan(field.selectionSet, [kind], info));
    if (field.name.value === 'edges') {
      for (const edgeField of fieldsOf(field.selectionSet, info, [`${kind}Edge`])) {
        if (edgeField.name.value === 'node') merge(plan, entityPlan(edgeField.selectionSet, [kind], info));
      }
    }
  }
  return plan;
}

/** Stored properties to fetch for a drawable graph's nodes and edges (null: all). */
export interface GraphProjection {
  nodeFields: Set<string> | null;
  edgeFields: Set<string> | null;
}

/** Properties a drawable graph (a selection on Graph) needs for its nodes and edges. */
function graphProjection(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): GraphProjection {
  let nodeFields: Set<string> | null = new Set();
  let edgeFields: Set<string> | null = new Set();
  for (const field of fieldsOf(selectionSet, info, ['Graph'])) {
    if (field.name.value === 'nodes') {
      for (const nodeField of fieldsOf(field.selectionSet, info, ['GraphNode'])) {
        const name = nodeField.name.value;
        const needs = needsOf((GraphNode as Record<string, unknown>)[name]);
        if (name === 'entity')
          nodeFields = unite(nodeFields, entityPlan(nodeField.selectionSet, ENTITY_KINDS, info).fields);
        else if (needs) nodeFields = unite(nodeFields, new Set(needs));
        else if (name !== '__typename') nodeFields = null; // a field without a declaration: fetch everything
      }
    }
    if (field.name.value === 'edges') {
      for (const edgeField of fieldsOf(field.selectionSet, info, ['GraphEdge'])) {
        // The relation's endpoints are graph nodes: whatever it reads of them, fetch for all nodes.
        if (edgeField.name.value === 'relation') {
          edgeFields = null;
          nodeFields = null;
        }
      }
    }
  }
  return { nodeFields, edgeFields };
}

/** Properties a drawable graph needs for its nodes and edges (neighborhood). */
export const graphPlan = (info: GraphQLResolveInfo): GraphProjection => graphProjection(rootSelection(info), info);

/**
 * What a selection on relationships of any type (the Relation interface, fragments on each type)
 * reads: stored properties of the relationships, and of their ends (from, to and the typed ends
 * such as `therapy`), for any kind the ends may be.
 */
function relationSelection(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo) {
  let relationFields: Set<string> | null = new Set();
  let endFields: Set<string> | null = new Set();
  for (const object of Object.values(RELATIONSHIP_OBJECTS)) {
    for (const field of fieldsOf(selectionSet, info, [object.typename, 'Relation'])) {
      const name = field.name.value;
      const needs = relationshipFieldNeeds(object.typename, name);
      if (name === 'from' || name === 'to' || name === object.from || name === object.to)
        endFields = unite(endFields, entityPlan(field.selectionSet, ENTITY_KINDS, info).fields);
      else if (needs) relationFields = unite(relationFields, new Set(needs));
      else if (!FREE_RELATION_FIELDS.has(name)) relationFields = null; // a field without a declaration: fetch everything
    }
  }
  return { relationFields, endFields };
}

/**
 * What `paths` fetches: its two ends with the relationship lists their selections ask for, and
 * the stored properties of the entities and relationships on the paths. The relationships' ends
 * and the `graph` nodes are the path entities themselves, so what those selections read is
 * fetched for every entity on a path. Relationship fields below path entities are not planned:
 * the request's relations loader fetches them, one statement per level for all paths.
 */
export function pathsPlan(info: GraphQLResolveInfo): PathProjection {
  const from = fieldPlan();
  const to = fieldPlan();
  let entityFields: Set<string> | null = new Set();
  let relationFields: Set<string> | null = new Set();
  for (const field of fieldsOf(rootSelection(info), info, ['PathSearch'])) {
    const name = field.name.value;
    if (name === 'from') merge(from, entityPlan(field.selectionSet, ENTITY_KINDS, info));
    else if (name === 'to') merge(to, entityPlan(field.selectionSet, ENTITY_KINDS, info));
    else if (name === 'graph') {
      const graph = graphProjection(field.selectionSet, info);
      entityFields = unite(entityFields, graph.nodeFields);
      relationFields = unite(relationFields, graph.edgeFields);
    } else if (name === 'paths') {
      for (const pathField of fieldsOf(field.selectionSet, info, ['Path'])) {
        if (pathField.name.value === 'entities')
          entityFields = unite(entityFields, entityPlan(pathField.selectionSet, ENTITY_KINDS, info).fields);
        if (pathField.name.value === 'relations') {
          const relations = relationSelection(pathField.selectionSet, info);
          relationFields = unite(relationFields, relations.relationFields);
          entityFields = unite(entityFields, relations.endFields);
        }
      }
    }
  }
  return { from, to, entityFields, relationFields };
}

/** What `search` fetches of its hits: what the `entity` selections read, and the names for matchedOn. */
export function searchPlan(info: GraphQLResolveInfo): SearchProjection {
  let entityFields: Set<string> | null = new Set();
  let matchedOn = false;
  for (const field of fieldsOf(rootSelection(info), info, ['SearchHit'])) {
    if (field.name.value === 'entity')
      entityFields = unite(entityFields, entityPlan(field.selectionSet, ENTITY_KINDS, info).fields);
    if (field.name.value === 'matchedOn') matchedOn = true;
  }
  return { entityFields, matchedOn };
}

/** What `stats` computes beyond the two totals: the per-label and per-type counts, only when selected. */
export function statsPlan(info: GraphQLResolveInfo): StatsProjection {
  const breakdown = fieldsOf(rootSelection(info), info, ['Stats']).some(
    (field) => field.name.value === 'labels' || field.name.value === 'relationshipTypes',
  );
  return { breakdown };
}
