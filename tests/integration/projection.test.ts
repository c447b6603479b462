import { startBothModes, type BothModes } from './helpers/both-modes';

/**
 * paths and stats fetch what the operation selects (pathsPlan, statsPlan). Each answer is exact,
 * on the API fixture (tests/fixtures/api-seed), and checked against plain resolution, which
 * fetches everything; the statement counts pin what the look-ahead saves.
 */
let modes: BothModes;

beforeAll(async () => {
  modes = await startBothModes();
});

afterAll(async () => {
  await modes.close();
});

async function run(query: string, statements: number) {
  const fast = await modes.ask(query);
  expect(fast.cypherQueries).toBe(statements);
  return fast.data as Record<string, any>;
}

/** fx-gammacel → fx-il-x in two hops, in the fixture: three routes. */
const ROUTES = [
  'fx-gammacel > fx-cytokine-storm > fx-il-x',
  'fx-gammacel > fx-t-cell > fx-il-x',
  'fx-gammacel > fx-t-cell > fx-il-x',
];
const byRoute = (paths: any[]) => [...paths].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('paths', () => {
  it('with only ids selected, answers the routes', async () => {
    const data = await run(
      `{ paths(from: "fx-gammacel", to: "fx-il-x", maxLength: 2) { paths { entities { id } } } }`,
      1,
    );
    expect(data.paths.paths.map((p: any) => p.entities.map((e: any) => e.id).join(' > ')).sort()).toEqual(ROUTES);
  });

  it('with the ends, typed relationship fields, evidence and the graph selected, answers each of them', async () => {
    const data = await run(
      `{ paths(from: "fx-gammacel", to: "fx-il-x", maxLength: 2) {
        from { name ... on Therapy { brandNames expands { mechanism cell { name } } } }
        to { ... on Cytokine { synonyms geneSymbol } }
        paths {
          length
          entities { name ... on AdverseEvent { category } }
          relations {
            id
            ... on HasAdverseEvent { boxedWarning frequencyPercent subject { ... on Therapy { brandNames } } }
            ... on Restrains { mechanism }
            evidence { source { id } locator }
          }
        }
        graph { nodes { id label caption } edges { source target label } }
      } }`,
      // The ends' expands list travels with them; the evidence sources come from the sources loader.
      2,
    );
    const search = data.paths;
    expect(search.from).toEqual({
      name: 'Fx-gammacel',
      brandNames: ['Fxgamma'],
      expands: [{ mechanism: null, cell: { name: 'Fixture effector cell' } }],
    });
    expect(search.to).toEqual({ synonyms: ['FX-ILX'], geneSymbol: 'FXILX' });
    const storm = {
      id: 'fx-gammacel:HAS_ADVERSE_EVENT:fx-cytokine-storm',
      boxedWarning: true,
      frequencyPercent: 72,
      subject: { brandNames: ['Fxgamma'] },
      evidence: [{ source: { id: 'fx-label-gamma' }, locator: '5.1' }],
    };
    const expands = {
      id: 'fx-gammacel:EXPANDS:fx-t-cell',
      evidence: [{ source: { id: 'fx-label-gamma' }, locator: null }],
    };
    const article = [{ source: { id: 'fx-article-one' }, locator: null }];
    const gammacel = { name: 'Fx-gammacel' };
    const cell = { name: 'Fixture effector cell' };
    const ilx = { name: 'Fixture interleukin X' };
    expect(byRoute(search.paths)).toEqual(
      byRoute([
        {
          length: 2,
          entities: [gammacel, { name: 'Fixture cytokine storm', category: 'CYTOKINE_RELEASE' }, ilx],
          relations: [storm, { id: 'fx-cytokine-storm:MEDIATED_BY:fx-il-x', evidence: article }],
        },
        {
          length: 2,
          entities: [gammacel, cell, ilx],
          relations: [expands, { id: 'fx-t-cell:SECRETES:fx-il-x', evidence: article }],
        },
        {
          length: 2,
          entities: [gammacel, cell, ilx],
          relations: [expands, { id: 'fx-il-x:STIMULATES:fx-t-cell', evidence: article }],
        },
      ]),
    );
    const nodes = [...search.graph.nodes].sort((a: any, b: any) => a.id.localeCompare(b.id));
    expect(nodes).toEqual([
      { id: 'fx-cytokine-storm', label: 'Fixture cytokine storm', caption: 'adverse event' },
      { id: 'fx-gammacel', label: 'Fx-gammacel', caption: 'Fxgamma' },
      { id: 'fx-il-x', label: 'Fixture interleukin X', caption: 'cytokine' },
      { id: 'fx-t-cell', label: 'Fixture effector cell', caption: 'immune cell' },
    ]);
    expect(search.graph.edges).toHaveLength(5);
  });

  it('resolves relationship fields below path entities through the loader (one statement per level)', async () => {
    const data = await run(
      `{ paths(from: "fx-gammacel", to: "fx-il-x", maxLength: 2) {
        paths { entities { id ... on ImmuneCell { restrainedBy { from { name } } secretes { cytokine { id } } } } }
      } }`,
      2,
    );
    const cells = data.paths.paths.flatMap((p: any) => p.entities.filter((e: any) => e.id === 'fx-t-cell'));
    expect(cells).toHaveLength(2);
    for (const cell of cells) {
      expect(cell).toEqual({
        id: 'fx-t-cell',
        restrainedBy: [{ from: { name: 'Fixture regulatory cell' } }],
        secretes: [{ cytokine: { id: 'fx-il-x' } }],
      });
    }
  });
});

describe('stats', () => {
  it('gives the same totals with and without the per-label and per-type counts', async () => {
    const totals = await run('{ stats { nodeCount relationshipCount } }', 1);
    const wide = await run(
      '{ stats { nodeCount relationshipCount dataAsOf labels { name count } relationshipTypes { name count } } }',
      1,
    );
    expect(totals.stats).toEqual({ nodeCount: wide.stats.nodeCount, relationshipCount: wide.stats.relationshipCount });
    const labels = Object.fromEntries(wide.stats.labels.map((l: any) => [l.name, l.count]));
    expect(wide.stats.nodeCount).toBe(labels.Entity + labels.Source);
    expect(wide.stats.relationshipTypes.reduce((sum: number, t: any) => sum + t.count, 0)).toBe(
      wide.stats.relationshipCount,
    );
  });

  it('selects only the per-type counts, or only the data date, through fragments', async () => {
    const data = await run(
      `{ a: stats { ...Types } b: stats { dataAsOf } } fragment Types on Stats { relationshipTypes { name count } }`,
      2,
    );
    expect(data.a.relationshipTypes.find((t: any) => t.name === 'MEDIATED_BY').count).toBeGreaterThanOrEqual(1);
    expect(data.b).toEqual({ dataAsOf: '2026-11-27' });
  });

  it('counts per label when an inline fragment with @include selects them, and answers the skipped field as absent', async () => {
    // A plan that missed the labels here would make the resolver fail, not query again.
    const data = await run(
      `{ stats { nodeCount ... on Stats @include(if: true) { labels { name count } } relationshipTypes @skip(if: true) { name } } }`,
      1,
    );
    expect(Object.keys(data.stats)).toEqual(['nodeCount', 'labels']);
    expect(data.stats.labels.find((l: any) => l.name === 'Therapy').count).toBeGreaterThanOrEqual(1);
  });
});

describe('search', () => {
  it('with only ids selected, finds the brand name', async () => {
    const data = await run('{ search(text: "Fxgamma", kinds: [Therapy], first: 3) { entity { id } } }', 1);
    expect(data.search[0]).toEqual({ entity: { id: 'fx-gammacel' } });
  });

  it('with matchedOn and entity fields selected, answers each of them', async () => {
    const data = await run(
      `{ search(text: "Fxgamma", kinds: [Therapy], first: 3) {
        matchedOn kind entity { name ... on Therapy { modality } }
      } }`,
      1,
    );
    expect(data.search[0]).toEqual({
      matchedOn: 'Fxgamma',
      kind: 'Therapy',
      entity: { name: 'Fx-gammacel', modality: 'fixture cell therapy' },
    });
  });
});
