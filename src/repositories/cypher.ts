import { isEntityKind, isRelationType, type EntityKind, type RelationType } from '../domain/vocabulary';
import type { EntityRecord, RelationRecord } from './records';

/**
 * Cypher text is assembled only from the code's own constants: variable names, the labels of
 * ENTITY_KINDS and the types of RELATION_TYPES (checked here again at run time). Every value a
 * user sends reaches Cypher as a parameter.
 */
export function labelOf(kind: EntityKind): string {
  if (!isEntityKind(kind)) throw new Error(`not a label of the graph: ${String(kind)}`);
  return kind;
}

export function typeOf(type: RelationType): string {
  if (!isRelationType(type)) throw new Error(`not a relationship type of the graph: ${String(type)}`);
  return type;
}

/** Stored entity properties the API reads (search keys and bookkeeping stay in Neo4j). */
export const ENTITY_PROPERTIES = [
  'id',
  'kind',
  'name',
  'synonyms',
  'xrefs',
  'description',
  'evidenceSources',
  'evidenceLocators',
  'brandNames',
  'modality',
  'firstApprovalYear',
  'geneSymbol',
  'role',
  'lineage',
  'category',
  'biomarkerType',
  // Indication
  'agency',
  'status',
  'line',
  'priorTherapy',
  'setting',
  'diseaseQualifier',
  'population',
  'regimen',
  'pathway',
  'approvalDate',
  'conversionDate',
  'withdrawalDate',
  'withdrawalReason',
  'labelSection',
  'note',
  // Trial
  'nctId',
  'phase',
  'publicationId',
  // AdverseEvent
  'immuneRelated',
  // Drug
  'drugClass',
  // Therapy development
  'developmentStage',
  'maxPhase',
  'developmentStopped',
  'developmentNote',
];

export const RELATION_PROPERTIES = [
  'note',
  'mechanism',
  'status',
  'year',
  'effect',
  'evidenceSources',
  'evidenceLocators',
  // PREVENTS
  'basis',
  // REQUIRES_BIOMARKER
  'role',
  'operator',
  'threshold',
  'unit',
  'assay',
  // HAS_ADVERSE_EVENT
  'boxedWarning',
  'labelSection',
  'frequencyPercent',
  'grade3PlusPercent',
];

/** The properties to fetch: all, or id and kind plus those asked for. */
const wantedEntity = (fields?: ReadonlySet<string> | null) =>
  fields ? ENTITY_PROPERTIES.filter((f) => f === 'id' || f === 'kind' || fields.has(f)) : ENTITY_PROPERTIES;
const wantedRelation = (fields?: ReadonlySet<string> | null) =>
  fields ? RELATION_PROPERTIES.filter((f) => fields.has(f)) : RELATION_PROPERTIES;

/**
 * A map literal rather than a map projection, so it also works on expressions. With `fields`,
 * only those properties (plus id and kind) travel: the operation's selection decides.
 */
export const entityProjection = (node: string, fields?: ReadonlySet<string> | null) =>
  `{${wantedEntity(fields).map((f) => `${f}: ${node}.${f}`).join(', ')}}`;

/** A relationship without its endpoints' properties: they travel once, as nodes, and are joined in JS. */
export const relationCoreProjection = (r: string, fields?: ReadonlySet<string> | null) =>
  `{id: ${r}.id, type: type(${r}), fromId: startNode(${r}).id, toId: endNode(${r}).id${wantedRelation(fields)
    .map((f) => `, ${f}: ${r}.${f}`)
    .join('')}}`;

export type RelationCore = Omit<RelationRecord, 'from' | 'to'> & { fromId: string; toId: string };

export function attachEndpoints(core: RelationCore, entities: ReadonlyMap<string, EntityRecord>): RelationRecord {
  const from = entities.get(core.fromId);
  const to = entities.get(core.toId);
  if (!from || !to) throw new Error(`relationship ${core.id} arrived without its endpoints`);
  // A plain copy loop: object rest/spread was the largest self time of a 3,000-edge neighbourhood.
  const relation: Record<string, unknown> = {};
  for (const key in core) {
    if (key !== 'fromId' && key !== 'toId') relation[key] = core[key as keyof RelationCore];
  }
  relation.from = from;
  relation.to = to;
  return relation as unknown as RelationRecord;
}

/**
 * Relationship columns straight to relationships with their endpoints, one object per row (no
 * intermediate row objects): the large graph answers (neighbourhood, whole graph) build thousands.
 */
export function zipRelations(columns: Record<string, unknown[]>, entities: ReadonlyMap<string, EntityRecord>): RelationRecord[] {
  const keys = Object.keys(columns).filter((key) => key !== 'fromId' && key !== 'toId');
  const ids = columns.id ?? [];
  const fromIds = columns.fromId ?? [];
  const toIds = columns.toId ?? [];
  const relations = new Array<RelationRecord>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const from = entities.get(fromIds[i] as string);
    const to = entities.get(toIds[i] as string);
    if (!from || !to) throw new Error(`relationship ${String(ids[i])} arrived without its endpoints`);
    const relation: Record<string, unknown> = {};
    for (const key of keys) relation[key] = columns[key]![i];
    relation.from = from;
    relation.to = to;
    relations[i] = relation as unknown as RelationRecord;
  }
  return relations;
}

/**
 * Columnar variants for large results: one list per property instead of one map per row. Bolt
 * encodes and the driver decodes a few long lists far faster than thousands of small maps.
 * List comprehensions (unlike collect) keep nulls, so the columns stay aligned.
 */
export const entityColumns = (list: string, fields?: ReadonlySet<string> | null) =>
  `{${wantedEntity(fields).map((f) => `${f}: [c IN ${list} | c.${f}]`).join(', ')}}`;

export const relationColumns = (list: string, fields?: ReadonlySet<string> | null) =>
  `{id: [c IN ${list} | c.id], type: [c IN ${list} | type(c)], fromId: [c IN ${list} | startNode(c).id], ` +
  `toId: [c IN ${list} | endNode(c).id]${wantedRelation(fields)
    .map((f) => `, ${f}: [c IN ${list} | c.${f}]`)
    .join('')}}`;

export function zipColumns<T>(columns: Record<string, unknown[]>): T[] {
  const keys = Object.keys(columns);
  const length = columns.id?.length ?? 0;
  const rows = new Array<T>(length);
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {};
    for (const key of keys) row[key] = columns[key]![i];
    rows[i] = row as T;
  }
  return rows;
}
