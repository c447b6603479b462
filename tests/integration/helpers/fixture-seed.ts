import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import type { CypherExecutor } from '../../../src/db/executor';
import { ENTITY_KINDS, type EntityKind } from '../../../src/domain/vocabulary';
import { DEFAULT_SEED_DIR, loadSeed } from '../../../src/seed';
import type { SeedGraph } from '../../../src/seed/model';
import { searchProperties } from '../../../src/seed/write';

/**
 * The API's fixture seed (tests/fixtures/api-seed): a small invented graph of indications,
 * trials, adverse events and cytokines with exact, hand-checkable answers. It lives beside the
 * real seed in the test database under its own origin, so reseeding the real seed (which removes
 * only what it wrote) leaves it alone, and its fx- ids and made-up names never join the real graph.
 */
export const API_FIXTURE_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'api-seed');
export const API_FIXTURE_ORIGIN = 'api-fixture';

export const loadApiFixture = (): SeedGraph => loadSeed(API_FIXTURE_DIR);

/** Writes the fixture like the seed writer does (same properties, search keys, labels), in one transaction. */
export async function writeApiFixture(executor: CypherExecutor, graph: SeedGraph = loadApiFixture()): Promise<void> {
  const evidence = (refs: Array<{ sourceId: string; locator: string | null }>) => ({
    evidenceSources: refs.map((e) => e.sourceId),
    evidenceLocators: refs.map((e) => e.locator ?? ''),
  });
  const sources = graph.sources.map(({ passages, ...rest }) => ({
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    passages,
    origin: API_FIXTURE_ORIGIN,
  }));
  const entities = graph.entities.map((e) => {
    const brandNames = Array.isArray(e.attributes.brandNames) ? (e.attributes.brandNames as string[]) : [];
    return {
      kind: e.kind,
      props: {
        id: e.id,
        kind: e.kind,
        name: e.name,
        sortName: e.name.toLowerCase(),
        synonyms: e.synonyms,
        xrefs: e.xrefs,
        description: e.description,
        ...e.attributes,
        ...evidence(e.evidence),
        ...searchProperties([e.name, ...brandNames, ...e.synonyms]),
        origin: API_FIXTURE_ORIGIN,
      },
    };
  });
  const relations = graph.relations.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    props: { id: r.id, ...r.properties, ...evidence(r.evidence), origin: API_FIXTURE_ORIGIN },
  }));
  await executor.forMaintenance().writeTransaction(async (tx) => {
    await tx.run('UNWIND $sources AS s MERGE (n:Source {id: s.id}) SET n = s', { sources });
    await tx.run(
      `UNWIND $entities AS e
       MERGE (n:Entity {id: e.props.id})
       SET n = e.props
       REMOVE n:$([k IN $kinds WHERE k <> e.kind])
       SET n:$(e.kind)`,
      { entities, kinds: [...ENTITY_KINDS] },
    );
    await tx.run(
      `UNWIND $relations AS r
       MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
       MERGE (a)-[rel:$(r.type) {id: r.props.id}]->(b)
       SET rel = r.props`,
      { relations },
    );
  });
}

/** How many entities of a kind the test database holds: the real seed's plus the fixture's. */
export function seededCount(kind: EntityKind): number {
  const count = (graph: SeedGraph) => graph.entities.filter((e) => e.kind === kind).length;
  return count(loadSeed(DEFAULT_SEED_DIR)) + count(loadApiFixture());
}
