import type { CypherExecutor } from '../db/executor';
import type { EntityKind, RelationType } from '../domain/vocabulary';
import { entityProjection, labelOf, typeOf } from './cypher';
import { compilePrefetch, emptyPlan, hydrate, type PrefetchPlan, type PrefetchedRows } from './prefetch';
import type { EntityPage, EntityRecord } from './records';

export type RelatedConstraint = { type: RelationType; direction: 'OUT' | 'IN'; id: string };

/**
 * Filter conditions beyond one hop, as fixed Cypher fragments on `n`; user values reach them
 * only as the named parameters.
 */
export const CONDITIONS = {
  /** Indication for the cancer $disease or any of its subtypes. */
  indicationDisease: 'EXISTS { (n)-[:INDICATED_FOR]->(:Cancer)-[:SUBTYPE_OF*0..]->(:Cancer {id: $disease}) }',
  /** $therapy is the label holder or a partner. */
  indicationTherapy:
    '(EXISTS { (n)<-[:HAS_INDICATION]-(:Entity {id: $therapy}) } OR EXISTS { (n)-[:COMBINED_WITH]->(:Entity {id: $therapy}) })',
  /** The label holder is in class $indicationClass or a subclass of it. */
  indicationClass:
    'EXISTS { (n)<-[:HAS_INDICATION]-(:Therapy)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $indicationClass}) }',
  /** At least one INCLUSION criterion on $bvBiomarker, and $bvValue (in one of $bvUnits) satisfies all of them. */
  biomarkerValue: `EXISTS { (n)-[c:REQUIRES_BIOMARKER]->(:Biomarker {id: $bvBiomarker}) WHERE c.role = 'INCLUSION' }
      AND all(c IN [(n)-[ic:REQUIRES_BIOMARKER]->(:Biomarker {id: $bvBiomarker}) WHERE ic.role = 'INCLUSION' | ic] WHERE
        CASE
          WHEN c.operator IN ['POSITIVE', 'PRESENT'] THEN $bvValue <> 0
          WHEN c.operator IN ['NEGATIVE', 'ABSENT'] THEN $bvValue = 0
          WHEN c.threshold IS NULL THEN false
          WHEN $bvUnits IS NOT NULL AND c.unit IS NOT NULL AND NOT toLower(trim(c.unit)) IN $bvUnits THEN false
          WHEN c.operator = 'GTE' THEN $bvValue >= c.threshold
          WHEN c.operator = 'GT' THEN $bvValue > c.threshold
          WHEN c.operator = 'LTE' THEN $bvValue <= c.threshold
          WHEN c.operator = 'LT' THEN $bvValue < c.threshold
          WHEN c.operator = 'EQ' THEN $bvValue = c.threshold
          ELSE false
        END)`,
  /** An EXCLUSION criterion on $excludesBiomarker. */
  excludesBiomarker: "EXISTS { (n)-[c:REQUIRES_BIOMARKER]->(:Biomarker {id: $excludesBiomarker}) WHERE c.role = 'EXCLUSION' }",
  approvedFrom: 'n.approvalDate >= $approvedFrom',
  approvedTo: 'n.approvalDate <= $approvedTo',
  /** One HAS_ADVERSE_EVENT edge meets every given condition: its therapy, its class (own or a member's), boxed warning. */
  adverseEventEdge: `EXISTS {
        MATCH (n)<-[e:HAS_ADVERSE_EVENT]-(h:Entity)
        WHERE ($aeTherapy IS NULL OR h.id = $aeTherapy)
          AND ($aeClass IS NULL
               OR EXISTS { (h)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $aeClass}) }
               OR EXISTS { (h)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $aeClass}) })
          AND ($aeBoxed IS NULL OR coalesce(e.boxedWarning, false) = $aeBoxed)
      }`,
} as const;
export type ConditionName = keyof typeof CONDITIONS;
export interface Condition {
  name: ConditionName;
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
const itemProjection = (v: string, plan: PrefetchPlan) =>
  `{entity: ${entityProjection(v, plan.fields)}, prefetch: ${plan.relations.size > 0 ? compilePrefetch(v, plan) : 'null'}}`;

type Item = { entity: EntityRecord; prefetch: PrefetchedRows | null };
const fromItem = (item: Item) => hydrate(item.entity, item.prefetch ?? undefined);

const SORT_KEYS: Record<EntityListQuery['sortField'], string> = {
  NAME: 'n.sortName',
  ID: 'n.id',
  DEGREE: 'COUNT { (n)--() }',
  APPROVAL_DATE: 'n.approvalDate',
};

/**
 * Compiles a list query into Cypher from fixed fragments: the first relationship constraint
 * anchors the match on an indexed id (so only that entity's neighbours are read), an unfiltered
 * list reads its total from the count store and its page in index order.
 */
export function compilePageQuery(query: EntityListQuery, plan: PrefetchPlan = emptyPlan()): string {
  const item = (v: string) => itemProjection(v, plan);
  const label = labelOf(query.kind);
  const order = `${SORT_KEYS[query.sortField]} ${query.descending ? 'DESC' : 'ASC'}, n.id ASC`;
  const filters: string[] = [];
  let match = `MATCH (n:${label})`;
  query.related.forEach((constraint, i) => {
    const arrow =
      constraint.direction === 'OUT'
        ? `(n)-[:${typeOf(constraint.type)}]->(:Entity {id: $related${i}})`
        : `(n)<-[:${typeOf(constraint.type)}]-(:Entity {id: $related${i}})`;
    if (i === 0) match = `MATCH ${arrow.replace('(n)', `(n:${label})`)}`;
    else filters.push(`EXISTS { ${arrow} }`);
  });
  if (query.relatedTo) {
    if (query.related.length === 0) match = `MATCH (n:${label})--(:Entity {id: $relatedTo})`;
    else filters.push('EXISTS { (n)--(:Entity {id: $relatedTo}) }');
  }
  if (query.classId) {
    filters.push('EXISTS { (n)-[:MEMBER_OF]->(:TherapyClass)-[:SUBCLASS_OF*0..]->(:TherapyClass {id: $classId}) }');
  }
  if (query.nameContains) filters.push('(toLower(n.name) CONTAINS $nameContains OR n.searchText CONTAINS $nameContains)');
  if (Object.keys(query.properties).length > 0) filters.push('all(k IN keys($properties) WHERE n[k] = $properties[k])');
  for (const condition of query.conditions ?? []) {
    const cypher = CONDITIONS[condition.name];
    if (!cypher) throw new Error(`not a list condition: ${String(condition.name)}`);
    filters.push(cypher);
  }

  if (match === `MATCH (n:${label})` && filters.length === 0) {
    return `CALL () { MATCH (n:${label}) RETURN count(n) AS totalCount }
      CALL () {
        MATCH (n:${label}) WHERE n.sortName IS NOT NULL
        WITH n ORDER BY ${order} SKIP $offset LIMIT $first
        RETURN collect(${item('n')}) AS items
      }
      RETURN totalCount, items`;
  }
  return `${match}
    ${filters.length > 0 ? `WHERE ${filters.join('\n      AND ')}` : ''}
    WITH DISTINCT n
    ORDER BY ${order}
    WITH collect(n) AS matches
    RETURN size(matches) AS totalCount,
           [m IN matches[$offset..($offset + $first)] | ${item('m')}] AS items`;
}

export class EntityRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /** One round trip for any number of ids; the result follows the order of ids (null if unknown). */
  async byIds(ids: readonly string[], plan: PrefetchPlan = emptyPlan()): Promise<Array<EntityRecord | null>> {
    const rows = await this.executor.read<{ item: Item }>(
      `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${itemProjection('n', plan)} AS item`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.item.entity.id, fromItem(r.item)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async page(query: EntityListQuery, plan: PrefetchPlan = emptyPlan()): Promise<EntityPage> {
    const params: Record<string, unknown> = {
      nameContains: query.nameContains ? query.nameContains.toLowerCase() : null,
      relatedTo: query.relatedTo ?? null,
      classId: query.classId ?? null,
      properties: query.properties,
      offset: query.offset,
      first: query.first,
    };
    query.related.forEach((constraint, i) => {
      params[`related${i}`] = constraint.id;
    });
    for (const condition of query.conditions ?? []) Object.assign(params, condition.params);
    const [row] = await this.executor.read<{ totalCount: number; items: Item[] }>(compilePageQuery(query, plan), params);
    return { totalCount: row?.totalCount ?? 0, offset: query.offset, items: (row?.items ?? []).map(fromItem) };
  }
}
