import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import type { CypherExecutor } from '../../../src/db/executor';
import { ENTITY_KINDS, type EntityKind } from '../../../src/domain/vocabulary';
import { DEFAULT_SEED_DIR, loadSeed } from '../../../src/seed';
import type { SeedGraph } from '../../../src/seed/model';
import { seedRows, WRITE_STATEMENTS } from '../../../src/seed/write';

/**
 * The API's fixture seed (tests/fixtures/api-seed): a small invented graph of indications,
 * trials, adverse events and cytokines with exact, hand-checkable answers. It lives beside the
 * real seed in the test database under its own origin, so reseeding the real seed (which removes
 * only what it wrote) leaves it alone, and its fx- ids and made-up names never join the real graph.
 */
export const API_FIXTURE_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'api-seed');
export const API_FIXTURE_ORIGIN = 'api-fixture';

export const loadApiFixture = (): SeedGraph => loadSeed(API_FIXTURE_DIR);

/** Writes the fixture with the seed writer's own rows and statements, under its own origin, in one transaction. */
export async function writeApiFixture(executor: CypherExecutor, graph: SeedGraph = loadApiFixture()): Promise<void> {
  const { sources, entities, relations } = seedRows(graph, API_FIXTURE_ORIGIN);
  await executor.forMaintenance().writeTransaction(async (tx) => {
    await tx.run(WRITE_STATEMENTS.sources, { sources });
    await tx.run(WRITE_STATEMENTS.entities, { entities, kinds: [...ENTITY_KINDS] });
    await tx.run(WRITE_STATEMENTS.relations, { relations });
  });
}

/** How many entities of a kind the test database holds: the real seed's plus the fixture's. */
export function seededCount(kind: EntityKind): number {
  const count = (graph: SeedGraph) => graph.entities.filter((e) => e.kind === kind).length;
  return count(loadSeed(DEFAULT_SEED_DIR)) + count(loadApiFixture());
}
