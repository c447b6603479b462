import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

export interface LegacyTreatsChange {
  file: string;
  line: number;
  text: string;
  action: 'deleted' | 'kept (mixed holders; edit by hand)';
}

/**
 * Deletes, from seed/relationships/*.yaml, the hand-written TREATS records whose every `from` is a
 * label holder of indications (their TREATS are derived now). Works on the text: only the
 * record's own lines go; comments and formatting of the rest stay as they are. A record whose
 * `from` list mixes holders and other therapies is left for a curator and reported.
 */
export function dropLegacyTreats(seedDir: string, holders: ReadonlySet<string>, write: boolean): LegacyTreatsChange[] {
  const changes: LegacyTreatsChange[] = [];
  const dir = path.join(seedDir, 'relationships');
  if (!fs.existsSync(dir)) return changes;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    if (doc.errors.length > 0 || !isSeq(doc.contents)) continue;
    const cuts: Array<[number, number]> = [];
    const values = doc.toJS() as unknown[];
    doc.contents.items.forEach((item, index) => {
      const value = values[index] as { type?: unknown; from?: unknown } | null;
      if (!isMap(item) || !item.range || value?.type !== 'TREATS') return;
      const froms = (Array.isArray(value.from) ? value.from : [value.from]).map(String);
      const held = froms.filter((f) => holders.has(f));
      if (held.length === 0) return;
      // The whole lines of the record: from the "- " that opens it to the end of its last line.
      const start = text.lastIndexOf('\n', item.range[0] - 1) + 1;
      const endOfLine = text.indexOf('\n', Math.max(item.range[1] - 1, item.range[0]));
      const end = endOfLine === -1 ? text.length : endOfLine + 1;
      const line = text.slice(0, start).split('\n').length;
      const recordText = text.slice(start, end).trimEnd();
      if (held.length === froms.length) {
        cuts.push([start, end]);
        changes.push({ file: path.relative(seedDir, file), line, text: recordText, action: 'deleted' });
      } else {
        changes.push({ file: path.relative(seedDir, file), line, text: recordText, action: 'kept (mixed holders; edit by hand)' });
      }
    });
    if (write && cuts.length > 0) {
      let next = text;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) next = next.slice(0, start) + next.slice(end);
      fs.writeFileSync(file, next);
    }
  }
  return changes;
}
