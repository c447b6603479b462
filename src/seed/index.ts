import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { CypherExecutor } from '../db/executor';
import { applySchema } from '../db/schema';
import { loadSeed } from './load';
import { writeSeed, type SeedWriteResult } from './write';

export const DEFAULT_SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** Validate everything first, then apply the schema and write in one transaction. */
export async function seedDatabase(
  executor: CypherExecutor,
  options: { seedDir?: string; progress?: (message: string) => void } = {},
): Promise<SeedWriteResult> {
  const progress = options.progress ?? (() => undefined);
  progress(`validating ${path.relative(PROJECT_ROOT, options.seedDir ?? DEFAULT_SEED_DIR) || '.'}`);
  const graph = loadSeed(options.seedDir ?? DEFAULT_SEED_DIR);
  progress(`valid: ${graph.sources.length} sources, ${graph.entities.length} entities, ${graph.relations.length} relationships`);
  progress('applying constraints and indexes');
  await applySchema(executor);
  return writeSeed(executor, graph, progress);
}

export { loadSeed, SeedValidationError } from './load';
