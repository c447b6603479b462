import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  getOperationAST,
  GraphQLError,
  GraphQLObjectType,
  parse,
  validate,
} from 'graphql';
import { ABUSE_CASES, nestedRelationships, nestedTypedRelationships } from '../../bench/abuse-cases';
import { OPERATIONS } from '../../bench/operations';
import * as explorerApi from '../../explorer/src/api';
import { PROJECT_ROOT } from '../../src/config';
import {
  checkCost,
  countTokens,
  DEFAULT_OPERATION_LIMITS,
  documentRefusal,
  measureShape,
  type OperationLimits,
} from '../../src/graphql/operation-limits';
import { WIDE_LISTS, estimateCost } from '../../src/graphql/operation-cost';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

const schema = buildSchema(loadTypeDefs());

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

/** The server's order: document limits, spec validation, then size and cost with the variables. */
function refusal(operation: Operation, limits: OperationLimits = DEFAULT_OPERATION_LIMITS): GraphQLError | null {
  const documentLimit = documentRefusal(schema, operation.query, limits);
  if (documentLimit) return documentLimit;
  const document = parse(operation.query);
  const invalid = validate(schema, document);
  if (invalid.length > 0) throw new Error(`invalid operation: ${invalid.map((e) => e.message).join('; ')}`);
  try {
    checkCost(schema, document, getOperationAST(document)!, operation.variables, limits);
    return null;
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.limit) return error;
    throw error;
  }
}

const costOf = (operation: Operation) => {
  const document = parse(operation.query);
  return estimateCost(schema, document, getOperationAST(document)?.name?.value, operation.variables, 10_000);
};

/** Every operation the explorer sends, captured from its own code with the largest arguments it uses. */
async function explorerOperations(): Promise<Operation[]> {
  const sent: Operation[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (_url: unknown, init?: { body?: unknown }) => {
    sent.push(JSON.parse(String(init?.body)) as Operation);
    return new Response(JSON.stringify({ data: { search: [], neighborhood: null, entity: null, paths: null } }));
  };
  try {
    await explorerApi.search('Keytruda', 50);
    await explorerApi.neighborhood('pembrolizumab', 3, null, 2000);
    await explorerApi.neighborhood('pembrolizumab', 3, ['INHIBITS', 'TREATS'], 2000);
    await explorerApi.entityDetails('pembrolizumab');
    await explorerApi.relationshipDetails({
      id: 'pembrolizumab:INHIBITS:pd-1',
      source: 'pembrolizumab',
      type: 'INHIBITS',
    });
    await explorerApi.paths('axicabtagene-ciloleucel', 'lbcl', null);
  } finally {
    globalThis.fetch = realFetch;
  }
  return sent;
}

const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const readmeExamples: Operation[] = [
  ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({ query: m[1]! })),
  ...[...readme.matchAll(/`(\{ [^`]+\})`/g)].map((m) => ({ query: m[1]! })),
];

/** Deep but legitimate: relationship fields 5 hops down, depth 14, 30 aliases. */
const EVIDENCE = 'evidence { locator quote source { id title } }';
const deepLegitimate: Array<[string, Operation]> = [
  [
    'typed relationship fields 5 hops deep, evidence at the end (depth 14)',
    { query: `{ therapy(id: "pembrolizumab") { ${nestedTypedRelationships(5, `id ${EVIDENCE}`)} } }` },
  ],
  [
    'typed relationship fields 5 hops deep under a page of 2',
    { query: `{ therapies(first: 2) { nodes { ${nestedTypedRelationships(5)} } } }` },
  ],
  ['generic relations 3 hops deep from one entity', { query: `{ entity(id: "pd-1") { ${nestedRelationships(3)} } }` }],
  [
    'generic relations of one type, 4 hops deep',
    {
      query: `{ entity(id: "pd-1") { ${nestedRelationships(4).replaceAll('relations {', 'relations(types: [BINDS]) {')} } }`,
    },
  ],
  [
    '30 aliased lookups with 2-hop relationship fields',
    {
      query: `{ ${Array.from({ length: 30 }, (_, i) => `t${i}: therapy(id: "pembrolizumab") { ${nestedTypedRelationships(2)} }`).join(' ')} }`,
    },
  ],
  ['whole-graph export', { query: `{ graphExport(format: GRAPHML) { nodeCount edgeCount content } }` }],
  ['Apollo Sandbox introspection', { query: getIntrospectionQuery() }],
];

describe('operation limits: legitimate operations pass the defaults', () => {
  it('the explorer, with its largest arguments', async () => {
    const operations = await explorerOperations();
    expect(operations).toHaveLength(6);
    for (const operation of operations) expect(refusal(operation)).toBeNull();
  });

  it.each(readmeExamples.map((op) => [op.query.trim().split('\n')[0]!.slice(0, 50), op]))(
    'README: %s …',
    (_title, operation) => {
      expect(refusal(operation)).toBeNull();
    },
  );

  it.each(OPERATIONS.map((op) => [op.name, op.ours]))('benchmark: %s', (_name, operation) => {
    expect(refusal(operation)).toBeNull();
  });

  it.each(deepLegitimate)('%s', (_name, operation) => {
    expect(refusal(operation)).toBeNull();
  });

  it('allows depth 14 (the differential tests go that deep)', () => {
    const [, operation] = deepLegitimate[0]!;
    expect(measureShape(schema, parse(operation.query)).depth).toBe(14);
  });
});

describe('operation limits: abuse is refused with the limit it breaks', () => {
  it.each(ABUSE_CASES.map((c) => [c.name, c]))('%s', (_name, abuse) => {
    const error = refusal(abuse);
    expect(error).not.toBeNull();
    expect(error!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: abuse.limit,
      max: expect.any(Number),
      actual: expect.any(Number),
    });
    expect(error!.extensions.actual as number).toBeGreaterThan(error!.extensions.max as number);
  });

  it('states the limit in the message', () => {
    const deep = ABUSE_CASES.find((c) => c.limit === 'depth')!;
    expect(refusal(deep)!.message).toMatch(/^The operation's depth is \d+; at most 15 is allowed\.$/);
  });

  it('a fragment bomb is measured without being expanded', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const query = `{ ...F0 }\n${fragments}\nfragment F30 on Query { stats { nodeCount } }`;
    const error = refusal({ query });
    expect(error!.extensions).toMatchObject({ limit: 'selections', max: 10_000 });
    expect(error!.extensions.actual as number).toBeGreaterThan(2 ** 30);
  });

  it('fragments and inline fragments add no depth but their aliases and root fields count', () => {
    const query = `query { ...Roots } fragment Roots on Query { a: stats { nodeCount } ... on Query { b: stats { nodeCount } stats { nodeCount } } }`;
    expect(measureShape(schema, parse(query))).toEqual({
      depth: 2,
      aliases: 2,
      rootFields: 3,
      selections: 8,
      fieldRepeats: 1,
    });
  });
});

describe('repeated fields', () => {
  it('counts fields sharing a response key through inline fragments and fragment spreads', () => {
    const query = `{ ...S ...S ... on Query { stats { nodeCount } } stats { nodeCount } } fragment S on Query { stats { nodeCount nodeCount } }`;
    // The fragment's two stats spread twice, plus two more; nodeCount twice inside the fragment's stats.
    expect(measureShape(schema, parse(query)).fieldRepeats).toBe(4);
  });
});

describe('the cost estimate', () => {
  it('reads arguments from variables', () => {
    const query = `query($depth: Int, $limit: Int) { neighborhood(id: "pd-1", depth: $depth, limit: $limit) { nodes { id } } }`;
    expect(costOf({ query, variables: { depth: 1, limit: 10 } })).toBe(1 * 10 * (1 + 1));
    expect(costOf({ query, variables: { depth: 3, limit: 2000 } })).toBe(3 * 2000 * (1 + 1));
  });

  it('uses the schema defaults when arguments are omitted', () => {
    expect(costOf({ query: `{ neighborhood(id: "pd-1") { truncated } }` })).toBe(1 * 200);
    expect(costOf({ query: `{ therapies { nodes { id } } }` })).toBe(20 * (1 + 1));
    expect(costOf({ query: `{ paths(from: "a", to: "b") { paths { length } } }` })).toBe(5 * 4 ** 3 * (1 + 1));
  });

  it('weighs the whole-graph export at the entity cap and a centred one by depth × limit', () => {
    expect(costOf({ query: `{ graphExport(format: GRAPHML) { content } }` })).toBe(20_000);
    expect(
      costOf({ query: `{ graphExport(format: GRAPHML, center: "pd-1", depth: 2, limit: 500) { content } }` }),
    ).toBe(1000);
  });

  it('multiplies nested relationship lists per level', () => {
    const oneHop = costOf({ query: `{ therapy(id: "x") { inhibits { checkpoint { id } } } }` })!;
    const twoHops = costOf({
      query: `{ therapy(id: "x") { inhibits { checkpoint { inhibitedBy { therapy { id } } } } } }`,
    })!;
    expect(oneHop).toBe(1 + 5 * (1 + 1));
    expect(twoHops).toBe(1 + 5 * (1 + 1 + 5 * (1 + 1)));
    expect(costOf({ query: `{ entity(id: "x") { relations { id } } }` })).toBe(1 + 10);
    expect(costOf({ query: `{ entity(id: "x") { relations(types: [TREATS]) { id } } }` })).toBe(1 + 5);
  });

  it('weighs the wide lists of indications, criteria and adverse-event therapies at 20 per level', () => {
    expect(costOf({ query: `{ therapy(id: "x") { indications { id } } }` })).toBe(1 + 20 * (1 + 0));
    expect(costOf({ query: `{ therapy(id: "x") { indications { disease { id } criteria { unit } } } }` })).toBe(
      1 + 20 * (1 + 1 + 5),
    );
    expect(costOf({ query: `{ biomarker(id: "x") { criteria { indication { id } } } }` })).toBe(1 + 20 * (1 + 1));
    expect(costOf({ query: `{ indications(first: 10) { nodes { partners { __typename } trials { id } } } }` })).toBe(
      10 * (1 + 1 + 5 + 5),
    );
    expect(costOf({ query: `{ adverseEvents(first: 3) { nodes { therapies { boxedWarning } } } }` })).toBe(
      3 * (1 + 1 + 20),
    );
    for (const name of WIDE_LISTS) {
      const [type, field] = name.split('.');
      expect((schema.getType(type!) as GraphQLObjectType).getFields()[field!]).toBeDefined();
    }
  });

  it('counts search hits, batch ids and pages by their size', () => {
    expect(costOf({ query: `{ search(text: "pd1", first: 50) { entity { id } } }` })).toBe(50 * (1 + 1));
    expect(
      costOf({ query: `query($ids: [ID!]!) { entities(ids: $ids) { id } }`, variables: { ids: ['a', 'b', 'c'] } }),
    ).toBe(3);
    expect(costOf({ query: `{ cancers(first: 7) { totalCount } }` })).toBe(7);
  });

  it('clamps out-of-range arguments, leaving their refusal to the resolvers', () => {
    expect(costOf({ query: `{ therapies(first: 100000) { totalCount } }` })).toBe(100);
    expect(costOf({ query: `{ neighborhood(id: "pd-1", depth: 10, limit: -5) { truncated } }` })).toBe(3 * 1);
  });

  it('leaves variables of the wrong type to execution', () => {
    expect(
      costOf({
        query: `query($limit: Int) { neighborhood(id: "pd-1", limit: $limit) { truncated } }`,
        variables: { limit: 'lots' },
      }),
    ).toBeNull();
  });
});

describe('tokens', () => {
  it('counts lexical tokens and leaves syntax errors to the parser', () => {
    expect(countTokens('{ stats { nodeCount } }')).toBe(6);
    expect(countTokens('{ "unterminated')).toBe(1);
  });
});
