import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/db/driver';
import { CypherExecutor } from '../../src/db/executor';
import { DEFAULT_SEED_DIR, loadSeed, seedDatabase, SeedValidationError } from '../../src/seed';
import { writeSeed } from '../../src/seed/write';
import { StatsRepository } from '../../src/repositories/stats';
import { readTestConnection } from './test-database';

const connection = readTestConnection();
const driver = createDriver(connection);
const executor = new CypherExecutor(driver, connection.database);
afterAll(() => driver.close());

/** Every node and relationship with all properties, in a stable order. */
async function snapshot(): Promise<string> {
  const [row] = await executor.read<{ nodes: unknown[]; rels: unknown[] }>(`
    CALL () { MATCH (n) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
    CALL () {
      MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.id
      RETURN collect([a.id, type(r), b.id, properties(r)]) AS rels
    }
    RETURN nodes, rels`);
  return JSON.stringify(row);
}

function copySeed(mutate: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  fs.cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  mutate(dir);
  return dir;
}

describe('seed loading', () => {
  it('is idempotent: loading twice leaves exactly the same graph', async () => {
    const before = await snapshot();
    const first = await seedDatabase(executor);
    const afterFirst = await snapshot();
    await seedDatabase(executor);
    const afterSecond = await snapshot();
    expect(afterFirst).toBe(before);
    expect(afterSecond).toBe(afterFirst);
    expect(first.nodes).toBeGreaterThanOrEqual(150);
    expect(first.relationships).toBeGreaterThanOrEqual(400);
  });

  it('rejects a bad seed naming file, record and field, and writes nothing', async () => {
    const before = await snapshot();
    const badDir = copySeed((dir) => {
      const file = path.join(dir, 'relationships', 'mechanisms.yaml');
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8') +
          '\n- {type: INHIBITS, from: pembrolizumab, to: melanoma, evidence: [label-keytruda]}\n' +
          '- {type: TREATS, from: pembrolizumab, to: melanoma-typo, evidence: ["overview#¶99"]}\n',
      );
    });
    let error: unknown;
    try {
      await seedDatabase(executor, { seedDir: badDir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /relationships\/mechanisms\.yaml:\d+ › #\d+ \(INHIBITS\) › to: "melanoma" is a Cancer; INHIBITS ends at Checkpoint/,
    );
    expect(message).toMatch(/› to: unknown entity "melanoma-typo"/);
    expect(message).toMatch(/› evidence\.0: cite a paragraph of "overview" as overview#¶1\.\.¶8/);
    expect(await snapshot()).toBe(before);
  });

  it('writes in one transaction: a failure part-way leaves the graph untouched', async () => {
    const before = await snapshot();
    const graph = loadSeed(DEFAULT_SEED_DIR);
    // A valid-looking graph the database refuses at the entity step (maps are not property values),
    // after the source step has already run inside the same transaction.
    graph.sources.push({ id: 'atomicity-probe', kind: 'ARTICLE', title: 'probe', passages: [] });
    graph.entities[0] = { ...graph.entities[0]!, attributes: { nested: { not: 'allowed' } as unknown as string } };
    await expect(writeSeed(executor, graph)).rejects.toThrow();
    expect(await snapshot()).toBe(before);
  });
});

describe("the graph's data date", () => {
  it('is stored on one GraphInfo node outside the entity graph', async () => {
    const rows = await executor.read<{ labels: string[]; info: Record<string, unknown>; degree: number }>(
      'MATCH (g:GraphInfo) RETURN labels(g) AS labels, properties(g) AS info, COUNT { (g)--() } AS degree',
    );
    expect(rows).toEqual([
      {
        labels: ['GraphInfo'],
        info: expect.objectContaining({ id: 'graph', dataAsOf: loadSeed(DEFAULT_SEED_DIR).info!.dataAsOf }),
        degree: 0,
      },
    ]);
  });

  it('is returned by stats, which counts neither it nor the reseed guard', async () => {
    const stats = await new StatsRepository(executor).stats();
    expect(stats.dataAsOf).toBe(loadSeed(DEFAULT_SEED_DIR).info!.dataAsOf);
    const labels = Object.fromEntries((stats.labels ?? []).map((l) => [l.name, l.count]));
    expect(labels).toHaveProperty('Entity');
    expect(labels).not.toHaveProperty('GraphInfo');
    expect(labels).not.toHaveProperty('ReseedGuard');
    const [row] = await executor.read<{ n: number }>('MATCH (n) WHERE n:Entity OR n:Source RETURN count(n) AS n');
    expect(stats.nodeCount).toBe(row!.n);
    // The totals alone (no per-label counts selected) come from other count queries: same answer.
    const totals = await new StatsRepository(executor).stats({ breakdown: false });
    expect(totals).toEqual({ ...stats, labels: null, relationshipTypes: null });
  });
});
