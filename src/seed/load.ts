import fs from 'node:fs';
import path from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { paragraphNumber, parseCorpus } from '../domain/corpus';
import { RELATION_TYPES, type EntityKind, type RelationType } from '../domain/vocabulary';
import { expandIndications, deriveTreats, INDICATION_EDGE_TYPES } from './indications';
import {
  comparePartialDates,
  ENTITY_FILE_STEMS,
  entitySchemas,
  graphInfoSchema,
  indicationSchema,
  relationshipSchema,
  sourceSchema,
  type EvidenceRef,
  type FileEntityKind,
  type SeedEntity,
  type SeedGraph,
  type SeedGraphInfo,
  type SeedRelationship,
  type SeedSource,
} from './model';

export interface SeedIssue {
  file: string;
  /** Line of the record in the file, when the issue belongs to one record. */
  line?: number;
  record: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(
      `The seed is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues.map(formatIssue).join('\n'),
    );
  }
}

export function formatIssue(i: SeedIssue): string {
  return `  - ${i.file}${i.line ? `:${i.line}` : ''} › ${i.record} › ${i.field}: ${i.message}`;
}

/** Relationship properties and the types that may carry them. */
const TYPED_FIELDS: Record<string, readonly RelationType[]> = {
  status: ['TREATS', 'PREVENTS'],
  year: ['TREATS', 'PREVENTS'],
  effect: ['PREDICTS_RESPONSE_TO'],
  basis: ['PREVENTS'],
  boxedWarning: ['HAS_ADVERSE_EVENT'],
  labelSection: ['HAS_ADVERSE_EVENT'],
  frequencyPercent: ['HAS_ADVERSE_EVENT'],
  grade3PlusPercent: ['HAS_ADVERSE_EVENT'],
};
const RELATION_PROPERTY_KEYS = ['status', 'year', 'mechanism', 'effect', 'note', ...Object.keys(TYPED_FIELDS)] as const;

export function recordLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw).id) : null;
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw).type) : null;
  return `#${index + 1}${id ? ` (${id})` : type ? ` (${type})` : ''}`;
}

/** The kind named by a file under seed/entities: `<stem>.yaml` or `<stem>-<suffix>.yaml`. */
export function kindOfEntityFile(fileName: string): FileEntityKind | null {
  const base = fileName.replace(/\.yaml$/, '');
  let best: string | null = null;
  for (const stem of Object.keys(ENTITY_FILE_STEMS)) {
    if ((base === stem || base.startsWith(`${stem}-`)) && (best === null || stem.length > best.length)) best = stem;
  }
  return best === null ? null : ENTITY_FILE_STEMS[best]!;
}

/** Shared state of one validation run, handed to the indication expansion. */
export interface SeedContext {
  issues: SeedIssue[];
  sourceById: Map<string, SeedSource>;
  entityById: Map<string, SeedEntity>;
  relationshipIds: Set<string>;
  /** seed/graph.yaml's date: no fact in the seed is dated after it. */
  dataAsOf: string | null;
  parseEvidence(refs: string[], file: string, record: string, fieldPrefix?: string): EvidenceRef[];
}

export interface SeedReport {
  graph: SeedGraph;
  issues: SeedIssue[];
  /** Non-fatal observations (transition state) for `npm run seed:check`. */
  notes: string[];
  /** Therapies named as the label holder of an indication record. */
  labelHolders: string[];
}

function listYaml(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

/**
 * Reads and validates the whole seed directory; returns the expanded graph and every problem
 * found (an empty list = valid). Nothing here touches the database.
 */
export interface CheckOptions {
  /**
   * Transition aid for data curators: hand-written TREATS of therapies that have indications are
   * dropped with a note instead of being errors (the old lines are deleted at the merge).
   */
  allowLegacyTreats?: boolean;
}

export function checkSeed(seedDir: string, options: CheckOptions = {}): SeedReport {
  const issues: SeedIssue[] = [];
  const notes: string[] = [];
  /** Where each entity record was read from, for rules checked after every file is read. */
  const entityOrigins = new Map<string, { file: string; record: string }>();
  const rel = (file: string) => path.relative(seedDir, file) || file;

  /** Line of each record: `${file}\0${record label}` → line, to place issues found later. */
  const recordLines = new Map<string, number>();

  function readYaml(file: string): { value: unknown; lines: number[] } {
    const lineCounter = new LineCounter();
    const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        issues.push({ file: rel(file), record: `line ${error.linePos?.[0]?.line ?? '?'}`, field: '-', message: error.message.split('\n')[0]! });
      }
      return { value: undefined, lines: [] };
    }
    const lines = isSeq(doc.contents)
      ? doc.contents.items.map((item) => {
          const offset = (item as { range?: [number, number, number] } | null)?.range?.[0];
          return offset === undefined ? 0 : lineCounter.linePos(offset).line;
        })
      : [];
    return { value: doc.toJS() as unknown, lines };
  }

  function readList(file: string): Array<{ raw: unknown; line: number }> {
    if (!fs.existsSync(file)) {
      issues.push({ file: rel(file), record: '-', field: '-', message: 'file is missing' });
      return [];
    }
    const { value, lines } = readYaml(file);
    if (value == null) return [];
    if (!Array.isArray(value)) {
      issues.push({ file: rel(file), record: '-', field: '-', message: 'expected a YAML list of records' });
      return [];
    }
    return value.map((raw: unknown, index) => ({ raw, line: lines[index] ?? 0 }));
  }

  function pushZodIssues(file: string, record: string, error: z.ZodError): void {
    for (const issue of error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      issues.push({ file: rel(file), record, field: issue.path.join('.') || '(record)', message: issue.message + keys });
    }
  }

  function parseRecords<S extends z.ZodType>(file: string, schema: S): Array<{ value: z.infer<S>; label: string }> {
    return readList(file).flatMap(({ raw, line }, index) => {
      const label = recordLabel(index, raw);
      if (line > 0) recordLines.set(`${rel(file)}\0${label}`, line);
      const result = schema.safeParse(raw);
      if (result.success) return [{ value: result.data, label }];
      pushZodIssues(file, label, result.error);
      return [];
    });
  }

  // The graph's own facts: seed/graph.yaml.
  let info: SeedGraphInfo | undefined;
  const graphFile = path.join(seedDir, 'graph.yaml');
  if (!fs.existsSync(graphFile)) {
    issues.push({ file: rel(graphFile), record: '-', field: '-', message: 'file is missing (dataAsOf: "YYYY-MM-DD")' });
  } else {
    const { value: raw } = readYaml(graphFile);
    const result = graphInfoSchema.safeParse(raw ?? {});
    if (result.success) info = { dataAsOf: result.data.dataAsOf, title: result.data.title ?? null };
    else pushZodIssues(graphFile, '(graph)', result.error);
  }

  // Sources (seed/sources.yaml and seed/sources/*.yaml), with the document's paragraphs read from disk.
  const sources: SeedSource[] = [];
  const seenIds = new Map<string, { where: string; what: string }>();
  /** `what` describes the record ("a Drug named Carboplatin") so the message can tell copies from clashes. */
  const claimId = (idValue: string, file: string, record: string, what: string) => {
    const previous = seenIds.get(idValue);
    if (!previous) {
      const line = recordLines.get(`${file}\0${record}`);
      seenIds.set(idValue, { where: `${file}${line ? `:${line}` : ''} ${record}`, what });
      return;
    }
    const hint =
      previous.what === what
        ? `both ${what}: keep one record${what.includes(' named ') ? " and merge the other's synonyms, xrefs and evidence into it" : ''}`
        : `${previous.what} there, ${what} here`;
    issues.push({ file, record, field: 'id', message: `duplicate id "${idValue}", already used in ${previous.where} (${hint})` });
  };
  const sourceFiles = [path.join(seedDir, 'sources.yaml'), ...listYaml(path.join(seedDir, 'sources'))];
  for (const sourcesFile of sourceFiles) {
    for (const { value, label } of parseRecords(sourcesFile, sourceSchema)) {
      let passages: string[] = [];
      if (value.kind === 'DOCUMENT') {
        const documentPath = value.file ? path.join(seedDir, value.file) : null;
        if (!documentPath || !fs.existsSync(documentPath)) {
          issues.push({ file: rel(sourcesFile), record: label, field: 'file', message: 'a DOCUMENT source needs an existing file' });
        } else {
          passages = parseCorpus(fs.readFileSync(documentPath, 'utf8'));
        }
      }
      if (info && value.date !== undefined && comparePartialDates(value.date, info.dataAsOf) > 0) {
        issues.push({ file: rel(sourcesFile), record: label, field: 'date', message: `after the graph's dataAsOf ${info.dataAsOf}` });
      }
      if (value.year !== undefined && value.date !== undefined && Number(value.date.slice(0, 4)) !== value.year) {
        issues.push({ file: rel(sourcesFile), record: label, field: 'year', message: `${value.year} disagrees with date ${value.date}` });
      }
      claimId(value.id, rel(sourcesFile), label, `a source of kind ${value.kind}`);
      sources.push({ ...value, passages });
    }
  }
  const sourceById = new Map<string, SeedSource>();
  for (const s of sources) if (!sourceById.has(s.id)) sourceById.set(s.id, s);

  function parseEvidence(refs: string[], file: string, record: string, fieldPrefix = 'evidence'): EvidenceRef[] {
    return refs.map((ref, index) => {
      const hash = ref.indexOf('#');
      const sourceId = hash === -1 ? ref : ref.slice(0, hash);
      const locator = hash === -1 ? null : ref.slice(hash + 1);
      const source = sourceById.get(sourceId);
      const field = `${fieldPrefix}.${index}`;
      if (!source) {
        issues.push({ file, record, field, message: `unknown source "${sourceId}"` });
      } else if (source.kind === 'DOCUMENT') {
        const n = paragraphNumber(locator);
        if (n === null || n > source.passages.length) {
          issues.push({ file, record, field, message: `cite a paragraph of "${sourceId}" as ${sourceId}#¶1..¶${source.passages.length}` });
        }
      }
      return { sourceId, locator };
    });
  }

  // Entities: seed/entities/<stem>[-<suffix>].yaml, the stem naming the kind.
  const entities: SeedEntity[] = [];
  const entitiesDir = path.join(seedDir, 'entities');
  if (!fs.existsSync(entitiesDir)) issues.push({ file: 'entities', record: '-', field: '-', message: 'directory is missing' });
  for (const file of listYaml(entitiesDir)) {
    const kind = kindOfEntityFile(path.basename(file));
    if (!kind) {
      issues.push({
        file: rel(file),
        record: '-',
        field: '-',
        message: `the file name does not name a kind: use <stem>.yaml or <stem>-<suffix>.yaml with a stem of ${Object.keys(ENTITY_FILE_STEMS).join(', ')}`,
      });
      continue;
    }
    for (const { value, label } of parseRecords(file, entitySchemas[kind])) {
      claimId(value.id, rel(file), label, `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind} named "${value.name}"`);
      const { id, name, synonyms, xrefs, description, evidence, ...attributes } = value as z.infer<
        (typeof entitySchemas)['Therapy']
      >;
      const kept = Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined)) as SeedEntity['attributes'];
      if (kind === 'Trial' && typeof kept.publication === 'string') {
        kept.publicationId = kept.publication;
        delete kept.publication;
      }
      entities.push({
        kind,
        id,
        name,
        synonyms,
        xrefs,
        description: description ?? null,
        evidence: parseEvidence(evidence, rel(file), label),
        attributes: kept,
      });
      if (!entityOrigins.has(id)) entityOrigins.set(id, { file: rel(file), record: label });
    }
  }
  const entityById = new Map<string, SeedEntity>();
  for (const e of entities) if (!entityById.has(e.id)) entityById.set(e.id, e);

  // Trials: a publication (ARTICLE with doi or pmid) is required.
  for (const trial of entities.filter((e) => e.kind === 'Trial')) {
    const origin = entityOrigins.get(trial.id)!;
    const publicationId = String(trial.attributes.publicationId);
    const source = sourceById.get(publicationId);
    if (!source) {
      issues.push({ ...origin, field: 'publication', message: `unknown source "${publicationId}"` });
    } else if (source.kind !== 'ARTICLE' || (!source.doi && !source.pmid)) {
      issues.push({
        ...origin,
        field: 'publication',
        message: `"${publicationId}" must be an ARTICLE source with a doi or pmid (it is a ${source.kind}${source.kind === 'ARTICLE' ? ' without doi and pmid' : ''})`,
      });
    }
  }

  const relations: SeedRelationship[] = [];
  const relationshipIds = new Set<string>();
  const context: SeedContext = { issues, sourceById, entityById, relationshipIds, dataAsOf: info?.dataAsOf ?? null, parseEvidence };

  // Indications: seed/indications/*.yaml → Indication nodes and their edges.
  const indicationFiles = listYaml(path.join(seedDir, 'indications'));
  const parsedIndications = indicationFiles.flatMap((file) =>
    parseRecords(file, indicationSchema).map(({ value, label }) => {
      claimId(value.id, rel(file), label, 'an Indication');
      return { value, file: rel(file), record: label };
    }),
  );
  const expanded = expandIndications(context, parsedIndications);
  for (const entity of expanded.entities) if (!entityById.has(entity.id)) entityById.set(entity.id, entity);
  entities.push(...expanded.entities);
  relations.push(...expanded.relations);

  // Hand-written relationships: seed/relationships/*.yaml.
  // Every therapy named as the holder of an indication record (valid or not): its TREATS are derived.
  const holders = new Set(parsedIndications.map((i) => i.value.therapy));
  let handWrittenTreats = 0;
  let droppedTreats = 0;
  for (const file of listYaml(path.join(seedDir, 'relationships'))) {
    const fileLabel = rel(file);
    for (const { value, label } of parseRecords(file, relationshipSchema)) {
      const spec = RELATION_TYPES[value.type];
      const at = { file: fileLabel, record: label };
      if ((INDICATION_EDGE_TYPES as readonly string[]).includes(value.type)) {
        issues.push({ ...at, field: 'type', message: `${value.type} is written by the loader from seed/indications/*.yaml; describe the indication there` });
        continue;
      }
      const checkEnd = (endId: string, field: 'from' | 'to', allowed: readonly EntityKind[]): boolean => {
        const entity = entityById.get(endId);
        if (!entity) {
          issues.push({ ...at, field, message: `unknown entity "${endId}"` });
          return false;
        }
        if (!allowed.includes(entity.kind)) {
          issues.push({
            ...at,
            field,
            message: `"${endId}" is a ${entity.kind}; ${value.type} ${field === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}`,
          });
          return false;
        }
        return true;
      };
      for (const [field, allowedTypes] of Object.entries(TYPED_FIELDS)) {
        if (value[field as keyof typeof value] !== undefined && !allowedTypes.includes(value.type)) {
          issues.push({ ...at, field, message: `only allowed on ${allowedTypes.join(' and ')}` });
        }
      }
      if (value.type === 'PREDICTS_RESPONSE_TO' && !value.effect) {
        issues.push({ ...at, field: 'effect', message: 'required on PREDICTS_RESPONSE_TO (POSITIVE or NEGATIVE)' });
      }
      const evidence = parseEvidence(value.evidence, fileLabel, label);
      const froms = Array.isArray(value.from) ? value.from : [value.from];
      const tos = Array.isArray(value.to) ? value.to : [value.to];
      if (value.type === 'HAS_ADVERSE_EVENT') {
        checkAdverseEvent(value, evidence, froms, at);
      }
      if (value.type === 'TREATS') {
        for (const from of froms) {
          if (holders.has(from) && options.allowLegacyTreats) {
            droppedTreats += tos.length;
          } else if (holders.has(from)) {
            issues.push({
              ...at,
              field: 'from',
              message: `"${from}" has indications in seed/indications/: its TREATS edges are derived from them; delete this hand-written TREATS`,
            });
          }
        }
      }
      const properties: Record<string, string | number | boolean> = {};
      for (const key of RELATION_PROPERTY_KEYS) {
        const v = value[key as keyof typeof value];
        if (v !== undefined) properties[key] = v as string | number | boolean;
      }
      const validFroms = froms.filter((f) => checkEnd(f, 'from', spec.from) && !(value.type === 'TREATS' && holders.has(f)));
      const validTos = tos.filter((t) => checkEnd(t, 'to', spec.to));
      for (const from of validFroms) {
        for (const to of validTos) {
          const relationshipId = `${from}:${value.type}:${to}`;
          if (from === to) {
            issues.push({ ...at, field: 'to', message: `"${from}" cannot relate to itself` });
          } else if (relationshipIds.has(relationshipId)) {
            issues.push({ ...at, field: 'to', message: `duplicate relationship ${relationshipId}` });
          } else {
            relationshipIds.add(relationshipId);
            relations.push({ id: relationshipId, type: value.type, from, to, evidence, properties });
            if (value.type === 'TREATS') handWrittenTreats += 1;
          }
        }
      }
    }
  }

  function checkAdverseEvent(
    value: z.infer<typeof relationshipSchema>,
    evidence: EvidenceRef[],
    froms: string[],
    at: { file: string; record: string },
  ): void {
    if (!value.labelSection) {
      issues.push({ ...at, field: 'labelSection', message: 'required on HAS_ADVERSE_EVENT: the label section that warns of it ("5.1")' });
    }
    const fromClass = froms.some((f) => entityById.get(f)?.kind === 'TherapyClass');
    const accepted = fromClass ? ['REGULATORY_LABEL', 'REGULATORY_NOTICE'] : ['REGULATORY_LABEL'];
    if (!evidence.some((e) => accepted.includes(sourceById.get(e.sourceId)?.kind ?? ''))) {
      issues.push({
        ...at,
        field: 'evidence',
        message: `HAS_ADVERSE_EVENT cites a ${accepted.join(' or ')} source (e.g. "label-<brand>#5.1")`,
      });
    }
    if (
      value.frequencyPercent !== undefined &&
      value.grade3PlusPercent !== undefined &&
      value.grade3PlusPercent > value.frequencyPercent
    ) {
      issues.push({ ...at, field: 'grade3PlusPercent', message: `cannot exceed frequencyPercent (${value.frequencyPercent})` });
    }
  }

  // Derived TREATS: label holder → disease, from the indications.
  relations.push(...deriveTreats(context, expanded.indications));

  // Therapy development stage: defaults from indications (and, during the transition, hand-written TREATS/PREVENTS).
  for (const therapy of entities.filter((e) => e.kind === 'Therapy')) {
    const origin = entityOrigins.get(therapy.id)!;
    const own = expanded.indications.filter((i) => i.therapy === therapy.id);
    const edges = relations.filter((r) => r.from === therapy.id && (r.type === 'TREATS' || r.type === 'PREVENTS'));
    const approved = own.some((i) => i.status === 'APPROVED') || edges.some((r) => r.properties.status === 'APPROVED');
    const stage = therapy.attributes.developmentStage;
    if (stage === 'INVESTIGATIONAL' && own.some((i) => i.status === 'APPROVED')) {
      issues.push({ ...origin, field: 'developmentStage', message: 'INVESTIGATIONAL, but the therapy has an APPROVED indication' });
    }
    if (stage === undefined) {
      if (approved) therapy.attributes.developmentStage = 'APPROVED';
      else if (
        therapy.attributes.maxPhase !== undefined ||
        own.some((i) => i.status === 'INVESTIGATIONAL') ||
        edges.some((r) => r.properties.status === 'INVESTIGATIONAL')
      ) {
        therapy.attributes.developmentStage = 'INVESTIGATIONAL';
      }
    }
    if (therapy.attributes.developmentStopped !== undefined && therapy.attributes.developmentStage === 'APPROVED') {
      // A stopped programme is an investigational agent's state; approved products are withdrawn instead.
      issues.push({ ...origin, field: 'developmentStopped', message: 'only for investigational agents (developmentStage INVESTIGATIONAL)' });
    }
  }

  if (handWrittenTreats > 0) {
    notes.push(`${handWrittenTreats} hand-written TREATS edge(s) loaded for therapies without indications (transition)`);
  }
  if (droppedTreats > 0) {
    notes.push(`${droppedTreats} hand-written TREATS edge(s) of therapies with indications dropped (--allow-legacy-treats; they are errors without it)`);
  }
  const linked = new Set(relations.flatMap((r) => [r.from, r.to]));
  for (const kind of ['Trial', 'Drug', 'AdverseEvent', 'Cytokine'] as const) {
    const orphans = entities.filter((e) => e.kind === kind && !linked.has(e.id)).map((e) => e.id);
    if (orphans.length > 0) {
      notes.push(`${orphans.length} ${kind} entit${orphans.length === 1 ? 'y has' : 'ies have'} no relationship: ${orphans.slice(0, 10).join(', ')}${orphans.length > 10 ? ', …' : ''}`);
    }
  }
  const withoutIndication = entities.filter((e) => e.kind === 'Therapy' && !holders.has(e.id)).length;
  if (withoutIndication > 0) notes.push(`${withoutIndication} therapies have no indication yet`);

  for (const issue of issues) {
    const line = recordLines.get(`${issue.file}\0${issue.record}`);
    if (line !== undefined && issue.line === undefined) issue.line = line;
  }
  return { graph: { sources, entities, relations, ...(info ? { info } : {}) }, issues, notes, labelHolders: [...holders].sort() };
}

/** Validates the seed directory; returns the expanded graph or throws one SeedValidationError listing every problem. */
export function loadSeed(seedDir: string): SeedGraph {
  const { graph, issues } = checkSeed(seedDir);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return graph;
}
