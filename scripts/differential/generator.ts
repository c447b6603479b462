import {
  Kind,
  doTypesOverlap,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
  print,
  validate,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { Random } from '../random';

/**
 * Random GraphQL operations derived from the schema itself: every object type and field is
 * reachable, typed relationship fields from both ends nest up to MAX_RELATION_HOPS, with
 * arguments (enum values from the schema, ids from the seed), aliases (also the same field twice
 * with different arguments), named and inline fragments on interfaces and unions, and variables.
 * Pure: the same schema, data and seed always give the same operation.
 */
export const OPERATION_LIMITS = {
  /** GraphQL field depth (the root field is 1), fragments expanded. */
  maxFieldDepth: 14,
  /** Aliases in the operation with its fragments expanded. */
  maxAliases: 30,
  /** Relationship fields nested inside one another. */
  maxRelationshipHops: 5,
} as const;

/** The seeded graph's ids, so lookups mostly hit real entities. */
export interface GeneratorData {
  entities: ReadonlyArray<{ id: string; kind: string; name: string; synonyms: readonly string[] }>;
  sourceIds: readonly string[];
  /** Estimated objects per parent of list fields (`Therapy.treats`), to keep answers small. */
  fanOut?: Readonly<Record<string, number>>;
}

export interface GeneratedOperation {
  seed: number;
  query: string;
  variables: Record<string, unknown>;
  /** Relationship fields nested inside one another at the deepest point. */
  relationshipHops: number;
}

interface Built {
  text: string;
  /** Deepest field depth reached inside. */
  maxDepth: number;
  /** Most relationship hops reached inside. */
  maxHops: number;
}

/** Where a selection set sits: its field's depth, the relationship hops above it, and how many objects it will likely be applied to. */
interface Place {
  depth: number;
  hops: number;
  rows: number;
}

interface FragmentDefinition {
  name: string;
  on: GraphQLCompositeType;
  text: string;
  /** How much deeper than its spread the fragment reaches (field depth, relationship hops). */
  height: number;
  hopHeight: number;
  /** The estimated rows it was built for: spread it only where no more rows arrive. */
  rows: number;
}

/** Root fields and how often to start an operation with each. */
const ROOT_WEIGHTS: Record<string, number> = {
  entity: 6,
  entities: 4,
  therapy: 5,
  therapyClass: 3,
  checkpoint: 5,
  immuneCell: 3,
  cancer: 5,
  antigen: 4,
  biomarker: 3,
  therapies: 3,
  therapyClasses: 1,
  checkpoints: 2,
  immuneCells: 1,
  cancers: 2,
  antigens: 1,
  biomarkers: 1,
  cytokine: 2,
  indication: 4,
  trial: 2,
  adverseEvent: 2,
  drug: 1,
  indications: 3,
  trials: 1,
  adverseEvents: 1,
  cytokines: 0.5,
  drugs: 0.5,
  search: 3,
  neighborhood: 3,
  paths: 3,
  source: 1,
  sources: 0.5,
  stats: 1,
  graphExport: 0.5,
};

/** Typed lookups: which kind their id should name. */
const LOOKUP_KINDS: Record<string, string> = {
  therapy: 'Therapy',
  therapyClass: 'TherapyClass',
  checkpoint: 'Checkpoint',
  immuneCell: 'ImmuneCell',
  cancer: 'Cancer',
  antigen: 'Antigen',
  biomarker: 'Biomarker',
  cytokine: 'Cytokine',
  indication: 'Indication',
  trial: 'Trial',
  adverseEvent: 'AdverseEvent',
  drug: 'Drug',
};

/** Filter fields naming an entity: the kinds that make the filter match something. */
const FILTER_ID_KINDS: Record<string, string[]> = {
  class: ['TherapyClass'],
  inhibits: ['Checkpoint'],
  targets: ['Antigen'],
  treats: ['Cancer'],
  inhibitedBy: ['Therapy'],
  treatedBy: ['Therapy'],
  targetedBy: ['Therapy'],
  expresses: ['Antigen', 'Checkpoint'],
  disease: ['Cancer'],
  therapy: ['Therapy'],
  partner: ['Therapy', 'Drug'],
  biomarker: ['Biomarker'],
  excludesBiomarker: ['Biomarker'],
  agent: ['Therapy', 'Drug'],
  supports: ['Indication'],
  secretedBy: ['ImmuneCell'],
  mimickedBy: ['Therapy'],
  partnerIn: ['Indication'],
  mimics: ['Cytokine'],
  adverseEvent: ['AdverseEvent'],
};

/**
 * Arguments always given (the schema's defaults would make results large) and the ranges that
 * keep each operation's answer small. Out-of-range values appear rarely, to compare errors too.
 */
const INT_RANGES: Record<string, [number, number]> = {
  first: [1, 6],
  limit: [1, 25],
  depth: [1, 2],
  maxLength: [1, 3],
};
const ALWAYS_GIVEN = new Set(['first', 'limit']);
/** Arguments that say how many objects a root field returns. */
const SIZE_ARGUMENTS = ['first', 'limit', 'ids'];
/** Leaves holding whole paragraphs or files: only where few objects carry them. */
const HEAVY_LEAVES = new Set(['paragraphs', 'quote', 'content']);
/** Estimated objects below one selection: beyond it, no further relationship hop. */
const ROW_BUDGET = 150;

const isRelationType = (type: GraphQLNamedType): boolean =>
  type.name === 'Relation' || (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Relation'));

class OperationBuilder {
  private readonly fragments: FragmentDefinition[] = [];
  private readonly variableDefinitions: string[] = [];
  readonly variables: Record<string, unknown> = {};
  relationshipHops = 0;
  private aliases = 0;
  private names = 0;
  /** Fields left to place: keeps operations (and their answers) small. */
  private budget: number;
  private readonly conditionCache = new Map<string, GraphQLCompositeType[]>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly data: GeneratorData,
    private readonly rng: Random,
    fieldBudget: readonly [number, number],
  ) {
    this.budget = rng.int(fieldBudget[0], fieldBudget[1]);
  }

  operation(): string {
    const query = this.schema.getQueryType()!;
    const rootFields = query.getFields();
    const weights: Array<[string, number]> = Object.entries(ROOT_WEIGHTS).filter(([name]) => rootFields[name]);
    // Root fields the table does not know still appear (the generator follows the schema).
    for (const name of Object.keys(rootFields)) if (!(name in ROOT_WEIGHTS)) weights.push([name, 1]);
    const count = this.rng.weighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ] as const);
    const parts: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < count; i++) {
      const field = rootFields[this.rng.weighted(weights)]!;
      // A second root field of the same name takes an alias, so different arguments never clash.
      const aliased = used.has(field.name) || this.rng.chance(0.15);
      used.add(field.name);
      const built = this.field(field, query, { depth: 1, hops: 0, rows: 1 }, aliased, true);
      this.relationshipHops = Math.max(this.relationshipHops, built.maxHops);
      parts.push(built.text);
    }
    const variables = this.variableDefinitions.length > 0 ? `(${this.variableDefinitions.join(', ')})` : '';
    const fragments = this.fragments.map((f) => `fragment ${f.name} on ${f.on.name} ${f.text}`);
    return [`query Generated${variables} { ${parts.join(' ')} }`, ...fragments].join('\n');
  }

  /** Estimated objects a list field yields per parent object. */
  private fanOut(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): number {
    const implementations = isAbstractType(parent) ? this.schema.getPossibleTypes(parent) : [parent];
    const known = implementations
      .map((t) => this.data.fanOut?.[`${t.name}.${field.name}`])
      .filter((n): n is number => n !== undefined);
    if (known.length > 0) return Math.max(1, ...known);
    return isRelationType(getNamedType(field.type)) ? 5 : 2;
  }

  /** One field at `place` (its own depth), with arguments and, for composite types, a selection set. */
  private field(
    field: GraphQLField<unknown, unknown>,
    parent: GraphQLCompositeType,
    place: Place,
    aliased: boolean,
    root = false,
  ): Built {
    this.budget -= 1;
    const type = getNamedType(field.type);
    const hop = isRelationType(type);
    // Deep generic lists are narrowed to a few types, else hubs multiply the answer.
    const narrow = !root && place.hops >= 1 && field.args.some((a) => a.name === 'types');
    const alias =
      (aliased || narrow) && this.aliases < OPERATION_LIMITS.maxAliases ? `${field.name}${++this.aliases}` : null;
    const args = this.argumentsOf(field, parent, alias !== null || root, alias !== null && narrow);
    const head = `${alias ? `${alias}: ` : ''}${field.name}${args.text}${this.directive()}`;
    if (isLeafType(type)) return { text: head, maxDepth: place.depth, maxHops: place.hops };
    let rows = place.rows;
    if (root)
      rows = Math.max(
        1,
        ...SIZE_ARGUMENTS.map((name) => args.values[name]).map((v) =>
          Array.isArray(v) ? v.length : typeof v === 'number' ? v : 1,
        ),
      );
    else if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) rows *= this.fanOut(parent, field);
    const selection = this.selectionSet(type as GraphQLCompositeType, {
      depth: place.depth,
      hops: hop ? place.hops + 1 : place.hops,
      rows,
    });
    return { text: `${head} ${selection.text}`, maxDepth: selection.maxDepth, maxHops: selection.maxHops };
  }

  /** The selection set of a field at `place`: its fields sit at depth + 1. */
  private selectionSet(type: GraphQLCompositeType, place: Place): Built {
    const child: Place = { ...place, depth: place.depth + 1 };
    // A composite child needs children of its own one level further down.
    const canNest = child.depth + 1 <= OPERATION_LIMITS.maxFieldDepth && this.budget > 0;
    const parts: string[] = [];
    let maxDepth = child.depth;
    let maxHops = place.hops;
    const add = (built: Built) => {
      parts.push(built.text);
      maxDepth = Math.max(maxDepth, built.maxDepth);
      maxHops = Math.max(maxHops, built.maxHops);
    };
    const allowed = (field: GraphQLField<unknown, unknown>) => {
      const target = getNamedType(field.type);
      if (isLeafType(target)) return !HEAVY_LEAVES.has(field.name) || place.rows <= 3;
      if (!canNest) return false;
      if (!isRelationType(target)) return true;
      return place.hops < OPERATION_LIMITS.maxRelationshipHops && place.rows * this.fanOut(type, field) <= ROW_BUDGET;
    };

    if (!isUnionType(type)) {
      const fields = Object.values(type.getFields()).filter(allowed);
      const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
      const composites = fields.filter((f) => !isLeafType(getNamedType(f.type)));
      const leafCount =
        this.budget <= 0 ? 1 : isInterfaceType(type) ? this.rng.int(0, 2) : this.rng.int(1, Math.min(3, leaves.length));
      for (const leaf of this.rng.sample(leaves, leafCount)) add(this.field(leaf, type, child, false));
      let hopFields = 0;
      for (const field of this.rng.sample(composites, composites.length)) {
        const target = getNamedType(field.type);
        if (isRelationType(target)) {
          if (hopFields >= (place.hops === 0 ? 2 : 1)) continue;
          if (!this.rng.chance(place.hops === 0 ? 0.6 : 0.5)) continue;
          hopFields += 1;
        } else if (!this.rng.chance(this.compositeChance(type, target))) continue;
        add(this.field(field, type, child, false));
        // Its twin under an alias with arguments: treats { … } next to approved: treats(status: APPROVED) { … }.
        if (field.args.length > 0 && this.aliases < OPERATION_LIMITS.maxAliases && this.rng.chance(0.5)) {
          add(this.field(field, type, child, true));
        }
      }
      // The same field again under an alias, usually with other arguments.
      if (this.budget > 0 && fields.length > 0 && this.rng.chance(0.2) && this.aliases < OPERATION_LIMITS.maxAliases) {
        const withArguments = fields.filter((f) => f.args.length > 0);
        add(
          this.field(
            this.rng.pick(withArguments.length > 0 && this.rng.chance(0.6) ? withArguments : fields),
            type,
            child,
            true,
          ),
        );
      }
    }
    if (isAbstractType(type) && (this.budget > 0 || isUnionType(type))) {
      const possible = this.schema.getPossibleTypes(type);
      for (const on of this.rng.sample(possible, this.rng.int(isUnionType(type) ? 1 : 0, 2)))
        add(this.inlineFragment(on, place));
    }
    if (this.budget > 0 && this.rng.chance(0.12))
      add(this.inlineFragment(this.rng.pick(this.conditionsFor(type)), place));
    if (this.budget > 0 && this.rng.chance(0.12)) add(this.fragmentSpread(type, place));
    if (parts.length === 0 || this.rng.chance(0.08)) parts.push('__typename');
    return { text: `{ ${parts.join(' ')} }`, maxDepth, maxHops };
  }

  /** Non-relationship composite fields: endpoints carry the walk on, the rest is seasoning. */
  private compositeChance(parent: GraphQLCompositeType, target: GraphQLNamedType): number {
    if (isRelationType(parent) && (isAbstractType(target) || this.isEntityType(target))) return 0.65;
    if (target.name === 'Evidence' || target.name === 'ExternalId' || target.name === 'Source') return 0.2;
    return 0.5;
  }

  private isEntityType(type: GraphQLNamedType): boolean {
    return isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Entity');
  }

  /** Type conditions a fragment may use inside a selection on `type`. */
  private conditionsFor(type: GraphQLCompositeType): GraphQLCompositeType[] {
    let conditions = this.conditionCache.get(type.name);
    if (!conditions) {
      const all = Object.values(this.schema.getTypeMap()).filter(
        (t): t is GraphQLCompositeType =>
          (isObjectType(t) || isInterfaceType(t) || isUnionType(t)) && !t.name.startsWith('__'),
      );
      conditions = all.filter((t) => t.name !== 'Query' && doTypesOverlap(this.schema, t, type));
      this.conditionCache.set(type.name, conditions);
    }
    return conditions;
  }

  private inlineFragment(on: GraphQLCompositeType, place: Place): Built {
    const body = this.selectionSet(on, place);
    return { ...body, text: `... on ${on.name}${this.directive()} ${body.text}` };
  }

  /** Spreads an earlier fragment that fits here, or defines a new one. */
  private fragmentSpread(type: GraphQLCompositeType, place: Place): Built {
    const reusable = this.fragments.filter(
      (f) =>
        doTypesOverlap(this.schema, f.on, type) &&
        place.depth + f.height <= OPERATION_LIMITS.maxFieldDepth &&
        place.hops + f.hopHeight <= OPERATION_LIMITS.maxRelationshipHops &&
        place.rows <= f.rows,
    );
    if (reusable.length > 0 && this.rng.chance(0.5)) {
      const fragment = this.rng.pick(reusable);
      return {
        text: `...${fragment.name}${this.directive()}`,
        maxDepth: place.depth + fragment.height,
        maxHops: place.hops + fragment.hopHeight,
      };
    }
    const on = this.rng.pick(this.conditionsFor(type));
    const body = this.selectionSet(on, place);
    const name = `F${++this.names}`;
    this.fragments.push({
      name,
      on,
      text: body.text,
      height: body.maxDepth - place.depth,
      hopHeight: body.maxHops - place.hops,
      rows: place.rows,
    });
    return { text: `...${name}${this.directive()}`, maxDepth: body.maxDepth, maxHops: body.maxHops };
  }

  private argumentsOf(
    field: GraphQLField<unknown, unknown>,
    parent: GraphQLCompositeType,
    free: boolean,
    narrow: boolean,
  ): { text: string; values: Record<string, unknown> } {
    const given: string[] = [];
    const values: Record<string, unknown> = {};
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      // Without an alias, arguments would clash with the same field elsewhere; rarely risk it.
      const include =
        required ||
        ALWAYS_GIVEN.has(arg.name) ||
        (narrow && arg.name === 'types') ||
        this.rng.chance(free ? 0.55 : 0.08);
      if (!include) continue;
      let value = this.valueFor(arg.type, arg, field.name, parent.name);
      if (narrow && arg.name === 'types' && Array.isArray(value) && value.length === 0) {
        value = [this.valueFor(getNamedType(arg.type), arg, field.name, parent.name)];
      }
      values[arg.name] = value;
      given.push(`${arg.name}: ${this.asArgument(arg, value)}`);
    }
    return { text: given.length > 0 ? `(${given.join(', ')})` : '', values };
  }

  /** Now and then @include or @skip, with a literal or a Boolean variable: the look-ahead must not trip on either. */
  private directive(): string {
    if (!this.rng.chance(0.04)) return '';
    const value = this.rng.chance(0.5);
    let condition = String(value);
    if (this.rng.chance(0.5)) {
      condition = `$v${++this.names}`;
      this.variableDefinitions.push(`${condition}: Boolean!`);
      this.variables[condition.slice(1)] = value;
    }
    return ` @${this.rng.pick(['include', 'skip'])}(if: ${condition})`;
  }

  /** A literal, or a declared variable carrying the value (sometimes its default instead). */
  private asArgument(arg: GraphQLArgument, value: unknown): string {
    if (!this.rng.chance(0.3)) return literal(value, arg.type);
    const name = `v${++this.names}`;
    if (!isNonNullType(arg.type) && this.rng.chance(0.2)) {
      this.variableDefinitions.push(`$${name}: ${arg.type.toString()} = ${literal(value, arg.type)}`);
    } else {
      this.variableDefinitions.push(`$${name}: ${arg.type.toString()}`);
      this.variables[name] = value;
    }
    return `$${name}`;
  }

  private entityIds(kinds?: readonly string[]): string[] {
    const matching = kinds ? this.data.entities.filter((e) => kinds.includes(e.kind)) : this.data.entities;
    return (matching.length > 0 ? matching : this.data.entities).map((e) => e.id);
  }

  private entityId(kinds?: readonly string[]): string {
    const roll = this.rng.float();
    if (roll < 0.04) return 'no-such-entity';
    if (roll < 0.12) return this.rng.pick(this.entityIds());
    return this.rng.pick(this.entityIds(kinds));
  }

  private valueFor(type: GraphQLInputType, arg: { name: string }, fieldName: string, parentName: string): unknown {
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) {
      const count = arg.name === 'ids' ? this.rng.int(1, 5) : this.rng.int(0, 3);
      const items = Array.from({ length: count }, () => this.valueFor(nullable.ofType, arg, fieldName, parentName));
      return isEnumType(getNamedType(nullable)) ? [...new Set(items)] : items;
    }
    if (isEnumType(nullable)) return this.rng.pick(nullable.getValues()).name;
    if (isInputObjectType(nullable)) {
      const value: Record<string, unknown> = {};
      for (const inner of Object.values(nullable.getFields())) {
        if (isNonNullType(inner.type) && inner.defaultValue === undefined) {
          value[inner.name] = this.valueFor(inner.type, inner, fieldName, nullable.name);
        } else if (this.rng.chance(0.35))
          value[inner.name] = this.valueFor(inner.type, inner, fieldName, nullable.name);
      }
      return value;
    }
    const scalar = nullable.name;
    if (scalar === 'Int') {
      const range = INT_RANGES[arg.name] ?? [1, 5];
      if (this.rng.chance(0.03)) return this.rng.pick([0, -1, 1000]);
      return this.rng.int(range[0], range[1]);
    }
    if (scalar === 'Boolean') return this.rng.chance(0.5);
    if (scalar === 'Float') return this.rng.int(0, 100) / 10;
    if (scalar === 'ID') {
      if (parentName === 'Query' && fieldName === 'source')
        return this.rng.chance(0.9) ? this.rng.pick(this.data.sourceIds) : 'no-such-source';
      if (parentName === 'Query' && LOOKUP_KINDS[fieldName]) return this.entityId([LOOKUP_KINDS[fieldName]]);
      if (FILTER_ID_KINDS[arg.name]) return this.entityId(FILTER_ID_KINDS[arg.name]);
      return this.entityId();
    }
    // Strings.
    if (arg.name === 'approvedFrom' || arg.name === 'approvedTo') {
      if (this.rng.chance(0.05)) return 'soon';
      const year = String(this.rng.int(2011, 2025));
      return this.rng.pick([
        year,
        `${year}-0${this.rng.int(1, 9)}`,
        `${year}-0${this.rng.int(1, 9)}-1${this.rng.int(0, 9)}`,
      ]);
    }
    if (arg.name === 'unit') return this.rng.pick(['% TPS', 'CPS', 'mut/Mb', '% tumour cells']);
    if (arg.name === 'after')
      return this.rng.chance(0.05) ? 'not-a-cursor' : Buffer.from(`offset:${this.rng.int(0, 8)}`).toString('base64url');
    const entity = this.rng.pick(this.data.entities);
    const name = this.rng.chance(0.7) || entity.synonyms.length === 0 ? entity.name : this.rng.pick(entity.synonyms);
    if (arg.name === 'nameContains') {
      if (this.rng.chance(0.03)) return '  ';
      const start = this.rng.int(0, Math.max(0, name.length - 3));
      return name.slice(start, start + this.rng.int(2, 5)).toLowerCase();
    }
    if (arg.name === 'text') {
      if (this.rng.chance(0.03)) return '--';
      if (this.rng.chance(0.2) && name.length > 4) {
        const drop = this.rng.int(1, name.length - 2);
        return name.slice(0, drop) + name.slice(drop + 1);
      }
      return this.rng.chance(0.5) ? name.toLowerCase() : name;
    }
    return name;
  }
}

/** A JS value as a GraphQL literal of `type`. */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (isListType(nullable)) return `[${(value as unknown[]).map((v) => literal(v, nullable.ofType)).join(', ')}]`;
  // Enum values come from the schema's value names, which are strings.
  if (isEnumType(nullable)) return value as string;
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** Field depth and alias count of an operation with its fragments expanded. */
export function operationShape(document: DocumentNode): { depth: number; aliases: number } {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
  }
  let aliases = 0;
  const walk = (set: SelectionSetNode, depth: number): number => {
    let deepest = depth - 1;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        deepest = Math.max(deepest, selection.selectionSet ? walk(selection.selectionSet, depth + 1) : depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(selection.selectionSet, depth));
      } else {
        deepest = Math.max(deepest, walk(fragments.get(selection.name.value)!, depth));
      }
    }
    return deepest;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, walk(definition.selectionSet, 1));
  }
  return { depth, aliases };
}

/** Why an operation is unusable, or null when it is a valid operation within the limits. */
export function operationProblem(schema: GraphQLSchema, query: string): string | null {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return `syntax: ${(error as Error).message}`;
  }
  const errors = validate(schema, document);
  if (errors.length > 0) return errors.map((e) => e.message).join('; ');
  const shape = operationShape(document);
  if (shape.depth > OPERATION_LIMITS.maxFieldDepth)
    return `field depth ${shape.depth} > ${OPERATION_LIMITS.maxFieldDepth}`;
  if (shape.aliases > OPERATION_LIMITS.maxAliases) return `${shape.aliases} aliases > ${OPERATION_LIMITS.maxAliases}`;
  return null;
}

export interface GeneratorOptions {
  /** Range of the number of fields an operation places (drawn per operation). */
  fieldBudget?: readonly [number, number];
}
const DEFAULT_FIELD_BUDGET = [8, 60] as const;

/** Attempts derive from the seed, so the operation of a seed (and options) never changes. */
const MAX_ATTEMPTS = 50;
const attemptSeed = (seed: number, attempt: number) => (Math.imul(seed, 2654435761) + Math.imul(attempt, 40503)) >>> 0;

/**
 * The operation of `seed`: the first valid one among candidates derived from it (a random
 * selection sometimes merges conflicting fields; validation throws those away).
 */
export function generateOperation(
  schema: GraphQLSchema,
  data: GeneratorData,
  seed: number,
  options: GeneratorOptions = {},
): GeneratedOperation {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const builder = new OperationBuilder(
      schema,
      data,
      new Random(attemptSeed(seed, attempt)),
      options.fieldBudget ?? DEFAULT_FIELD_BUDGET,
    );
    const text = builder.operation();
    if (operationProblem(schema, text) === null)
      return {
        seed,
        query: print(parse(text)),
        variables: builder.variables,
        relationshipHops: builder.relationshipHops,
      };
  }
  throw new Error(`no valid operation for seed ${seed} in ${MAX_ATTEMPTS} attempts`);
}

/** For tests of the generator itself: the raw candidate of one attempt and why it was rejected. */
export function candidateProblem(schema: GraphQLSchema, data: GeneratorData, seed: number): string | null {
  const builder = new OperationBuilder(schema, data, new Random(attemptSeed(seed, 0)), DEFAULT_FIELD_BUDGET);
  return operationProblem(schema, builder.operation());
}
