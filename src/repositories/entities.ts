import Cypher from '@neo4j/cypher-builder';
import type { CypherExecutor } from '../db/executor';
import type { EntityKind, RelationType } from '../domain/vocabulary';
import { build, entityProjection, labelOf, slice, typeOf, type Statement } from './cypher';
import { compilePrefetch, emptyPlan, hydrate, type PrefetchPlan, type PrefetchedRows } from './prefetch';
import type { EntityPage, EntityRecord } from './records';

export type RelatedConstraint = { type: RelationType; direction: 'OUT' | 'IN'; id: string };

type Values = Record<string, unknown>;
const param = (values: Values, key: string) => new Cypher.Param(values[key] ?? null);

/** `(n)-[:TYPE]->(:Label {id: $id})` and longer chains, without variables for the hops. */
const hop = (type: RelationType, direction: 'right' | 'left' = 'right', length?: { min: number }) => ({
  type: typeOf(type),
  direction,
  ...(length ? { length } : {}),
});
const onto = (kind: EntityKind | 'Entity', id?: Cypher.Param) => ({
  labels: [kind === 'Entity' ? 'Entity' : labelOf(kind)],
  ...(id ? { properties: { id } } : {}),
});

/** $class or one of its subclasses, reached from `from` through MEMBER_OF (or directly). */
const inClassTree = (from: Cypher.Pattern, classId: Cypher.Param) =>
  from.related(hop('SUBCLASS_OF', 'right', { min: 0 })).to(onto('TherapyClass', classId));

/** The criteria of `n` on biomarker `id` with role `role` (INCLUSION or EXCLUSION). */
const criterion = (n: Cypher.Node, c: Cypher.Relationship, id: Cypher.Param) =>
  new Cypher.Pattern(n).related(c, hop('REQUIRES_BIOMARKER')).to(onto('Biomarker', id));
const hasRole = (c: Cypher.Relationship, role: 'INCLUSION' | 'EXCLUSION') =>
  Cypher.eq(c.property('role'), new Cypher.Literal(role));

/**
 * Filter conditions beyond one hop, built on `n` from the values the resolver gives (each
 * reaches Cypher only as a parameter).
 */
export const CONDITIONS = {
  /** Indication for the cancer `disease` or any of its subtypes. */
  indicationDisease: (n: Cypher.Node, v: Values) =>
    new Cypher.Exists(
      new Cypher.Pattern(n)
        .related(hop('INDICATED_FOR'))
        .to(onto('Cancer'))
        .related(hop('SUBTYPE_OF', 'right', { min: 0 }))
        .to(onto('Cancer', param(v, 'disease'))),
    ),
  /** `therapy` is the label holder or a partner. */
  indicationTherapy: (n: Cypher.Node, v: Values) => {
    const therapy = param(v, 'therapy');
    return Cypher.or(
      new Cypher.Exists(new Cypher.Pattern(n).related(hop('HAS_INDICATION', 'left')).to(onto('Entity', therapy))),
      new Cypher.Exists(new Cypher.Pattern(n).related(hop('COMBINED_WITH')).to(onto('Entity', therapy))),
    );
  },
  /** The label holder is in class `indicationClass` or a subclass of it. */
  indicationClass: (n: Cypher.Node, v: Values) =>
    new Cypher.Exists(
      inClassTree(
        new Cypher.Pattern(n)
          .related(hop('HAS_INDICATION', 'left'))
          .to(onto('Therapy'))
          .related(hop('MEMBER_OF'))
          .to(onto('TherapyClass')),
        param(v, 'indicationClass'),
      ),
    ),
  /**
   * At least one INCLUSION criterion on `bvBiomarker`, and `bvValue` (in one of `bvUnits`, when
   * given) satisfies all of them. Hand-tuned: the CASE reads each criterion once.
   */
  biomarkerValue: (n: Cypher.Node, v: Values) => {
    const biomarker = param(v, 'bvBiomarker');
    const value = param(v, 'bvValue');
    const units = v.bvUnits ?? null;
    const any = new Cypher.Relationship();
    const ic = new Cypher.Relationship();
    const c = new Cypher.Variable();
    const op = c.property('operator');
    const threshold = c.property('threshold');
    const operatorIs = (...ops: string[]) =>
      ops.length === 1 ? Cypher.eq(op, new Cypher.Literal(ops[0]!)) : Cypher.in(op, new Cypher.Literal(ops));
    const test = new Cypher.Case()
      .when(operatorIs('POSITIVE', 'PRESENT'))
      .then(Cypher.neq(value, new Cypher.Literal(0)))
      .when(operatorIs('NEGATIVE', 'ABSENT'))
      .then(Cypher.eq(value, new Cypher.Literal(0)))
      .when(Cypher.isNull(threshold))
      .then(Cypher.false);
    if (units !== null) {
      test
        .when(
          Cypher.and(
            Cypher.isNotNull(c.property('unit')),
            Cypher.not(Cypher.in(Cypher.toLower(Cypher.trim(c.property('unit'))), new Cypher.Param(units))),
          ),
        )
        .then(Cypher.false);
    }
    test
      .when(operatorIs('GTE'))
      .then(Cypher.gte(value, threshold))
      .when(operatorIs('GT'))
      .then(Cypher.gt(value, threshold))
      .when(operatorIs('LTE'))
      .then(Cypher.lte(value, threshold))
      .when(operatorIs('LT'))
      .then(Cypher.lt(value, threshold))
      .when(operatorIs('EQ'))
      .then(Cypher.eq(value, threshold))
      .else(Cypher.false);
    const inclusions = new Cypher.PatternComprehension(criterion(n, ic, biomarker))
      .where(hasRole(ic, 'INCLUSION'))
      .map(ic);
    return Cypher.and(
      new Cypher.Exists(new Cypher.Match(criterion(n, any, biomarker)).where(hasRole(any, 'INCLUSION'))),
      Cypher.all(c, inclusions, test),
    );
  },
  /** An EXCLUSION criterion on `excludesBiomarker`. */
  excludesBiomarker: (n: Cypher.Node, v: Values) => {
    const c = new Cypher.Relationship();
    return new Cypher.Exists(
      new Cypher.Match(criterion(n, c, param(v, 'excludesBiomarker'))).where(hasRole(c, 'EXCLUSION')),
    );
  },
  approvedFrom: (n: Cypher.Node, v: Values) => Cypher.gte(n.property('approvalDate'), param(v, 'approvedFrom')),
  approvedTo: (n: Cypher.Node, v: Values) => Cypher.lte(n.property('approvalDate'), param(v, 'approvedTo')),
  /** One HAS_ADVERSE_EVENT edge meets every given condition: its therapy, its class (own or a member's), boxed warning. */
  adverseEventEdge: (n: Cypher.Node, v: Values) => {
    const e = new Cypher.Relationship();
    const h = new Cypher.Node();
    const given = (key: string) => v[key] !== undefined && v[key] !== null;
    const conditions: Cypher.Predicate[] = [];
    if (given('aeTherapy')) conditions.push(Cypher.eq(h.property('id'), param(v, 'aeTherapy')));
    if (given('aeClass')) {
      const classId = param(v, 'aeClass');
      conditions.push(
        Cypher.or(
          new Cypher.Exists(inClassTree(new Cypher.Pattern(h), classId)),
          new Cypher.Exists(
            inClassTree(new Cypher.Pattern(h).related(hop('MEMBER_OF')).to(onto('TherapyClass')), classId),
          ),
        ),
      );
    }
    if (given('aeBoxed')) {
      conditions.push(Cypher.eq(Cypher.coalesce(e.property('boxedWarning'), Cypher.false), param(v, 'aeBoxed')));
    }
    const match = new Cypher.Match(
      new Cypher.Pattern(n).related(e, hop('HAS_ADVERSE_EVENT', 'left')).to(h, onto('Entity')),
    );
    return new Cypher.Exists(conditions.length > 0 ? match.where(Cypher.and(...conditions)) : match);
  },
} satisfies Record<string, (n: Cypher.Node, values: Values) => Cypher.Predicate>;
export type ConditionName = keyof typeof CONDITIONS;
export interface Condition {
  name: ConditionName;
  /** The values its builder reads, by name (e.g. disease, bvValue); each becomes a parameter. */
  params: Record<string, unknown>;
}

export interface EntityListQuery {
  kind: EntityKind;
  nameContains?: string | null;
  relatedTo?: string | null;
  /** Member of this class or of one of its subclasses. */
  classId?: string | null;
  related: RelatedConstraint[];
  /** Exact matches on kind-specific properties (category, role, biomarkerType, line …). */
  properties: Record<string, string | boolean>;
  /** Further conditions from the fixed table. */
  conditions?: Condition[];
  sortField: 'NAME' | 'ID' | 'DEGREE' | 'APPROVAL_DATE';
  descending: boolean;
  offset: number;
  first: number;
}

/** An entity with the relationship lists the plan prefetches. */
const itemProjection = (v: Cypher.Node, plan: PrefetchPlan) =>
  new Cypher.Map({
    entity: entityProjection(v, plan.fields),
    prefetch: plan.relations.size > 0 ? compilePrefetch(v, plan) : Cypher.Null,
  });

type Item = { entity: EntityRecord; prefetch: PrefetchedRows | null };
const fromItem = (item: Item) => hydrate(item.entity, item.prefetch ?? undefined);

const sortKey = (n: Cypher.Node, field: EntityListQuery['sortField']): Cypher.Expr | Cypher.Predicate => {
  switch (field) {
    case 'NAME':
      return n.property('sortName');
    case 'ID':
      return n.property('id');
    case 'DEGREE':
      return new Cypher.Count(new Cypher.Pattern(n).related({ direction: 'undirected' }).to());
    case 'APPROVAL_DATE':
      return n.property('approvalDate');
  }
};

/**
 * Compiles a list query: the first relationship constraint anchors the match on an indexed id
 * (so only that entity's neighbours are read), an unfiltered list reads its total from the count
 * store and its page in index order.
 */
export function compilePageQuery(query: EntityListQuery, plan: PrefetchPlan = emptyPlan()): Statement {
  const n = new Cypher.Node();
  const label = labelOf(query.kind);
  const offset = new Cypher.Param(query.offset);
  const first = new Cypher.Param(query.first);
  const order: Array<[Cypher.Expr | Cypher.Predicate, 'ASC' | 'DESC']> = [
    [sortKey(n, query.sortField), query.descending ? 'DESC' : 'ASC'],
    [n.property('id'), 'ASC'],
  ];
  const filters: Cypher.Predicate[] = [];
  let anchor: Cypher.Pattern | null = null;
  query.related.forEach((constraint, i) => {
    const arrow = (start: Cypher.Pattern) =>
      start
        .related(hop(constraint.type, constraint.direction === 'OUT' ? 'right' : 'left'))
        .to(onto('Entity', new Cypher.Param(constraint.id)));
    if (i === 0) anchor = arrow(new Cypher.Pattern(n, { labels: [label] }));
    else filters.push(new Cypher.Exists(arrow(new Cypher.Pattern(n))));
  });
  if (query.relatedTo) {
    const neighbour = onto('Entity', new Cypher.Param(query.relatedTo));
    if (anchor === null)
      anchor = new Cypher.Pattern(n, { labels: [label] }).related({ direction: 'undirected' }).to(neighbour);
    else filters.push(new Cypher.Exists(new Cypher.Pattern(n).related({ direction: 'undirected' }).to(neighbour)));
  }
  if (query.classId) {
    filters.push(
      new Cypher.Exists(
        inClassTree(
          new Cypher.Pattern(n).related(hop('MEMBER_OF')).to(onto('TherapyClass')),
          new Cypher.Param(query.classId),
        ),
      ),
    );
  }
  if (query.nameContains) {
    const text = new Cypher.Param(query.nameContains.toLowerCase());
    filters.push(
      Cypher.or(
        Cypher.contains(Cypher.toLower(n.property('name')), text),
        Cypher.contains(n.property('searchText'), text),
      ),
    );
  }
  // Property names come from the resolvers' filter mappings, never from the request.
  for (const [key, value] of Object.entries(query.properties))
    filters.push(Cypher.eq(n.property(key), new Cypher.Param(value)));
  for (const condition of query.conditions ?? []) {
    const compile = CONDITIONS[condition.name];
    if (!compile) throw new Error(`not a list condition: ${String(condition.name)}`);
    filters.push(compile(n, condition.params));
  }

  if (anchor === null && filters.length === 0) {
    const totalCount = new Cypher.Variable();
    const items = new Cypher.Variable();
    const count = new Cypher.Call(
      new Cypher.Match(new Cypher.Pattern(n, { labels: [label] })).return([Cypher.count(n), totalCount]),
      [],
    );
    const page = new Cypher.Call(
      new Cypher.Match(new Cypher.Pattern(n, { labels: [label] }))
        .where(Cypher.isNotNull(n.property('sortName')))
        .with(n)
        .orderBy(...order)
        .skip(offset)
        .limit(first)
        .return([Cypher.collect(itemProjection(n, plan)), items]),
      [],
    );
    return build(Cypher.utils.concat(count, page, new Cypher.Return([totalCount, 'totalCount'], [items, 'items'])));
  }
  const matches = new Cypher.Variable();
  const m = new Cypher.Node();
  const match = new Cypher.Match(anchor ?? new Cypher.Pattern(n, { labels: [label] }));
  if (filters.length > 0) match.where(Cypher.and(...filters));
  return build(
    match
      .with(n)
      .distinct()
      .orderBy(...order)
      .with([Cypher.collect(n), matches])
      .return(
        [Cypher.size(matches), 'totalCount'],
        [new Cypher.ListComprehension(m).in(slice(matches, offset, first)).map(itemProjection(m, plan)), 'items'],
      ),
  );
}

export class EntityRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /** One round trip for any number of ids; the result follows the order of ids (null if unknown). */
  async byIds(ids: readonly string[], plan: PrefetchPlan = emptyPlan()): Promise<Array<EntityRecord | null>> {
    const id = new Cypher.Variable();
    const n = new Cypher.Node();
    const { cypher, params } = build(
      new Cypher.Unwind([new Cypher.Param([...ids]), id])
        .match(new Cypher.Pattern(n, { labels: ['Entity'], properties: { id } }))
        .return([itemProjection(n, plan), 'item']),
    );
    const rows = await this.executor.read<{ item: Item }>(cypher, params);
    const byId = new Map(rows.map((r) => [r.item.entity.id, fromItem(r.item)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async page(query: EntityListQuery, plan: PrefetchPlan = emptyPlan()): Promise<EntityPage> {
    const { cypher, params } = compilePageQuery(query, plan);
    const [row] = await this.executor.read<{ totalCount: number; items: Item[] }>(cypher, params);
    return { totalCount: row?.totalCount ?? 0, offset: query.offset, items: (row?.items ?? []).map(fromItem) };
  }
}
