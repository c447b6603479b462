import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../domain/vocabulary';
import { mergeDuplicateRecords } from '../seed/dedupe';
import { dropLegacyTreats } from '../seed/legacy';
import { checkSeed, formatIssue } from '../seed/load';

const USAGE =
  'usage: npm run seed:check -- [--allow-legacy-treats | --drop-legacy-treats] [--merge-duplicates] [seed-dir]';
const OPTIONS = ['--allow-legacy-treats', '--drop-legacy-treats', '--merge-duplicates'];

/**
 * `npm run seed:check [dir]`: validate the seed directory without a database. Prints counts per
 * kind and relationship type; exits 1 with the full list of problems when the seed is invalid.
 * `--allow-legacy-treats` drops (with a note) hand-written TREATS of therapies that have
 * indications instead of failing: for curators working before the old TREATS lines are deleted.
 * `--drop-legacy-treats` deletes those records from seed/relationships/*.yaml (for the merge),
 * then checks. `--merge-duplicates` merges identical copies of shared records (same id, kind and
 * name; see src/seed/dedupe.ts) in the files, then checks.
 */
function main(): number {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a.startsWith('-') && !OPTIONS.includes(a));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}; ${USAGE}`);
    return 2;
  }
  const dirArg = args.find((a) => !a.startsWith('-'));
  const seedDir = path.resolve(dirArg ?? path.join(PROJECT_ROOT, 'seed'));
  const started = Date.now();

  if (args.includes('--merge-duplicates')) {
    const changes = mergeDuplicateRecords(seedDir, true);
    for (const c of changes) {
      console.log(
        c.action === 'merged'
          ? `merged ${c.id}: kept ${c.kept}, deleted ${c.removed.join(', ')} (${c.detail})`
          : `CONFLICT ${c.id} (${c.kept}): ${c.detail} — merge by hand`,
      );
    }
    console.log(
      `${changes.filter((c) => c.action === 'merged').length} duplicate record(s) merged, ${changes.filter((c) => c.action === 'conflict').length} left for hand merging\n`,
    );
  }

  if (args.includes('--drop-legacy-treats')) {
    const before = checkSeed(seedDir, { allowLegacyTreats: true });
    const changes = dropLegacyTreats(seedDir, new Set(before.labelHolders), true);
    for (const c of changes) console.log(`${c.action}: ${c.file}:${c.line}  ${c.text}`);
    console.log(`${changes.filter((c) => c.action === 'deleted').length} hand-written TREATS record(s) deleted\n`);
  }

  const { graph, issues, notes } = checkSeed(seedDir, { allowLegacyTreats: args.includes('--allow-legacy-treats') });
  const count = <T>(items: T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const kinds = count(graph.entities, (e) => e.kind);
  const types = count(graph.relations, (r) => r.type);
  const sourceKinds = count(graph.sources, (s) => s.kind);
  const pad = (name: string) => name.padEnd(22);
  console.log(
    `seed: ${path.relative(process.cwd(), seedDir) || '.'}${graph.info ? ` (data as of ${graph.info.dataAsOf})` : ''}`,
  );
  console.log(`sources: ${graph.sources.length}  (${[...sourceKinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(`entities: ${graph.entities.length}`);
  for (const kind of ENTITY_KINDS) console.log(`  ${pad(kind)}${kinds.get(kind) ?? 0}`);
  console.log(`relationships: ${graph.relations.length}`);
  for (const type of RELATION_TYPE_NAMES) console.log(`  ${pad(type)}${types.get(type) ?? 0}`);
  console.log('identifiers (entities with at least one / per prefix):');
  for (const kind of ENTITY_KINDS) {
    const ofKind = graph.entities.filter((e) => e.kind === kind);
    if (ofKind.length === 0) continue;
    const withAny = ofKind.filter((e) => e.xrefs.length > 0).length;
    const prefixes = count(
      ofKind.flatMap((e) => [...new Set(e.xrefs.map((x) => x.slice(0, x.indexOf(':'))))]),
      (p) => p,
    );
    const detail = [...prefixes]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([p, n]) => `${p} ${n}`)
      .join(', ');
    console.log(`  ${pad(kind)}${withAny}/${ofKind.length}${detail ? `  (${detail})` : ''}`);
  }
  const trials = graph.entities.filter((e) => e.kind === 'Trial');
  if (trials.length > 0) {
    const sourceById = new Map(graph.sources.map((s) => [s.id, s]));
    const publications = trials.map((t) => sourceById.get(String(t.attributes.publicationId)));
    console.log(
      `  ${pad('Trial fields')}nctId ${trials.filter((t) => t.attributes.nctId).length}/${trials.length}, ` +
        `publication with pmid ${publications.filter((p) => p?.pmid).length}/${trials.length}, with doi ${publications.filter((p) => p?.doi).length}/${trials.length}`,
    );
  }
  for (const note of notes) console.log(`note: ${note}`);
  if (issues.length > 0) {
    // One stream, so the report reads in order when piped.
    console.log(`\nINVALID: ${issues.length} problem${issues.length === 1 ? '' : 's'}:`);
    for (const issue of issues) console.log(formatIssue(issue));
    return 1;
  }
  console.log(`\nvalid (${Date.now() - started} ms)`);
  return 0;
}

process.exitCode = main();
