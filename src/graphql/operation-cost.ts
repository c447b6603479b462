import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from './limits';

/**
 * The cost model: an estimate of the graph items an operation makes the server read. A field
 * costs n × (1 + the cost of its sub-selection); scalars and enums cost 0. n is
 *
 * - `neighborhood`, and `graphExport` with a center: depth × limit
 * - `graphExport` of the whole graph: 20,000 (its entity cap)
 * - `paths`: first × 4^maxLength (every hop may branch)
 * - `search`, list pages (`therapies` …): first; `entities`: the number of ids
 * - relationship lists (`inhibits`, `treatedBy` …), `evidence` and other lists: 5 per level;
 *   the generic `relations` 10 (5 when `types` narrows it); the lists that fan out widest on
 *   the real graph (a therapy's or a cancer's indications, a biomarker's criteria, an adverse
 *   event's therapies: tens each) 20 (FAN_OUT_OVERRIDES)
 * - anything else, and lists whose length the parent already counted (Graph, Path, PathSearch,
 *   connections): 1
 *
 * Arguments are read with their real values, variables included, and clamped to the ranges the
 * resolvers accept (an out-of-range value is refused there, with its own message).
 */
export const COST_MODEL = {
  listFanOut: 5,
  anyRelationshipFanOut: 10,
  pathBranching: 4,
  wideListFanOut: 20,
} as const;

/** Parent type and field of the lists that hold tens of items per parent (Type.field). */
export const WIDE_LISTS = new Set([
  'Therapy.indications',
  'Cancer.indications',
  'Biomarker.criteria',
  'AdverseEvent.therapies',
  'Drug.partnerIn',
  'Therapy.partnerIn',
]);

/** Lists whose length was already paid for by the field that returned their parent. */
const COUNTED_BY_PARENT = new Set(['Graph', 'PathSearch', 'Path']);
const isConnection = (type: GraphQLNamedType) => type.name.endsWith('Connection');

type Args = Record<string, unknown>;

function clamped(value: unknown, range: { min?: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min ?? 0, Math.trunc(value)));
}

function neighborhoodSize(args: Args): number {
  const depth = clamped(args.depth, LIMITS.neighborhoodDepth, 1);
  const limit = clamped(args.limit, LIMITS.neighborhoodLimit, LIMITS.neighborhoodLimit.max);
  return depth * limit;
}

/** How many items a root field reads per unit of its sub-selection; null when not special. */
function rootFieldItems(name: string, args: Args): number | null {
  switch (name) {
    case 'neighborhood':
      return neighborhoodSize(args);
    case 'graphExport':
      return args.center ? neighborhoodSize(args) : LIMITS.wholeGraphExport.max;
    case 'paths':
      return (
        clamped(args.first, LIMITS.pathCount, 5) *
        COST_MODEL.pathBranching ** clamped(args.maxLength, LIMITS.pathLength, 3)
      );
    case 'search':
      return clamped(args.first, LIMITS.searchFirst, 10);
    case 'entities':
      return Math.min(Array.isArray(args.ids) ? args.ids.length : 0, LIMITS.batchIds.max);
    default:
      return null;
  }
}

function itemsOf(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Args): number {
  if (parent.name === 'Query') {
    const items = rootFieldItems(field.name, args);
    if (items !== null) return items;
  }
  if ('first' in args) return clamped(args.first, LIMITS.pageSize, 20);
  if (!isListType(getNullableType(field.type))) return 1;
  if (COUNTED_BY_PARENT.has(parent.name) || isConnection(parent)) return 1;
  if (field.name === 'relations') {
    return Array.isArray(args.types) && args.types.length > 0
      ? COST_MODEL.listFanOut
      : COST_MODEL.anyRelationshipFanOut;
  }
  if (WIDE_LISTS.has(`${parent.name}.${field.name}`)) return COST_MODEL.wideListFanOut;
  return COST_MODEL.listFanOut;
}

const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection is answered from memory.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  if (isLeafType(getNamedType(field.type))) return 0;
  return itemsOf(type, field, args) * (1 + childComplexity);
};

/**
 * The operation's estimated cost, or null when its variables do not fit their types (execution
 * then refuses it before any resolver runs). The caller bounds the operation's expanded size
 * first (`expandedSelections`), so the estimator's own node budget never trips.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  maxSelections: number,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables: variables ?? {},
      estimators: [estimator],
      maxQueryNodes: maxSelections + 1,
    });
  } catch {
    return null;
  }
}
