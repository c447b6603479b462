import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '../errors/codes';
import { estimateCost } from './operation-cost';

/** Bounds on one GraphQL request, all checked before any Cypher runs. */
export interface OperationLimits {
  /** Nesting of fields (`{ a { b } }` is 2); fragments add no level. */
  maxDepth: number;
  maxAliases: number;
  /** Distinct response keys at the root; each is a separate database statement. */
  maxRootFields: number;
  /** Lexical tokens of the document, counted before it is parsed. */
  maxTokens: number;
  /** The estimate of `operation-cost.ts`. */
  maxCost: number;
  /** Size of a POST body (query and variables), enforced while it is read. */
  maxBodyBytes: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxRootFields: 30,
  maxTokens: 2000,
  maxCost: 100_000,
  maxBodyBytes: 100 * 1024,
};

/** Fragments may multiply a small document; beyond this many selections it is refused. */
export const MAX_EXPANDED_SELECTIONS = 10_000;

/**
 * graphql-js's validation compares fields that share a response key pairwise: 500 copies of
 * `stats { nodeCount }` (2,000 tokens) cost it about a second. Legitimate operations repeat a
 * key a handful of times (the explorer: `mechanism` in five inline fragments).
 */
export const MAX_FIELD_REPEATS = 50;

export type LimitName =
  'depth' | 'aliases' | 'rootFields' | 'tokens' | 'selections' | 'fieldRepeats' | 'cost' | 'bodyBytes';

const DESCRIPTIONS: Record<LimitName, (actual: number, max: number) => string> = {
  depth: (a, m) => `The operation's depth is ${a}; at most ${m} is allowed.`,
  aliases: (a, m) => `The operation uses ${a} aliases; at most ${m} are allowed.`,
  rootFields: (a, m) => `The operation selects ${a} root fields; at most ${m} are allowed.`,
  tokens: (a, m) => `The document has ${a} tokens; at most ${m} are allowed.`,
  fieldRepeats: (a, m) => `The operation repeats one field ${a} times in a selection set; at most ${m} are allowed.`,
  selections: (a, m) => `The operation expands (fragments included) to ${a} selections; at most ${m} are allowed.`,
  cost: (a, m) =>
    `The operation's estimated cost is ${a}; at most ${m} is allowed (cost model: README, Operation limits).`,
  bodyBytes: (a, m) => `The request body is ${a} bytes; at most ${m} are allowed.`,
};

/** The coded refusal; `http` tells Apollo the status (it is not sent to clients). */
export function limitExceeded(limit: LimitName, actual: number, max: number, status = 400): GraphQLError {
  return new GraphQLError(DESCRIPTIONS[limit](actual, max), {
    extensions: { code: ErrorCode.BadUserInput, limit, max, actual, http: { status } },
  });
}

/** Lexes the whole document (a body is at most maxBodyBytes); syntax errors are left to the parser. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // The parser reports the syntax error with its location.
  }
  return count;
}

export interface OperationShape {
  depth: number;
  aliases: number;
  rootFields: number;
  /** Selections with fragments expanded. */
  selections: number;
  /** Most fields sharing one response key in a selection set, fragments flattened. */
  fieldRepeats: number;
}

/** Depth and aliases as graphql-armor counts them; each measure is the largest over the document's operations. */
export function measureShape(schema: GraphQLSchema, document: DocumentNode): OperationShape {
  const shape: OperationShape = {
    depth: 0,
    aliases: 0,
    rootFields: 0,
    selections: 0,
    fieldRepeats: maxFieldRepeats(document),
  };
  const record = (key: 'depth' | 'aliases') => (_context: unknown, details: { n: number }) => {
    shape[key] = Math.max(shape[key], details.n);
  };
  validate(schema, document, [
    maxDepthRule({ n: Number.MAX_SAFE_INTEGER, flattenFragments: true, onAccept: [record('depth')] }),
    maxAliasesRule({ n: Number.MAX_SAFE_INTEGER, onAccept: [record('aliases')] }),
  ]);
  const fragments = fragmentsOf(document);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      shape.rootFields = Math.max(shape.rootFields, responseKeys(definition.selectionSet, fragments, new Set()).size);
      shape.selections = Math.max(shape.selections, expandedSelections(document, definition));
    }
  }
  return shape;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Root fields are counted by response key (repeating `stats` merges into one field). A fragment
 * adds the same keys wherever it is spread, so each is expanded once: linear even for a fragment
 * bomb.
 */
function responseKeys(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  expanded: Set<string>,
  keys = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      keys.add((selection.alias ?? selection.name).value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(selection.selectionSet, fragments, expanded, keys);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !expanded.has(fragment.name.value)) {
        expanded.add(fragment.name.value);
        responseKeys(fragment.selectionSet, fragments, expanded, keys);
      }
    }
  }
  return keys;
}

/** Most fields sharing a response key in one selection set, with fragments flattened (each once). */
export function maxFieldRepeats(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const flattened = new Map<string, Map<string, number>>();
  let most = 0;
  const add = (into: Map<string, number>, key: string, count: number) => {
    const total = (into.get(key) ?? 0) + count;
    into.set(key, total);
    most = Math.max(most, total);
  };
  const collect = (selectionSet: SelectionSetNode, into: Map<string, number>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(into, (selection.alias ?? selection.name).value, 1);
        if (selection.selectionSet) collect(selection.selectionSet, new Map());
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, into);
      } else {
        for (const [key, count] of [...fragmentKeys(selection.name.value)]) add(into, key, count);
      }
    }
  };
  const fragmentKeys = (name: string): Map<string, number> => {
    const known = flattened.get(name);
    if (known) return known; // a cycle (refused by validation) sees the keys found so far
    const keys = new Map<string, number>();
    flattened.set(name, keys);
    const fragment = fragments.get(name);
    if (fragment) collect(fragment.selectionSet, keys);
    return keys;
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) collect(definition.selectionSet, new Map());
  }
  return most;
}

/**
 * Selections of the operation with every fragment spread expanded, in linear time (one count
 * per fragment), so a "fragment bomb" is measured without being expanded.
 */
export function expandedSelections(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, number>();
  const countSet = (selectionSet: SelectionSetNode): number => {
    let count = 0;
    for (const selection of selectionSet.selections) {
      count += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        count += countFragment(selection.name.value);
      } else if (selection.selectionSet) {
        count += countSet(selection.selectionSet);
      }
    }
    return count;
  };
  const countFragment = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    memo.set(name, 0); // a cycle (refused by validation) counts nothing more
    const fragment = fragments.get(name);
    const count = fragment ? countSet(fragment.selectionSet) : 0;
    memo.set(name, count);
    return count;
  };
  return countSet(operation.selectionSet);
}

/** Limits of a parsed document that need no variables; throws the first one exceeded. */
export function checkShape(schema: GraphQLSchema, document: DocumentNode, limits: OperationLimits): void {
  const shape = measureShape(schema, document);
  if (shape.depth > limits.maxDepth) throw limitExceeded('depth', shape.depth, limits.maxDepth);
  if (shape.aliases > limits.maxAliases) throw limitExceeded('aliases', shape.aliases, limits.maxAliases);
  if (shape.rootFields > limits.maxRootFields)
    throw limitExceeded('rootFields', shape.rootFields, limits.maxRootFields);
  if (shape.selections > MAX_EXPANDED_SELECTIONS)
    throw limitExceeded('selections', shape.selections, MAX_EXPANDED_SELECTIONS);
  if (shape.fieldRepeats > MAX_FIELD_REPEATS)
    throw limitExceeded('fieldRepeats', shape.fieldRepeats, MAX_FIELD_REPEATS);
}

/** Size and cost of the operation that is about to run, with its variables. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): void {
  // Also checked with the shape; repeated here because the estimator's own node budget must never trip.
  const selections = expandedSelections(document, operation);
  if (selections > MAX_EXPANDED_SELECTIONS) throw limitExceeded('selections', selections, MAX_EXPANDED_SELECTIONS);
  const cost = estimateCost(schema, document, operation.name?.value, variables, MAX_EXPANDED_SELECTIONS);
  if (cost !== null && cost > limits.maxCost) throw limitExceeded('cost', cost, limits.maxCost);
}

/** A document's limits that need no variables; null when it is within them (or does not parse: Apollo reports that). */
export function documentRefusal(schema: GraphQLSchema, source: string, limits: OperationLimits): GraphQLError | null {
  const tokens = countTokens(source);
  if (tokens > limits.maxTokens) return limitExceeded('tokens', tokens, limits.maxTokens);
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return null;
  }
  try {
    checkShape(schema, document, limits);
    return null;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

/** Remembered accepted documents: at most this many, each at most this long (memory stays bounded). */
const ACCEPTED_CACHE = { entries: 1000, maxLength: 5000 };

/**
 * Express middleware in front of Apollo: refuses documents over the token, depth, alias,
 * root-field and selection limits before Apollo parses and validates them (graphql-js's
 * validation is superlinear in repeated fields). Apollo treats errors thrown from its parsing
 * and validation hooks as internal failures, hence a middleware. Accepted documents are
 * remembered, so clients repeating their operations pay the measurement once.
 */
export function refuseOversizedDocuments(schema: GraphQLSchema, limits: OperationLimits): RequestHandler {
  const accepted = new Set<string>();
  return (req, res, next) => {
    const params: unknown = req.method === 'GET' ? req.query : req.body;
    const source = params && typeof params === 'object' ? (params as { query?: unknown }).query : undefined;
    if (typeof source !== 'string' || accepted.has(source)) return next();
    const refusal = documentRefusal(schema, source, limits);
    if (!refusal) {
      if (source.length <= ACCEPTED_CACHE.maxLength) {
        if (accepted.size >= ACCEPTED_CACHE.entries) accepted.delete(accepted.values().next().value!);
        accepted.add(source);
      }
      return next();
    }
    const { http: _http, ...extensions } = refusal.extensions;
    res.status(400).json({ errors: [{ message: refusal.message, extensions }], extensions: { cypherQueries: 0 } });
  };
}

/** The cost, once Apollo knows the operation and its variables; runs on every request. */
export function operationCostPlugin(limits: OperationLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Without an operation (ambiguous operationName) Apollo refuses the request itself.
          if (operation) checkCost(schema, document, operation, request.variables, limits);
        },
      };
    },
  };
}
