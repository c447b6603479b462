import { DEFAULT_SEED_DIR, loadSeed } from '../../../src/seed';
import type { SeedGraph } from '../../../src/seed/model';

/**
 * Expected answers read from the real seed files the test database is loaded from, so tests of
 * the API's mechanics do not break each time curators add therapies, indications or identifiers.
 */
let cached: SeedGraph | undefined;
export const realSeed = (): SeedGraph => (cached ??= loadSeed(DEFAULT_SEED_DIR));

/** Ids of the therapies that INHIBIT a checkpoint, sorted. */
export const inhibitorsOf = (checkpoint: string): string[] =>
  realSeed()
    .relations.filter((r) => r.type === 'INHIBITS' && r.to === checkpoint)
    .map((r) => r.from)
    .sort();

/** Ids of the therapies that are members of a class or of any of its subclasses. */
export function membersOfClass(classId: string): string[] {
  const graph = realSeed();
  const classes = new Set([classId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of graph.relations) {
      if (r.type === 'SUBCLASS_OF' && classes.has(r.to) && !classes.has(r.from)) {
        classes.add(r.from);
        grew = true;
      }
    }
  }
  return [
    ...new Set(graph.relations.filter((r) => r.type === 'MEMBER_OF' && classes.has(r.to)).map((r) => r.from)),
  ].sort();
}

/** Names of the entities of a kind in the API's NAME order (case-insensitive, ties by id). */
export function namesInOrder(kind: string): string[] {
  return realSeed()
    .entities.filter((e) => e.kind === kind)
    .sort((a, b) => {
      const x = a.name.toLowerCase();
      const y = b.name.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .map((e) => e.name);
}

/** The xrefs of an entity as the GraphML export joins them. */
export const xrefsOf = (id: string): string[] => realSeed().entities.find((e) => e.id === id)?.xrefs ?? [];
