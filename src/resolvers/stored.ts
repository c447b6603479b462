import type { GraphQLResolveInfo } from 'graphql';
import type { GraphContext } from '../context';
import type { EntityProperty, RelationshipProperty } from '../repositories/properties';
import type {
  EntityRecord,
  Fetched,
  FetchedRelationship,
  GraphNodeRecord,
  RelationshipRecord,
} from '../repositories/records';

/**
 * Field declarations: the only way a resolver reads a stored property of a selection-driven
 * record. A declaration names the properties it needs; its `read` sees a record typed with
 * exactly those (reading any other is a compile error), and the look-ahead
 * (src/graphql/lookahead.ts) fetches what the declarations of the selected fields name. The
 * resolver and the fetch plan read one list, so they cannot drift apart.
 */
export const NEEDS = Symbol('needs');

export interface Declared<K extends string = string> {
  readonly [NEEDS]: readonly K[];
}

/** The properties a declared resolver needs, or undefined for a resolver that declares none. */
export function needsOf(resolver: unknown): readonly string[] | undefined {
  return typeof resolver === 'function' && NEEDS in resolver ? (resolver as unknown as Declared)[NEEDS] : undefined;
}

// Arguments are whatever the field's schema declares; codegen checks the finished resolver maps.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = any;

const declare = <K extends string, F extends object>(needs: readonly K[], resolver: F): F & Declared<K> =>
  Object.assign(resolver, { [NEEDS]: needs });

/** A field of an entity type reading the stored properties `needs` (none: a computed field). */
export const storedField = <K extends EntityProperty, R>(
  needs: readonly K[],
  read: (entity: Fetched<K>, args: Args, ctx: GraphContext, info: GraphQLResolveInfo) => R,
) =>
  declare(needs, (entity: EntityRecord, args: Args, ctx: GraphContext, info: GraphQLResolveInfo) =>
    // The one place a selection-driven record is narrowed: the plan fetched `needs` for this field.
    read(entity as Fetched<K>, args, ctx, info),
  );

/** A field of a relationship type reading the stored relationship properties `needs`. */
export const storedRelationshipField = <K extends RelationshipProperty, R>(
  needs: readonly K[],
  read: (relation: FetchedRelationship<K>, args: Args, ctx: GraphContext) => R,
) =>
  declare(needs, (relation: RelationshipRecord, args: Args, ctx: GraphContext) =>
    read(relation as FetchedRelationship<K>, args, ctx),
  );

/** A field of a drawable graph's node reading the stored properties `needs` of its entity. */
export const storedNodeField = <K extends EntityProperty, R>(
  needs: readonly K[],
  read: (node: GraphNodeRecord<Fetched<K>>) => R,
) => declare(needs, (node: GraphNodeRecord) => read(node as GraphNodeRecord<Fetched<K>>));

/**
 * A check an argument makes on stored properties (treats(status:), indications(filter:)); the
 * look-ahead fetches its `needs` when the field has that argument.
 */
export const storedCheck = <K extends EntityProperty, A>(
  needs: readonly K[],
  check: (entity: Fetched<K>, arg: A) => boolean,
) => declare(needs, (entity: EntityRecord, arg: A) => check(entity as Fetched<K>, arg));

export const storedRelationshipCheck = <K extends RelationshipProperty, A>(
  needs: readonly K[],
  check: (relation: FetchedRelationship<K>, arg: A) => boolean,
) => declare(needs, (relation: RelationshipRecord, arg: A) => check(relation as FetchedRelationship<K>, arg));
