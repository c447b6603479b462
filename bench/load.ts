import { contentHash, readGraphVersion, stampGraphVersion, type GraphVersion } from '../src/db/graph-info';
import type { CypherExecutor } from '../src/db/executor';
import { SYNTHETIC_ORIGIN, SYNTHETIC_SOURCE_ID, type ScaleUpGenerator } from './synthetic';

const BATCH = 5000;

/**
 * Grows the synthetic part of the graph from one scale to a larger one with batched UNWIND
 * statements (CREATE: ids are unique by construction).
 */
export async function growToScale(
  apiExecutor: CypherExecutor,
  generator: ScaleUpGenerator,
  fromScale: number,
  toScale: number,
  progress: (message: string) => void,
): Promise<{ nodes: number; relationships: number; seconds: number; version: GraphVersion }> {
  const started = Date.now();
  const executor = apiExecutor.forMaintenance();
  await executor.write(
    `MERGE (s:Source {id: $id}) SET s.kind = 'DATABASE', s.title = 'Synthetic scale-up generator', s.origin = $origin, s.passages = []`,
    { id: SYNTHETIC_SOURCE_ID, origin: SYNTHETIC_ORIGIN },
  );
  let nodes = 0;
  for (const kind of generator.kinds()) {
    const start = generator.entityCount(kind, fromScale);
    const end = generator.entityCount(kind, toScale);
    for (let i = start; i < end; i += BATCH) {
      const rows = [];
      for (let j = i; j < Math.min(end, i + BATCH); j++) rows.push(generator.entity(kind, j));
      await executor.write(`UNWIND $rows AS row CREATE (n:Entity) SET n = row.props SET n:$(row.kind)`, { rows });
      nodes += rows.length;
    }
  }
  progress(`  ${nodes} synthetic nodes written`);
  let relationships = 0;
  let lastReport = Date.now();
  for (const type of generator.relationTypes()) {
    const start = generator.relationshipCount(type, fromScale);
    const end = generator.relationshipCount(type, toScale);
    const pending = [...generator.relationshipsBetween(type, start, end)];
    for (let i = 0; i < pending.length; i += BATCH) {
      const rows = pending.slice(i, i + BATCH);
      await executor.write(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
         CREATE (a)-[r:$(row.type)]->(b) SET r = row.props`,
        { rows },
      );
      relationships += rows.length;
      if (Date.now() - lastReport > 5000) {
        progress(`  … ${relationships} synthetic relationships`);
        lastReport = Date.now();
      }
    }
  }
  await executor.write('CALL db.awaitIndexes(300)');
  // A new version, so no response cache keeps answering for the smaller graph.
  const previous = await readGraphVersion(executor);
  const version = await stampGraphVersion(
    executor,
    contentHash({ previous: previous?.hash ?? null, generatorSeed: generator.seedNumber, toScale }),
  );
  return { nodes, relationships, seconds: (Date.now() - started) / 1000, version };
}
