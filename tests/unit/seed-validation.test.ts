import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED_DIR, loadSeed, SeedValidationError } from '../../src/seed';

const MINIMAL = path.join(__dirname, 'fixtures', 'minimal-seed');

/** A copy of the named fixture with one file rewritten. */
function variant(fixture: string, file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-fixture-'));
  fs.cpSync(fixture, dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return dir;
}

function issuesOf(dir: string) {
  try {
    loadSeed(dir);
  } catch (e) {
    if (e instanceof SeedValidationError) return e.issues;
    throw e;
  }
  throw new Error('expected the seed to be rejected');
}

describe('the curated seed', () => {
  const graph = loadSeed(DEFAULT_SEED_DIR);

  it('is valid and above the floor of 150 nodes and 400 relationships', () => {
    expect(graph.entities.length + graph.sources.length).toBeGreaterThanOrEqual(150);
    expect(graph.relations.length).toBeGreaterThanOrEqual(400);
  });

  it('cites every paragraph of the source document', () => {
    const cited = new Set(
      [...graph.entities, ...graph.relations]
        .flatMap((r) => r.evidence)
        .filter((e) => e.sourceId === 'overview')
        .map((e) => e.locator),
    );
    expect([...cited].sort()).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5', '¶6', '¶7', '¶8']);
  });

  it('gives every entity and relationship at least one source', () => {
    expect(graph.entities.every((e) => e.evidence.length > 0)).toBe(true);
    expect(graph.relations.every((r) => r.evidence.length > 0)).toBe(true);
  });
});

describe('seed validation', () => {
  it('accepts the minimal fixture and expands list endpoints', () => {
    const graph = loadSeed(MINIMAL);
    expect(graph.relations.map((r) => r.id).sort()).toEqual([
      'drug-a:INHIBITS:pd-1',
      'drug-a:TREATS:melanoma',
      'drug-b:INHIBITS:pd-1',
    ]);
    expect(graph.sources.find((s) => s.id === 'doc')!.passages).toHaveLength(2);
  });

  it('names file, record and field of an unknown field', () => {
    const dir = variant(MINIMAL, 'entities/therapies.yaml', (t) =>
      t.replace('modality: antibody', 'modality: antibody, colour: blue'),
    );
    expect(issuesOf(dir)).toContainEqual({
      file: path.join('entities', 'therapies.yaml'),
      line: 1,
      record: '#1 (drug-a)',
      field: '(record)',
      message: expect.stringContaining('colour'),
    });
  });

  it('rejects an endpoint of the wrong kind, an unknown source and a paragraph out of range', () => {
    const dir = variant(
      MINIMAL,
      'relationships/all.yaml',
      (t) =>
        t +
        '- {type: INHIBITS, from: drug-a, to: melanoma, evidence: [nowhere]}\n- {type: TREATS, from: drug-b, to: melanoma, evidence: ["doc#¶3"]}\n',
    );
    const issues = issuesOf(dir);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          record: '#3 (INHIBITS)',
          field: 'to',
          message: expect.stringContaining('is a Cancer'),
        }),
        expect.objectContaining({ record: '#3 (INHIBITS)', field: 'evidence.0', message: 'unknown source "nowhere"' }),
        expect.objectContaining({
          record: '#4 (TREATS)',
          field: 'evidence.0',
          message: expect.stringContaining('doc#¶1..¶2'),
        }),
      ]),
    );
  });

  it('rejects duplicate ids and duplicate relationships', () => {
    const dir = variant(MINIMAL, 'entities/cancers.yaml', (t) => t + t.replace(/^#.*$/m, ''));
    expect(issuesOf(dir)).toContainEqual(
      expect.objectContaining({ field: 'id', message: expect.stringMatching(/duplicate id/) }),
    );
  });

  it('reports YAML syntax errors with a line', () => {
    const dir = variant(MINIMAL, 'sources.yaml', (t) => t + '\n- {id: broken, kind: ARTICLE\n');
    expect(issuesOf(dir)[0]).toMatchObject({ file: 'sources.yaml', record: expect.stringMatching(/^line \d+/) });
  });
});
