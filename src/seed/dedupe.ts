import fs from 'node:fs';
import path from 'node:path';
import { Document, isSeq, parseDocument } from 'yaml';
import { kindOfEntityFile } from './load';
import { ENTITY_FILE_STEMS } from './model';

/**
 * Merging the copies of shared records at the merge: several curators defined the same Drug,
 * AdverseEvent, Cancer, Biomarker or Cytokine (same id, same kind, same name) — or the same
 * source — each in their own file. The first copy is kept (the file without a suffix when there
 * is one, else the first in load order) and gets the union of the copies' list fields
 * (synonyms, xrefs, evidence, brandNames) and the scalar fields it lacks; the other copies'
 * lines are deleted. Copies that disagree on a scalar field (or on name or kind) are left alone
 * and reported, for a curator to decide.
 */

export interface DedupeChange {
  id: string;
  action: 'merged' | 'conflict';
  kept: string;
  removed: string[];
  detail: string;
}

interface Copy {
  file: string;
  /** Relative path, for messages. */
  label: string;
  line: number;
  kind: string;
  value: Record<string, unknown>;
  start: number;
  end: number;
  baseFile: boolean;
}

const LIST_FIELDS = new Set(['synonyms', 'xrefs', 'evidence', 'brandNames']);
/** Prose whose wording may differ between copies: the kept copy's text stays (dropping words adds no claim). */
const PROSE_FIELDS = new Set(['description', 'population', 'drugClass', 'title', 'citation', 'publisher', 'developmentNote']);

function readCopies(
  seedDir: string,
  files: string[],
  kindOf: (file: string) => string | null,
  isBaseFile: (file: string) => boolean,
): Copy[] {
  const copies: Copy[] = [];
  for (const file of files) {
    const kind = kindOf(file);
    if (!kind) continue;
    const text = fs.readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    if (doc.errors.length > 0 || !isSeq(doc.contents)) continue;
    const values = doc.toJS() as unknown[];
    doc.contents.items.forEach((item, index) => {
      const value = values[index];
      const range = (item as { range?: [number, number, number] } | null)?.range;
      if (!range || !value || typeof value !== 'object' || Array.isArray(value) || typeof (value as { id?: unknown }).id !== 'string') return;
      const start = text.lastIndexOf('\n', range[0] - 1) + 1;
      const endOfLine = text.indexOf('\n', Math.max(range[1] - 1, range[0]));
      copies.push({
        file,
        label: path.relative(seedDir, file),
        line: text.slice(0, start).split('\n').length,
        kind,
        value: value as Record<string, unknown>,
        start,
        end: endOfLine === -1 ? text.length : endOfLine + 1,
        baseFile: isBaseFile(file),
      });
    });
  }
  return copies;
}

/** One line of YAML flow mapping, `- {…}`, for a merged record. */
function flowRecord(value: Record<string, unknown>): string {
  const doc = new Document(value);
  const node = doc.contents as unknown as { flow?: boolean };
  node.flow = true;
  return `- ${doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trim()}\n`;
}

function mergeGroup(copies: Copy[]): { merged: Record<string, unknown>; kept: string[] } | { conflict: string } {
  const kept = copies[0]!;
  const kinds = new Set(copies.map((c) => c.kind));
  if (kinds.size > 1) return { conflict: `different kinds (${[...kinds].join(', ')})` };
  const merged: Record<string, unknown> = { ...kept.value };
  const keptProse = new Set<string>();
  for (const other of copies.slice(1)) {
    for (const [key, value] of Object.entries(other.value)) {
      if (LIST_FIELDS.has(key)) {
        const current = Array.isArray(merged[key]) ? (merged[key] as unknown[]) : [];
        const added = (Array.isArray(value) ? (value as unknown[]) : [value]).filter((v) => !current.some((c) => JSON.stringify(c) === JSON.stringify(v)));
        merged[key] = [...current, ...added];
      } else if (merged[key] === undefined) {
        merged[key] = value;
      } else if (JSON.stringify(merged[key]) !== JSON.stringify(value) && PROSE_FIELDS.has(key)) {
        keptProse.add(key);
      } else if (JSON.stringify(merged[key]) !== JSON.stringify(value)) {
        return { conflict: `${key} differs: ${JSON.stringify(merged[key])} in ${kept.label}:${kept.line}, ${JSON.stringify(value)} in ${other.label}:${other.line}` };
      }
    }
  }
  return { merged, kept: [...keptProse] };
}

export function mergeDuplicateRecords(seedDir: string, write: boolean): DedupeChange[] {
  const listYaml = (dir: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => path.join(dir, f))
      : [];
  const entityCopies = readCopies(
    seedDir,
    listYaml(path.join(seedDir, 'entities')),
    (file) => kindOfEntityFile(path.basename(file)),
    (file) => Object.prototype.hasOwnProperty.call(ENTITY_FILE_STEMS, path.basename(file, '.yaml')),
  );
  const sourceFiles = [path.join(seedDir, 'sources.yaml'), ...listYaml(path.join(seedDir, 'sources'))].filter((f) => fs.existsSync(f));
  const sourceCopies = readCopies(seedDir, sourceFiles, () => 'Source', (file) => path.dirname(file) === seedDir).map((c) => ({ ...c, kind: `Source ${String(c.value.kind)}` }));

  const changes: DedupeChange[] = [];
  const edits = new Map<string, Array<{ start: number; end: number; text: string }>>();
  const edit = (file: string, start: number, end: number, text: string) => edits.set(file, [...(edits.get(file) ?? []), { start, end, text }]);

  for (const copies of [entityCopies, sourceCopies]) {
    const byId = new Map<string, Copy[]>();
    for (const copy of copies) byId.set(String(copy.value.id), [...(byId.get(String(copy.value.id)) ?? []), copy]);
    for (const [id, group] of byId) {
      if (group.length < 2) continue;
      // Keep the curated base file's record when there is one.
      const ordered = [...group.filter((c) => c.baseFile), ...group.filter((c) => !c.baseFile)];
      const kept = ordered[0]!;
      const where = (c: Copy) => `${c.label}:${c.line}`;
      const result = mergeGroup(ordered);
      if ('conflict' in result) {
        changes.push({ id, action: 'conflict', kept: where(kept), removed: [], detail: result.conflict });
        continue;
      }
      edit(kept.file, kept.start, kept.end, flowRecord(result.merged));
      for (const other of ordered.slice(1)) edit(other.file, other.start, other.end, '');
      changes.push({
        id,
        action: 'merged',
        kept: where(kept),
        removed: ordered.slice(1).map(where),
        detail: `${ordered.length} copies${result.kept.length > 0 ? `; kept the ${result.kept.join(', ')} of ${where(kept)} (the others' wording differs)` : ''}`,
      });
    }
  }

  if (write) {
    for (const [file, fileEdits] of edits) {
      let text = fs.readFileSync(file, 'utf8');
      for (const e of fileEdits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
      fs.writeFileSync(file, text);
    }
  }
  return changes;
}
