import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { paragraphNumber, parseCorpus } from '../domain/corpus';
import { RELATION_TYPES, type EntityKind } from '../domain/vocabulary';
import {
  entitySchemas,
  relationSchema,
  sourceSchema,
  type EvidenceRef,
  type SeedEntity,
  type SeedGraph,
  type SeedRelation,
  type SeedSource,
} from './model';

/** Which file under seed/entities holds which kind. */
export const ENTITY_FILES: Record<EntityKind, string> = {
  Therapy: 'therapies.yaml',
  TherapyClass: 'therapy-classes.yaml',
  Checkpoint: 'checkpoints.yaml',
  ImmuneCell: 'immune-cells.yaml',
  Cancer: 'cancers.yaml',
  Antigen: 'antigens.yaml',
  Biomarker: 'biomarkers.yaml',
};

export interface SeedIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(
      `The seed is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues.map((i) => `  - ${i.file} › ${i.record} › ${i.field}: ${i.message}`).join('\n'),
    );
  }
}

const CITATION_FIELDS: Record<string, string> = { status: 'TREATS|PREVENTS', year: 'TREATS|PREVENTS', effect: 'PREDICTS_RESPONSE_TO' };

function recordLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type) : null;
  return `#${index + 1}${id ? ` (${id})` : type ? ` (${type})` : ''}`;
}

/**
 * Reads and validates the whole seed directory; returns the expanded graph or throws one
 * SeedValidationError listing every problem. Nothing here touches the database.
 */
export function loadSeed(seedDir: string): SeedGraph {
  const issues: SeedIssue[] = [];
  const rel = (file: string) => path.relative(seedDir, file) || file;

  function readList(file: string): unknown[] {
    if (!fs.existsSync(file)) {
      issues.push({ file: rel(file), record: '-', field: '-', message: 'file is missing' });
      return [];
    }
    const doc = parseDocument(fs.readFileSync(file, 'utf8'));
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        issues.push({ file: rel(file), record: `line ${error.linePos?.[0]?.line ?? '?'}`, field: '-', message: error.message.split('\n')[0]! });
      }
      return [];
    }
    const value: unknown = doc.toJS();
    if (value == null) return [];
    if (!Array.isArray(value)) {
      issues.push({ file: rel(file), record: '-', field: '-', message: 'expected a YAML list of records' });
      return [];
    }
    return value;
  }

  function parseRecords<S extends z.ZodType>(file: string, schema: S): Array<{ value: z.infer<S>; label: string }> {
    return readList(file).flatMap((raw, index) => {
      const result = schema.safeParse(raw);
      if (result.success) return [{ value: result.data, label: recordLabel(index, raw) }];
      for (const issue of result.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
        issues.push({
          file: rel(file),
          record: recordLabel(index, raw),
          field: issue.path.join('.') || '(record)',
          message: issue.message + keys,
        });
      }
      return [];
    });
  }

  // Sources, with the paragraphs of the document source read from disk.
  const sourcesFile = path.join(seedDir, 'sources.yaml');
  const sources: SeedSource[] = parseRecords(sourcesFile, sourceSchema).map(({ value, label }) => {
    let passages: string[] = [];
    if (value.kind === 'DOCUMENT') {
      const documentPath = value.file ? path.join(seedDir, value.file) : null;
      if (!documentPath || !fs.existsSync(documentPath)) {
        issues.push({ file: rel(sourcesFile), record: label, field: 'file', message: 'a DOCUMENT source needs an existing file' });
      } else {
        passages = parseCorpus(fs.readFileSync(documentPath, 'utf8'));
      }
    }
    return { ...value, passages };
  });
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const seenIds = new Map<string, string>();
  const claimId = (idValue: string, file: string, record: string) => {
    const previous = seenIds.get(idValue);
    if (previous) issues.push({ file, record, field: 'id', message: `duplicate id, already used in ${previous}` });
    else seenIds.set(idValue, `${file} ${record}`);
  };
  sources.forEach((s, i) => claimId(s.id, rel(sourcesFile), recordLabel(i, s)));

  function parseEvidence(refs: string[], file: string, record: string): EvidenceRef[] {
    return refs.map((ref, index) => {
      const hash = ref.indexOf('#');
      const sourceId = hash === -1 ? ref : ref.slice(0, hash);
      const locator = hash === -1 ? null : ref.slice(hash + 1);
      const source = sourceById.get(sourceId);
      const field = `evidence.${index}`;
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

  const entities: SeedEntity[] = [];
  for (const [kind, fileName] of Object.entries(ENTITY_FILES) as Array<[EntityKind, string]>) {
    const file = path.join(seedDir, 'entities', fileName);
    for (const { value, label } of parseRecords(file, entitySchemas[kind])) {
      claimId(value.id, rel(file), label);
      const { id, name, synonyms, xrefs, description, evidence, ...attributes } = value as z.infer<
        (typeof entitySchemas)['Therapy']
      >;
      entities.push({
        kind,
        id,
        name,
        synonyms,
        xrefs,
        description: description ?? null,
        evidence: parseEvidence(evidence, rel(file), label),
        attributes: Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined)) as SeedEntity['attributes'],
      });
    }
  }
  const entityById = new Map(entities.map((e) => [e.id, e]));

  const relations: SeedRelation[] = [];
  const relationIds = new Set<string>();
  const relationsDir = path.join(seedDir, 'relationships');
  const relationFiles = fs.existsSync(relationsDir)
    ? fs.readdirSync(relationsDir).filter((f) => f.endsWith('.yaml')).sort()
    : [];
  for (const fileName of relationFiles) {
    const file = path.join(relationsDir, fileName);
    const fileLabel = rel(file);
    for (const { value, label } of parseRecords(file, relationSchema)) {
      const spec = RELATION_TYPES[value.type];
      const checkEnd = (endId: string, field: 'from' | 'to', allowed: readonly EntityKind[]): boolean => {
        const entity = entityById.get(endId);
        if (!entity) {
          issues.push({ file: fileLabel, record: label, field, message: `unknown entity "${endId}"` });
          return false;
        }
        if (!allowed.includes(entity.kind)) {
          issues.push({
            file: fileLabel,
            record: label,
            field,
            message: `"${endId}" is a ${entity.kind}; ${value.type} ${field === 'from' ? 'starts at' : 'ends at'} ${allowed.join(' or ')}`,
          });
          return false;
        }
        return true;
      };
      for (const [field, allowedTypes] of Object.entries(CITATION_FIELDS)) {
        if (value[field as keyof typeof value] !== undefined && !allowedTypes.split('|').includes(value.type)) {
          issues.push({ file: fileLabel, record: label, field, message: `only allowed on ${allowedTypes.replace('|', ' and ')}` });
        }
      }
      if (value.type === 'PREDICTS_RESPONSE_TO' && !value.effect) {
        issues.push({ file: fileLabel, record: label, field: 'effect', message: 'required on PREDICTS_RESPONSE_TO (POSITIVE or NEGATIVE)' });
      }
      const evidence = parseEvidence(value.evidence, fileLabel, label);
      const froms = Array.isArray(value.from) ? value.from : [value.from];
      const tos = Array.isArray(value.to) ? value.to : [value.to];
      const properties: Record<string, string | number> = {};
      for (const key of ['status', 'year', 'mechanism', 'effect', 'note'] as const) {
        const v = value[key];
        if (v !== undefined) properties[key] = v;
      }
      const validFroms = froms.filter((f) => checkEnd(f, 'from', spec.from));
      const validTos = tos.filter((t) => checkEnd(t, 'to', spec.to));
      for (const from of validFroms) {
        for (const to of validTos) {
          const relationId = `${from}:${value.type}:${to}`;
          if (from === to) {
            issues.push({ file: fileLabel, record: label, field: 'to', message: `"${from}" cannot relate to itself` });
          } else if (relationIds.has(relationId)) {
            issues.push({ file: fileLabel, record: label, field: 'to', message: `duplicate relationship ${relationId}` });
          } else {
            relationIds.add(relationId);
            relations.push({ id: relationId, type: value.type, from, to, evidence, properties });
          }
        }
      }
    }
  }

  if (issues.length > 0) throw new SeedValidationError(issues);
  return { sources, entities, relations };
}
