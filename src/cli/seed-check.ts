import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { RELATION_TYPE_NAMES, ENTITY_KINDS } from '../domain/vocabulary';
import { checkSeed, formatIssue } from '../seed/load';

/**
 * `npm run seed:check [dir]`: validate the seed directory without a database. Prints counts per
 * kind and relationship type; exits 1 with the full list of problems when the seed is invalid.
 * `--allow-legacy-treats` drops (with a note) hand-written TREATS of therapies that have
 * indications instead of failing: for curators working before the old TREATS lines are deleted.
 */
function main(): number {
  const args = process.argv.slice(2);
  const allowLegacyTreats = args.includes('--allow-legacy-treats');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--allow-legacy-treats');
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}; usage: npm run seed:check -- [--allow-legacy-treats] [seed-dir]`);
    return 2;
  }
  const dirArg = args.find((a) => !a.startsWith('--'));
  const seedDir = path.resolve(dirArg ?? path.join(PROJECT_ROOT, 'seed'));
  const started = Date.now();
  const { graph, issues, notes } = checkSeed(seedDir, { allowLegacyTreats });
  const count = <T>(items: T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const kinds = count(graph.entities, (e) => e.kind);
  const types = count(graph.relations, (r) => r.type);
  const sourceKinds = count(graph.sources, (s) => s.kind);
  const pad = (name: string) => name.padEnd(22);
  console.log(`seed: ${path.relative(process.cwd(), seedDir) || '.'}${graph.info ? ` (data as of ${graph.info.dataAsOf})` : ''}`);
  console.log(`sources: ${graph.sources.length}  (${[...sourceKinds].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(`entities: ${graph.entities.length}`);
  for (const kind of ENTITY_KINDS) console.log(`  ${pad(kind)}${kinds.get(kind) ?? 0}`);
  console.log(`relationships: ${graph.relations.length}`);
  for (const type of RELATION_TYPE_NAMES) console.log(`  ${pad(type)}${types.get(type) ?? 0}`);
  for (const note of notes) console.log(`note: ${note}`);
  if (issues.length > 0) {
    console.error(`\nINVALID: ${issues.length} problem${issues.length === 1 ? '' : 's'}:`);
    for (const issue of issues) console.error(formatIssue(issue));
    return 1;
  }
  console.log(`\nvalid (${Date.now() - started} ms)`);
  return 0;
}

process.exitCode = main();
