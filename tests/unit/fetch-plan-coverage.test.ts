import { buildSchema, isObjectType, type GraphQLObjectType } from 'graphql';
import { ENTITY_KINDS, RELATION_TYPE_NAMES, type EntityKind } from '../../src/domain/vocabulary';
import { FREE_FIELDS, FREE_RELATION_FIELDS } from '../../src/graphql/lookahead';
import { RELATIONSHIP_FIELDS, RELATIONSHIP_OBJECTS } from '../../src/graphql/relationship-fields';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { ENTITY_PROPERTY_NAMES, RELATION_PROPERTY_NAMES } from '../../src/repositories/properties';
import { ENTITY_RESOLVERS, GraphNode, relationshipResolvers } from '../../src/resolvers/declarations';
import type { EntityRecord } from '../../src/repositories/records';
import { needsOf, storedField } from '../../src/resolvers/stored';

/**
 * The look-ahead fetches, for each selected field, what the field's declaration names. A field
 * without one would be fetched whole (never wrong, but slow) — or, worse, read a property no
 * plan knows. So every field of every object type the plans project must be a declared stored
 * field (src/resolvers/stored.ts), a relationship fetch (RELATIONSHIP_FIELDS) or free (id, kind);
 * every other object type must be listed below with why it needs no plan.
 */
const schema = buildSchema(loadTypeDefs());
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
);

const RELATION_TYPENAMES = new Map(
  RELATION_TYPE_NAMES.map((type) => [RELATIONSHIP_OBJECTS[type].typename as string, type]),
);
const isEntityKind = (name: string): name is EntityKind => (ENTITY_KINDS as readonly string[]).includes(name);

/** Object types no fetch plan projects, and why. */
const NOT_PROJECTED: Record<string, string> = {
  Query: 'root fields: each one builds its plan',
  Source: 'fetched whole by the sources loader',
  Evidence: 'computed from evidenceSources/evidenceLocators, declared by the owner field',
  ExternalId: "computed from the entity's identifiers declaration",
  Withdrawal: 'computed from the Indication.withdrawal declaration',
  SearchHit: 'a container: searchPlan reads its entity selection and whether matchedOn is selected',
  Graph: 'a container: graphPlan reads its nodes and edges',
  GraphEdge: 'its relationship is fetched whole (graphPlan)',
  Path: 'a container: pathsPlan reads what its entities and relations select',
  PathSearch: 'a container: pathsPlan reads its ends, paths and graph',
  GraphExport: 'an export fetches everything',
  PageInfo: 'computed from the page',
  Stats: 'counts, not entities (statsPlan only decides whether to count per label and type)',
  LabelCount: 'counts, not entities',
  GraphVersion: 'read with the stats from the GraphInfo node, not an entity',
};
const isConnectionPart = (name: string) => {
  const match = /^(.+)(Connection|Edge)$/.exec(name);
  return match !== null && isEntityKind(match[1]!);
};

const fieldsOf = (type: GraphQLObjectType) => Object.keys(type.getFields());

it('every object type is projected by the plans or listed as not projected', () => {
  const unclassified = objectTypes
    .map((type) => type.name)
    .filter((name) => !isEntityKind(name) && !RELATION_TYPENAMES.has(name) && name !== 'GraphNode')
    .filter((name) => !(name in NOT_PROJECTED) && !isConnectionPart(name));
  expect(unclassified).toEqual([]);
});

it.each(ENTITY_KINDS.map((kind) => [kind]))(
  'every field of %s is a declared stored field, a relationship fetch or free',
  (kind) => {
    const type = schema.getType(kind) as GraphQLObjectType;
    const resolvers = ENTITY_RESOLVERS[kind] as Record<string, unknown>;
    const uncovered = fieldsOf(type).filter(
      (field) =>
        !(field in RELATIONSHIP_FIELDS[kind]) && needsOf(resolvers[field]) === undefined && !FREE_FIELDS.has(field),
    );
    expect(uncovered).toEqual([]);
  },
);

it.each([...RELATION_TYPENAMES.keys()].map((name) => [name]))(
  'every field of %s is a declared stored field, an end or free',
  (name) => {
    const type = schema.getType(name) as GraphQLObjectType;
    const object = RELATIONSHIP_OBJECTS[RELATION_TYPENAMES.get(name)!];
    const resolvers = (relationshipResolvers as Record<string, Record<string, unknown>>)[name]!;
    // Ends (typed, and the generic from/to) hand out entities: their own selections plan them.
    const ends = new Set<string>([object.from, object.to, 'from', 'to']);
    const uncovered = fieldsOf(type).filter(
      (field) => !ends.has(field) && needsOf(resolvers[field]) === undefined && !FREE_RELATION_FIELDS.has(field),
    );
    expect(uncovered).toEqual([]);
  },
);

it('every field of GraphNode is declared, or is the entity (planned by its own selection)', () => {
  const type = schema.getType('GraphNode') as GraphQLObjectType;
  const uncovered = fieldsOf(type).filter(
    (field) => field !== 'entity' && needsOf((GraphNode as Record<string, unknown>)[field]) === undefined,
  );
  expect(uncovered).toEqual([]);
});

it('declarations only name stored properties, and every stored property is read by some field', () => {
  const entityNeeds = new Set<string>();
  for (const resolvers of Object.values(ENTITY_RESOLVERS)) {
    for (const resolver of Object.values(resolvers)) for (const need of needsOf(resolver) ?? []) entityNeeds.add(need);
  }
  const relationshipNeeds = new Set<string>();
  for (const resolvers of Object.values(relationshipResolvers)) {
    for (const resolver of Object.values(resolvers))
      for (const need of needsOf(resolver) ?? []) relationshipNeeds.add(need);
  }
  expect([...entityNeeds].filter((p) => !(ENTITY_PROPERTY_NAMES as string[]).includes(p))).toEqual([]);
  expect([...relationshipNeeds].filter((p) => !(RELATION_PROPERTY_NAMES as string[]).includes(p))).toEqual([]);
  // A stored property nothing reads is dead weight in every projection.
  expect(ENTITY_PROPERTY_NAMES.filter((p) => !entityNeeds.has(p))).toEqual([]);
  expect(RELATION_PROPERTY_NAMES.filter((p) => !relationshipNeeds.has(p))).toEqual([]);
});

it('a declaration reads only what it names (checked by npm run typecheck, which compiles this file)', () => {
  // @ts-expect-error synonyms were not declared, so not fetched: reading them does not compile
  const unfetched = storedField(['name'], (e) => e.synonyms);
  // @ts-expect-error a selection-driven record names no stored property at all
  const undeclared = (e: EntityRecord) => e.name;
  expect(needsOf(unfetched)).toEqual(['name']);
  expect(needsOf(undeclared)).toBeUndefined();
});
