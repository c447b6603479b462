import { answer } from '../../scripts/differential/compare';
import { startBothModes, type BothModes } from './helpers/both-modes';
import { inhibitorsOf } from './helpers/seed-facts';

/** Bugs the differential test found in the look-ahead, each pinned with exact data. */
let modes: BothModes;

beforeAll(async () => {
  modes = await startBothModes();
});

afterAll(async () => {
  await modes.close();
});

/** The optimised answer, checked against plain resolution and for one statement per root field. */
async function run(query: string, statements = 1) {
  const fast = await modes.ask(query);
  expect(fast.cypherQueries).toBe(statements);
  return fast.data as Record<string, any>;
}

const NIVOLUMAB_DESCRIPTION = 'Anti-PD-1 antibody, used alone or combined with ipilimumab or relatlimab.';
const PD1_INHIBITORS = inhibitorsOf('pd-1');

describe('a relationship field selecting its own end (the parent itself)', () => {
  it('reads the parent\'s properties through from (was: "Cannot return null for non-nullable field Therapy.name")', async () => {
    const data = await run('{ therapy(id: "nivolumab") { id inhibits { from { name description } } } }');
    expect(data).toEqual({
      therapy: { id: 'nivolumab', inhibits: [{ from: { name: 'Nivolumab', description: NIVOLUMAB_DESCRIPTION } }] },
    });
  });

  it('reads them through to on an incoming list, and through the typed end in a fragment on an interface and a union', async () => {
    const viaTo = await run('{ checkpoint(id: "pd-1") { id inhibitedBy { to { name } } } }');
    expect(viaTo).toEqual({
      checkpoint: { id: 'pd-1', inhibitedBy: PD1_INHIBITORS.map(() => ({ to: { name: 'PD-1' } })) },
    });

    const viaFragments = await run(`{ checkpoint(id: "pd-1") { inhibitedBy { ...OwnEnd } } }
      fragment OwnEnd on Inhibits { checkpoint { ... on Entity { name } ... on Protein { ... on Checkpoint { geneSymbol role } } } }`);
    expect(viaFragments.checkpoint.inhibitedBy).toEqual(
      PD1_INHIBITORS.map(() => ({ checkpoint: { name: 'PD-1', geneSymbol: 'PDCD1', role: 'RECEPTOR' } })),
    );
  });

  it("follows the own end's own relationship lists, with arguments (aliases of one field)", async () => {
    const data = await run(`{ therapy(id: "nivolumab") {
      approved: treats(status: APPROVED) { cancer { id } }
      inhibits { checkpoint { id } therapy { name approved: treats(status: APPROVED) { cancer { id } } all: treats { cancer { id } } } }
    } }`);
    const [inhibits] = data.therapy.inhibits;
    expect(inhibits.checkpoint).toEqual({ id: 'pd-1' });
    expect(inhibits.therapy.name).toBe('Nivolumab');
    expect(inhibits.therapy.approved).toEqual(data.therapy.approved);
    expect(inhibits.therapy.approved.map((t: any) => t.cancer.id)).toEqual(
      expect.arrayContaining(['melanoma', 'nsclc', 'rcc', 'hodgkin-lymphoma']),
    );
    expect(inhibits.therapy.all.length).toBeGreaterThanOrEqual(inhibits.therapy.approved.length);
  });

  it('works in connection lists (nodes and edges) and on the far end of a prefetched hop', async () => {
    const data = await run(
      `{
      cancers(filter: {nameContains: "melanoma"}, first: 2) {
        nodes { id subtypes { parent { name } } }
        edges { node { parentTypes { subtype { name } } } }
      }
      therapy(id: "nivolumab") { inhibits { checkpoint { inhibitedBy { checkpoint { name } } } } }
    }`,
      2,
    );
    expect(data.cancers).toEqual({
      nodes: [
        { id: 'melanoma', subtypes: [{ parent: { name: 'Melanoma' } }] },
        { id: 'uveal-melanoma', subtypes: [] },
      ],
      edges: [{ node: { parentTypes: [] } }, { node: { parentTypes: [{ subtype: { name: 'Uveal melanoma' } }] } }],
    });
    expect(data.therapy.inhibits[0].checkpoint.inhibitedBy).toEqual(
      PD1_INHIBITORS.map(() => ({ checkpoint: { name: 'PD-1' } })),
    );
  });
});

describe('plain resolution', () => {
  // Checkpoint inhibitors all inhibit a checkpoint, so every nesting level has rows for 2 and for 20.
  const NESTED = (first: number) =>
    `{ therapies(first: ${first}, filter: {class: "immune-checkpoint-inhibitor"}) { nodes { id inhibits { checkpoint { expressedOn { cell { name } } } } } } }`;

  it('still batches: 2 and 20 parents cost the same number of statements, more than the optimised one', async () => {
    const op = (query: string) => ({ seed: 0, query, variables: {}, relationshipHops: 0 });
    const { plain, optimised } = modes;
    const [few, many, fast] = await Promise.all([
      answer(plain, op(NESTED(2))),
      answer(plain, op(NESTED(20))),
      answer(optimised, op(NESTED(20))),
    ]);
    expect(many.errors).toEqual([]);
    expect(many.cypherQueries).toBe(few.cypherQueries);
    expect(many.cypherQueries).toBe(3); // the page, then one statement per nesting level
    expect(fast.cypherQueries).toBe(1);
    expect(fast.data).toEqual(many.data);
  });
});
