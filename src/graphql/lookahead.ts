import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind } from '../domain/vocabulary';
import { emptyPlan, type PrefetchPlan } from '../repositories/prefetch';
import { RELATION_FIELDS, RELATION_OBJECTS, prefetchKey, type RelationFieldSpec } from './relation-fields';

/**
 * Reads the operation's selection set ahead of execution so a root field can fetch the typed
 * relationship fields below it — and theirs, and so on — in the same Cypher statement.
 */
const MAX_DEPTH = 4;

/** Fields of a selection set that apply to any of `typeNames`, fragments flattened. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, typeNames: readonly string[]): FieldNode[] {
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

function merge(into: PrefetchPlan, from: PrefetchPlan): PrefetchPlan {
  for (const [key, relation] of from.relations) {
    const existing = into.relations.get(key);
    if (existing) merge(existing.other, relation.other);
    else into.relations.set(key, { ...relation, other: merge(emptyPlan(), relation.other) });
  }
  return into;
}

/** Plan for an entity selection whose concrete kind is one of `kinds`. */
export function entityPlan(
  selectionSet: SelectionSetNode | undefined,
  kinds: readonly EntityKind[],
  info: GraphQLResolveInfo,
  depth = 0,
): PrefetchPlan {
  const plan = emptyPlan();
  if (depth >= MAX_DEPTH) return plan;
  for (const kind of kinds) {
    const table: Record<string, RelationFieldSpec> = RELATION_FIELDS[kind];
    for (const field of fieldsOf(selectionSet, info, [kind, 'Entity', kind === 'Checkpoint' || kind === 'Antigen' ? 'Protein' : kind])) {
      const spec = table[field.name.value];
      if (!spec) continue;
      const object = RELATION_OBJECTS[spec.type];
      const endpointFields = spec.direction === 'OUT' ? [object.to, 'to'] : [object.from, 'from'];
      const otherKinds = spec.direction === 'OUT' ? RELATION_TYPES[spec.type].to : RELATION_TYPES[spec.type].from;
      const other = emptyPlan();
      for (const endpoint of fieldsOf(field.selectionSet, info, [object.typename, 'Relation'])) {
        if (endpointFields.includes(endpoint.name.value)) {
          merge(other, entityPlan(endpoint.selectionSet, otherKinds, info, depth + 1));
        }
      }
      merge(plan, { relations: new Map([[prefetchKey(spec), { ...spec, other }]]) });
    }
  }
  return plan;
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
  const plan = emptyPlan();
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
