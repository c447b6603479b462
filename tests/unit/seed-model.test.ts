import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED_DIR, loadSeed } from '../../src/seed';
import { mergeDuplicateRecords } from '../../src/seed/dedupe';
import { dropLegacyTreats } from '../../src/seed/legacy';
import { checkSeed, kindOfEntityFile, type SeedIssue } from '../../src/seed/load';
import { XREF_PATTERNS, xrefProblem } from '../../src/seed/model';

/** A sample of every new format (illustrative facts, not curated ones). */
const SAMPLE = path.join(__dirname, 'fixtures', 'indications-seed');

type Edit = string | ((text: string) => string) | null;

/** A copy of `fixture` with files replaced, edited (function), added or deleted (null). */
function variant(fixture: string, edits: Record<string, Edit>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-model-'));
  fs.cpSync(fixture, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) {
      fs.rmSync(target);
    } else if (typeof edit === 'string') {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, edit);
    } else {
      fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
    }
  }
  return dir;
}

const INDICATIONS = 'indications/sample.yaml';
const RELATIONSHIPS = 'relationships/adverse-events-sample.yaml';

/** The sample with one more indication record appended (YAML flow mapping). */
const withIndication = (record: string) => variant(SAMPLE, { [INDICATIONS]: (t) => `${t}- ${record}\n` });
const withRelationship = (record: string) => variant(SAMPLE, { [RELATIONSHIPS]: (t) => `${t}- ${record}\n` });

/** A valid approved FDA indication of drug-a for nsclc; fields override or (undefined) drop. */
function approved(overrides: Record<string, string | undefined> = {}): string {
  const fields: Record<string, string | undefined> = {
    id: 'drug-a-nsclc-extra',
    therapy: 'drug-a',
    disease: 'nsclc',
    line: 'SECOND_LINE_OR_LATER',
    setting: 'ADJUVANT',
    agency: 'FDA',
    status: 'APPROVED',
    approvalDate: '"2022-01-01"',
    labelSection: '"1.4"',
    evidence: '["label-alphamab#1.4"]',
    ...overrides,
  };
  return `{${Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}}`;
}

function issues(dir: string, options = {}): SeedIssue[] {
  return checkSeed(dir, options).issues;
}

/** The one issue expected, matched on its field and (part of) its message. */
function expectIssue(dir: string, field: string, message: string | RegExp): SeedIssue {
  const found = issues(dir);
  const match = found.find(
    (i) => i.field === field && (typeof message === 'string' ? i.message.includes(message) : message.test(i.message)),
  );
  if (!match)
    throw new Error(
      `expected an issue on ${field} matching ${String(message)}; got:\n${JSON.stringify(found, null, 2)}`,
    );
  return match;
}

describe('the sample of every new format', () => {
  const report = checkSeed(SAMPLE);
  const graph = report.graph;
  const entity = (id: string) => graph.entities.find((e) => e.id === id)!;
  const relation = (id: string) => graph.relations.find((r) => r.id === id);

  it('is valid', () => {
    expect(report.issues).toEqual([]);
  });

  it('reads graph.yaml, sources/*.yaml and entities/<stem>-<suffix>.yaml', () => {
    expect(graph.info).toEqual({ dataAsOf: '2026-11-27', title: expect.stringContaining('sample') });
    expect(graph.sources.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['REGULATORY_LABEL', 'ARTICLE', 'REGULATORY_NOTICE', 'WEB_PAGE']),
    );
    expect(graph.sources.find((s) => s.id === 'jones-2021')!.pmid).toBe('12345678');
    expect(entity('drug-c').kind).toBe('Therapy');
    expect(entity('il-6').kind).toBe('Cytokine');
    expect(entity('carboplatin')).toMatchObject({ kind: 'Drug', attributes: { drugClass: 'platinum chemotherapy' } });
    expect(entity('cytokine-release-syndrome')).toMatchObject({
      kind: 'AdverseEvent',
      attributes: { immuneRelated: true, category: 'CYTOKINE_RELEASE' },
    });
  });

  it("stores a trial's publication as publicationId", () => {
    expect(entity('trial-a-001')).toMatchObject({
      kind: 'Trial',
      attributes: { nctId: 'NCT01234567', phase: 'PHASE_3', publicationId: 'smith-2020' },
    });
    expect(entity('trial-a-001').attributes).not.toHaveProperty('publication');
  });

  it('makes an Indication node with derived regimen and computed name', () => {
    expect(entity('drug-a-nsclc-1l-combo-pdl1')).toMatchObject({
      kind: 'Indication',
      name: 'Drug A + Carboplatin + Paclitaxel — Non-small cell lung cancer (first line; PD-L1 expression ≥ 1% TPS; no EGFR or ALK aberration)',
      attributes: {
        agency: 'FDA',
        status: 'APPROVED',
        line: 'FIRST_LINE',
        setting: 'METASTATIC',
        regimen: 'COMBINATION',
        approvalDate: '2020-01-02',
        labelSection: '1.2',
        pathway: 'REGULAR',
      },
      evidence: [{ sourceId: 'label-alphamab', locator: '1.2' }],
    });
    expect(entity('drug-a-melanoma-1l-mono').attributes.regimen).toBe('MONOTHERAPY');
    expect(entity('drug-a-melanoma-1l-mono-ema').name).toBe(
      'Drug A — Melanoma (unresectable or metastatic; first line) [EMA]',
    );
    expect(entity('drug-b-nsclc-2l-mono').attributes).toMatchObject({
      status: 'WITHDRAWN',
      withdrawalDate: '2021-03-08',
      withdrawalReason: expect.stringContaining('confirmatory'),
    });
  });

  it("writes the indication edges, each citing the indication's evidence", () => {
    const evidence = [{ sourceId: 'label-alphamab', locator: '1.2' }];
    expect(relation('drug-a:HAS_INDICATION:drug-a-nsclc-1l-combo-pdl1')).toMatchObject({ from: 'drug-a', evidence });
    expect(relation('drug-a-nsclc-1l-combo-pdl1:INDICATED_FOR:nsclc')).toMatchObject({ evidence });
    expect(relation('drug-a-nsclc-1l-combo-pdl1:COMBINED_WITH:carboplatin')).toMatchObject({
      properties: {},
      evidence,
    });
    expect(relation('drug-a-nsclc-1l-combo-pdl1:COMBINED_WITH:paclitaxel')!.properties).toEqual({
      note: 'either paclitaxel or nab-paclitaxel',
    });
    expect(relation('drug-a-nsclc-1l-combo-pdl1:REQUIRES_BIOMARKER:pd-l1-expression')!.properties).toEqual({
      role: 'INCLUSION',
      operator: 'GTE',
      threshold: 1,
      unit: '% TPS',
      assay: 'FDA-approved test',
    });
    expect(relation('drug-a-nsclc-1l-combo-pdl1:REQUIRES_BIOMARKER:egfr-alk-aberration')!.properties).toEqual({
      role: 'EXCLUSION',
      operator: 'PRESENT',
    });
    expect(relation('drug-a-melanoma-1l-mono:SUPPORTED_BY:trial-a-001')).toMatchObject({
      evidence: [
        { sourceId: 'label-alphamab', locator: '1.1' },
        { sourceId: 'smith-2020', locator: null },
      ],
    });
  });

  it('derives TREATS from the indications: status, earliest year, union of evidence, note', () => {
    expect(relation('drug-a:TREATS:melanoma')).toMatchObject({
      properties: { status: 'APPROVED', year: 2019, note: 'derived from 2 indications' },
      evidence: [
        { sourceId: 'label-alphamab', locator: '1.1' },
        { sourceId: 'smith-2020', locator: null },
        { sourceId: 'label-alphamab', locator: '4.1' },
      ],
    });
    expect(relation('drug-b:TREATS:nsclc')!.properties).toEqual({
      status: 'WITHDRAWN',
      year: 2016,
      note: 'derived from 1 indication',
    });
    expect(relation('drug-c:TREATS:melanoma')!.properties).toEqual({
      status: 'INVESTIGATIONAL',
      note: 'derived from 1 indication',
    });
    // Partners are not label holders: no TREATS from them.
    expect(graph.relations.filter((r) => r.type === 'TREATS' && r.from === 'carboplatin')).toEqual([]);
    // A hand-written TREATS of a therapy without indications still loads (transition).
    expect(relation('drug-d:TREATS:nsclc')!.properties).toEqual({ status: 'INVESTIGATIONAL' });
  });

  it('prefers APPROVED over WITHDRAWN over INVESTIGATIONAL in a derived TREATS', () => {
    const dir = withIndication(
      '{id: drug-b-nsclc-1l, therapy: drug-b, disease: nsclc, line: FIRST_LINE, setting: METASTATIC, agency: FDA, status: APPROVED, approvalDate: "2023-05", labelSection: "1.1", evidence: ["label-betamab#1.1"]}',
    );
    const treats = loadSeed(dir).relations.find((r) => r.id === 'drug-b:TREATS:nsclc')!;
    expect(treats.properties).toEqual({ status: 'APPROVED', year: 2016, note: 'derived from 2 indications' });
  });

  it('sets the therapy development stage', () => {
    expect(entity('drug-a').attributes.developmentStage).toBe('APPROVED');
    expect(entity('drug-c').attributes).toMatchObject({
      developmentStage: 'INVESTIGATIONAL',
      maxPhase: 3,
      developmentStopped: true,
    });
    expect(entity('drug-b').attributes.developmentStage).toBeUndefined();
  });

  it('loads the new relationship properties', () => {
    expect(relation('drug-a:HAS_ADVERSE_EVENT:cytokine-release-syndrome')!.properties).toEqual({
      boxedWarning: true,
      labelSection: '5.1',
      frequencyPercent: 72,
      grade3PlusPercent: 0.6,
    });
    expect(relation('cytokine-release-syndrome:MEDIATED_BY:il-6')).toBeDefined();
    expect(relation('carboplatin:TESTED_IN:trial-a-001')).toBeDefined();
  });
});

describe('the real seed', () => {
  it('is valid as it stands, with no transition flag', () => {
    expect(issues(DEFAULT_SEED_DIR)).toEqual([]);
  });

  describe('with a hand-written TREATS added for a therapy that has indications', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-legacy-treats-'));
    fs.cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    fs.appendFileSync(
      path.join(dir, 'relationships', 'indications.yaml'),
      '\n- {type: TREATS, from: pembrolizumab, to: melanoma, status: APPROVED, evidence: [label-keytruda]}\n',
    );

    it('rejects it, naming the therapy', () => {
      const found = issues(dir);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ file: path.join('relationships', 'indications.yaml'), field: 'from' });
      expect(found[0]!.message).toContain('"pembrolizumab" has indications');
    });

    it('drops it with a note under allowLegacyTreats, keeping the derived edge', () => {
      const report = checkSeed(dir, { allowLegacyTreats: true });
      expect(report.issues).toEqual([]);
      expect(report.notes.join('\n')).toMatch(/1 hand-written TREATS edge\(s\) of therapies with indications dropped/);
      const treats = report.graph.relations.find((r) => r.id === 'pembrolizumab:TREATS:melanoma');
      expect(treats?.properties.note).toMatch(/^derived from \d+ indications?$/);
    });
  });
});

describe('seed layout', () => {
  it('maps a file name to its kind by stem', () => {
    expect(kindOfEntityFile('therapies.yaml')).toBe('Therapy');
    expect(kindOfEntityFile('therapies-cell.yaml')).toBe('Therapy');
    expect(kindOfEntityFile('therapy-classes.yaml')).toBe('TherapyClass');
    expect(kindOfEntityFile('trials-cpi-a.yaml')).toBe('Trial');
    expect(kindOfEntityFile('adverse-events-ab.yaml')).toBe('AdverseEvent');
    expect(kindOfEntityFile('drugs.yaml')).toBe('Drug');
    expect(kindOfEntityFile('indications.yaml')).toBeNull();
    expect(kindOfEntityFile('therapiesx.yaml')).toBeNull();
  });

  it('rejects an entity file whose name names no kind', () => {
    const dir = variant(SAMPLE, { 'entities/medicines-x.yaml': '- {id: x, name: X, evidence: [smith-2020]}\n' });
    expect(issues(dir)).toContainEqual(
      expect.objectContaining({
        file: path.join('entities', 'medicines-x.yaml'),
        message: expect.stringContaining('does not name a kind'),
      }),
    );
  });

  it('reports a duplicate id across files naming both files', () => {
    const dir = variant(SAMPLE, {
      'entities/drugs-other.yaml':
        '- {id: carboplatin, name: Carboplatin, drugClass: platinum chemotherapy, evidence: [smith-2020]}\n',
    });
    const issue = expectIssue(dir, 'id', 'duplicate id "carboplatin"');
    expect(issue.file).toBe(path.join('entities', 'drugs-sample.yaml'));
    expect(issue.message).toContain(`already used in ${path.join('entities', 'drugs-other.yaml')}:1 #1 (carboplatin)`);
    expect(issue.message).toContain('both a Drug named "Carboplatin": keep one record and merge');
  });

  it('tells a clash from a copy', () => {
    const dir = variant(SAMPLE, {
      'entities/cancers-other.yaml':
        '- {id: carboplatin, name: Carbo cancer, category: SOLID, evidence: [smith-2020]}\n',
    });
    expectIssue(dir, 'id', 'a Cancer named "Carbo cancer" there, a Drug named "Carboplatin" here');
  });

  it('reports an indication id that collides with an entity id', () => {
    const dir = withIndication(approved({ id: 'carboplatin' }));
    expect(`${JSON.stringify(issues(dir))}`).toMatch(/duplicate id \\"carboplatin\\".*drugs-sample\.yaml/);
  });

  it('reports a duplicate source id across sources.yaml and sources/*.yaml', () => {
    const dir = variant(SAMPLE, {
      'sources/more.yaml': '- {id: smith-2020, kind: ARTICLE, title: Again, doi: 10.1000/x}\n',
    });
    const issue = expectIssue(dir, 'id', 'duplicate id "smith-2020"');
    // Files are read in name order: the later one is reported, naming the earlier.
    expect(issue.file).toBe(path.join('sources', 'sample.yaml'));
    expect(issue.message).toContain(`${path.join('sources', 'more.yaml')}:1 #1 (smith-2020)`);
    expect(issue.line).toBe(1);
  });

  it('needs graph.yaml with an ISO dataAsOf', () => {
    expect(issues(variant(SAMPLE, { 'graph.yaml': null }))).toContainEqual(
      expect.objectContaining({ file: 'graph.yaml', message: expect.stringContaining('file is missing') }),
    );
    expectIssue(variant(SAMPLE, { 'graph.yaml': 'dataAsOf: 27/11/2026\n' }), 'dataAsOf', 'ISO date');
  });

  it('types the new source fields', () => {
    const dir = variant(SAMPLE, {
      'sources/bad.yaml': [
        '- {id: bad-pmid, kind: ARTICLE, title: T, pmid: "PMC123"}',
        '- {id: bad-revised, kind: REGULATORY_LABEL, title: T, revised: "2025-10"}',
        '- {id: bad-date, kind: REGULATORY_NOTICE, title: T, date: "2021-02-30"}',
        '- {id: bad-kind, kind: PRESS_RELEASE, title: T}',
        '- {id: bad-year, kind: REGULATORY_NOTICE, title: T, year: 2020, date: "2021-03-08"}',
        '',
      ].join('\n'),
    });
    const found = issues(dir);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: '#1 (bad-pmid)', field: 'pmid' }),
        expect.objectContaining({ record: '#2 (bad-revised)', field: 'revised' }),
        expect.objectContaining({ record: '#3 (bad-date)', field: 'date' }),
        expect.objectContaining({ record: '#4 (bad-kind)', field: 'kind' }),
        expect.objectContaining({
          record: '#5 (bad-year)',
          field: 'year',
          message: '2020 disagrees with date 2021-03-08',
        }),
      ]),
    );
  });

  it('formats every issue as file:line › record › field: message', () => {
    const dir = withIndication(approved({ approvalDate: undefined }));
    const line = fs.readFileSync(path.join(dir, INDICATIONS), 'utf8').trimEnd().split('\n').length;
    expect(() => loadSeed(dir)).toThrow(
      `indications/sample.yaml:${line} › #7 (drug-a-nsclc-extra) › approvalDate: required on an APPROVED indication`,
    );
  });

  it('gives the line of each record, also for problems found after all files are read', () => {
    const dir = variant(SAMPLE, {
      'entities/trials-sample.yaml': (t) =>
        `# comment\n\n${t}- {id: trial-x, name: X, phase: PHASE_2, publication: label-alphamab, evidence: [smith-2020]}\n`,
    });
    expect(issues(dir)).toContainEqual(
      expect.objectContaining({
        file: path.join('entities', 'trials-sample.yaml'),
        line: 5,
        record: '#3 (trial-x)',
        field: 'publication',
      }),
    );
  });
});

describe('identifiers', () => {
  const good: Record<keyof typeof XREF_PATTERNS, string> = {
    HGNC: 'HGNC:8760',
    CHEMBL: 'CHEMBL:CHEMBL3137343',
    CL: 'CL:0000084',
    NCIT: 'NCIT:C3224',
    MONDO: 'MONDO:0005105',
    EFO: 'EFO:0000756',
    UniProt: 'UniProt:Q15116',
    Ensembl: 'Ensembl:ENSG00000188389',
    NCBIGene: 'NCBIGene:5133',
    DrugBank: 'DrugBank:DB09037',
    UNII: 'UNII:DPT0O3T46P',
    MedDRA: 'MedDRA:10052015',
    NCT: 'NCT:NCT02142738',
    PMID: 'PMID:27718847',
  };
  const bad: Record<keyof typeof XREF_PATTERNS, string> = {
    HGNC: 'HGNC:PDCD1',
    CHEMBL: 'CHEMBL:3137343',
    CL: 'CL:84',
    NCIT: 'NCIT:3224',
    MONDO: 'MONDO:5105',
    EFO: 'EFO:756',
    UniProt: 'UniProt:q15116',
    Ensembl: 'Ensembl:ENSG188389',
    NCBIGene: 'NCBIGene:PDCD1',
    DrugBank: 'DrugBank:DB9037',
    UNII: 'UNII:DPT0O3T46',
    MedDRA: 'MedDRA:1005201',
    NCT: 'NCT:02142738',
    PMID: 'PMID:0123',
  };

  it.each(Object.keys(XREF_PATTERNS))('%s: accepts a well-formed accession and rejects a malformed one', (prefix) => {
    expect(xrefProblem(good[prefix as keyof typeof good])).toBeNull();
    expect(xrefProblem(bad[prefix as keyof typeof bad])).toMatch(`is not a ${prefix} accession`);
  });

  it('rejects unknown prefixes and xrefs in seed files', () => {
    expect(xrefProblem('OMIM:601744')).toMatch(/unknown identifier prefix "OMIM"/);
    expect(xrefProblem('12345')).toMatch(/PREFIX:ACCESSION/);
    const dir = variant(SAMPLE, {
      'entities/cytokines-sample.yaml': (t) => t.replace('"NCBIGene:3569"', '"NCBIGene:IL6"'),
    });
    expectIssue(dir, 'xrefs.3', 'is not a NCBIGene accession');
  });
});

describe('indication evidence rules', () => {
  it('accepts the baseline record used by the cases below', () => {
    expect(issues(withIndication(approved()))).toEqual([]);
  });

  describe('an APPROVED indication', () => {
    it('needs an approvalDate', () => {
      expectIssue(
        withIndication(approved({ approvalDate: undefined })),
        'approvalDate',
        'required on an APPROVED indication',
      );
    });
    it('needs a labelSection', () => {
      expectIssue(
        withIndication(approved({ labelSection: undefined })),
        'labelSection',
        'required on an APPROVED indication',
      );
    });
    it('cites a REGULATORY_LABEL source with a locator', () => {
      expectIssue(
        withIndication(approved({ evidence: '[label-alphamab]' })),
        'evidence',
        'cites its label with a locator',
      );
      expectIssue(
        withIndication(approved({ evidence: '["smith-2020#p2"]' })),
        'evidence',
        'cites its label with a locator',
      );
    });
    it('needs an agency from the list', () => {
      expectIssue(withIndication(approved({ agency: undefined })), 'agency', /expected one of|Invalid/);
      expectIssue(withIndication(approved({ agency: 'PMDA' })), 'agency', /FDA|Invalid/);
    });
    it('has no withdrawal', () => {
      expectIssue(
        withIndication(approved({ withdrawal: '{date: "2023-01-01", reason: x}' })),
        'withdrawal',
        'only on a WITHDRAWN indication',
      );
    });
  });

  describe('a WITHDRAWN indication', () => {
    const withdrawn = (overrides: Record<string, string | undefined>) =>
      approved({
        status: 'WITHDRAWN',
        evidence: '[fda-2021-03-08-betamab-nsclc]',
        withdrawal: '{date: "2023-02-01", reason: "withdrawn by the sponsor"}',
        ...overrides,
      });

    it('is accepted with date, reason and a notice', () => {
      expect(issues(withIndication(withdrawn({})))).toEqual([]);
    });
    it('needs the withdrawal date and reason', () => {
      expectIssue(
        withIndication(withdrawn({ withdrawal: undefined })),
        'withdrawal.date',
        'required on a WITHDRAWN indication',
      );
      expectIssue(
        withIndication(withdrawn({ withdrawal: '{date: "2023-02-01"}' })),
        'withdrawal.reason',
        'required on a WITHDRAWN indication',
      );
      expectIssue(
        withIndication(withdrawn({ withdrawal: '{reason: x}' })),
        'withdrawal.date',
        'required on a WITHDRAWN indication',
      );
    });
    it('cites a notice, web page or label that states it', () => {
      expectIssue(withIndication(withdrawn({ evidence: '[smith-2020]' })), 'evidence', 'states the withdrawal');
      expect(issues(withIndication(withdrawn({ evidence: '[web-news-betamab]' })))).toEqual([]);
    });
    it('is not withdrawn before it was approved (compared at the coarser precision)', () => {
      expectIssue(
        withIndication(withdrawn({ approvalDate: '"2023-03-01"' })),
        'withdrawal.date',
        'before the approval date 2023-03-01',
      );
      expect(
        issues(withIndication(withdrawn({ approvalDate: '"2023-02"', withdrawal: '{date: "2023-02-01", reason: x}' }))),
      ).toEqual([]);
    });
  });

  describe('an INVESTIGATIONAL indication', () => {
    const investigational = (overrides: Record<string, string | undefined>) =>
      approved({
        status: 'INVESTIGATIONAL',
        approvalDate: undefined,
        labelSection: undefined,
        evidence: '[jones-2021]',
        trials: '[trial-b-002]',
        ...overrides,
      });

    it('is accepted with a trial', () => {
      expect(issues(withIndication(investigational({})))).toEqual([]);
    });
    it('needs a trial', () => {
      expectIssue(withIndication(investigational({ trials: undefined })), 'trials', 'at least one trial');
    });
    it('has no approval date or pathway', () => {
      expectIssue(
        withIndication(investigational({ approvalDate: '"2020-01-01"' })),
        'approvalDate',
        'not on an INVESTIGATIONAL indication',
      );
      expectIssue(
        withIndication(investigational({ pathway: 'REGULAR' })),
        'pathway',
        'not on an INVESTIGATIONAL indication',
      );
    });
  });

  it('rejects an unknown or wrong-kind trial', () => {
    expectIssue(withIndication(approved({ trials: '[no-such-trial]' })), 'trials.0', 'unknown Trial "no-such-trial"');
    expectIssue(
      withIndication(approved({ trials: '[melanoma]' })),
      'trials.0',
      '"melanoma" is a Cancer, expected Trial',
    );
  });

  it('checks dates: ISO YYYY-MM-DD or YYYY-MM, real calendar days', () => {
    expectIssue(withIndication(approved({ approvalDate: '"2020-13-01"' })), 'approvalDate', 'ISO date');
    expectIssue(withIndication(approved({ approvalDate: '"2021-02-29"' })), 'approvalDate', 'ISO date');
    expectIssue(withIndication(approved({ approvalDate: '"2020/01/01"' })), 'approvalDate', 'ISO date');
    expectIssue(withIndication(approved({ approvalDate: '"2020"' })), 'approvalDate', 'ISO date');
    expect(issues(withIndication(approved({ approvalDate: '"2020-02"' })))).toEqual([]);
  });

  it("dates nothing after the graph's dataAsOf", () => {
    expectIssue(
      withIndication(approved({ approvalDate: '"2026-11-28"' })),
      'approvalDate',
      "after the graph's dataAsOf 2026-11-27",
    );
    expectIssue(
      withIndication(
        approved({
          status: 'WITHDRAWN',
          evidence: '[fda-2021-03-08-betamab-nsclc]',
          withdrawal: '{date: "2062-01", reason: x}',
        }),
      ),
      'withdrawal.date',
      "after the graph's dataAsOf",
    );
    expectIssue(
      variant(SAMPLE, { 'sources/late.yaml': '- {id: late, kind: WEB_PAGE, title: T, date: "2027-01"}\n' }),
      'date',
      "after the graph's dataAsOf",
    );
    expect(issues(withIndication(approved({ approvalDate: '"2026-11"' })))).toEqual([]);
  });

  it('needs pathway ACCELERATED for a conversion date, and the conversion after approval', () => {
    expectIssue(
      withIndication(approved({ conversionDate: '"2023-01-01"' })),
      'conversionDate',
      'needs pathway: ACCELERATED',
    );
    expectIssue(
      withIndication(approved({ pathway: 'ACCELERATED', conversionDate: '"2021-01-01"' })),
      'conversionDate',
      'before the approval date',
    );
    expect(issues(withIndication(approved({ pathway: 'ACCELERATED', conversionDate: '"2023-01"' })))).toEqual([]);
  });

  it('checks the holder, disease and partners by kind', () => {
    expectIssue(
      withIndication(approved({ therapy: 'carboplatin' })),
      'therapy',
      '"carboplatin" is a Drug, expected Therapy',
    );
    expectIssue(
      withIndication(approved({ disease: 'tmb-high' })),
      'disease',
      '"tmb-high" is a Biomarker, expected Cancer',
    );
    expectIssue(withIndication(approved({ disease: 'nowhere' })), 'disease', 'unknown Cancer "nowhere"');
    expectIssue(
      withIndication(approved({ partners: '[melanoma]' })),
      'partners.0',
      '"melanoma" is a Cancer, expected Therapy or Drug',
    );
    expectIssue(withIndication(approved({ partners: '[drug-a]' })), 'partners.0', 'is the label holder');
    expectIssue(withIndication(approved({ partners: '[carboplatin, carboplatin]' })), 'partners.1', 'listed twice');
    expect(issues(withIndication(approved({ partners: '[drug-b, carboplatin]' })))).toEqual([]);
  });

  it('ties COMBINATION to partners', () => {
    expectIssue(
      withIndication(approved({ regimen: 'COMBINATION' })),
      'regimen',
      'COMBINATION needs at least one partner',
    );
    expectIssue(
      withIndication(approved({ regimen: 'MONOTHERAPY', partners: '[carboplatin]' })),
      'regimen',
      'MONOTHERAPY cannot have partners',
    );
    expect(issues(withIndication(approved({ regimen: 'COMBINATION', partners: '[carboplatin]' })))).toEqual([]);
  });

  describe('biomarker criteria', () => {
    const criterion = (c: string) => withIndication(approved({ criteria: `[${c}]` }));

    it('are typed: role and operator from their lists', () => {
      expectIssue(
        criterion('{biomarker: tmb-high, role: REQUIRED, operator: POSITIVE}'),
        'criteria.0.role',
        /INCLUSION|Invalid/,
      );
      expectIssue(
        criterion('{biomarker: tmb-high, role: INCLUSION, operator: ">="}'),
        'criteria.0.operator',
        /GTE|Invalid/,
      );
      expectIssue(
        criterion('{biomarker: tmb-high, role: INCLUSION, operator: GTE, threshold: "ten", unit: mut/Mb}'),
        'criteria.0.threshold',
        /number/,
      );
    });
    it('name a known biomarker', () => {
      expectIssue(
        criterion('{biomarker: no-such-marker, role: INCLUSION, operator: POSITIVE}'),
        'criteria.0.biomarker',
        'unknown Biomarker',
      );
      expectIssue(
        criterion('{biomarker: melanoma, role: INCLUSION, operator: POSITIVE}'),
        'criteria.0.biomarker',
        'is a Cancer, expected Biomarker',
      );
    });
    it('give a threshold to comparison operators', () => {
      expectIssue(
        criterion('{biomarker: tmb-high, role: INCLUSION, operator: GTE}'),
        'criteria.0.threshold',
        'GTE compares with a threshold',
      );
      expectIssue(
        criterion('{biomarker: tmb-high, role: INCLUSION, operator: LT, unit: mut/Mb}'),
        'criteria.0.threshold',
        'LT compares with a threshold',
      );
    });
    it('give no threshold to presence operators', () => {
      expectIssue(
        criterion('{biomarker: tmb-high, role: INCLUSION, operator: POSITIVE, threshold: 10, unit: mut/Mb}'),
        'criteria.0.threshold',
        'POSITIVE takes no threshold',
      );
    });
    it('give a unit with a threshold, and a threshold with a unit', () => {
      expectIssue(
        criterion('{biomarker: tmb-high, role: INCLUSION, operator: GTE, threshold: 10}'),
        'criteria.0.unit',
        'a threshold needs a unit',
      );
      expectIssue(
        criterion('{biomarker: tmb-high, role: INCLUSION, operator: PRESENT, unit: mut/Mb}'),
        'criteria.0.unit',
        'belongs to a threshold',
      );
    });
    it('are not listed twice', () => {
      const c = '{biomarker: tmb-high, role: INCLUSION, operator: GTE, threshold: 10, unit: mut/Mb}';
      expectIssue(criterion(`${c}, ${c}`), 'criteria.1', 'listed twice');
    });
    it('may put two criteria on one biomarker (a range), each its own edge', () => {
      const dir = criterion(
        '{biomarker: pd-l1-expression, role: INCLUSION, operator: GTE, threshold: 1, unit: "% TPS"}, {biomarker: pd-l1-expression, role: INCLUSION, operator: LT, threshold: 50, unit: "% TPS"}',
      );
      const ids = loadSeed(dir)
        .relations.filter((r) => r.type === 'REQUIRES_BIOMARKER' && r.from === 'drug-a-nsclc-extra')
        .map((r) => r.id);
      expect(ids).toEqual([
        'drug-a-nsclc-extra:REQUIRES_BIOMARKER:pd-l1-expression',
        'drug-a-nsclc-extra:REQUIRES_BIOMARKER:pd-l1-expression:2',
      ]);
    });
  });

  describe('duplicate indications', () => {
    // The sample already holds drug-a / nsclc / FIRST_LINE / METASTATIC with carboplatin + paclitaxel and two criteria.
    const twin = (overrides: Record<string, string | undefined>) =>
      approved({
        id: 'drug-a-nsclc-twin',
        line: 'FIRST_LINE',
        setting: 'METASTATIC',
        partners: '[paclitaxel, carboplatin]',
        criteria:
          '[{biomarker: egfr-alk-aberration, role: EXCLUSION, operator: PRESENT}, {biomarker: pd-l1-expression, role: INCLUSION, operator: GTE, threshold: 1, unit: "% TPS", assay: "another test"}]',
        ...overrides,
      });

    it('are rejected whatever the order of partners and criteria, naming the first record', () => {
      const issue = expectIssue(withIndication(twin({})), '(record)', 'duplicate indication');
      expect(issue.record).toBe('#7 (drug-a-nsclc-twin)');
      expect(issue.message).toContain('#2 (drug-a-nsclc-1l-combo-pdl1)');
    });
    it.each([
      ['agency', { agency: 'EMA' }],
      ['line', { line: 'SECOND_LINE_OR_LATER' }],
      ['setting', { setting: 'ADJUVANT' }],
      ['partners', { partners: '[carboplatin]' }],
      ['criteria', { criteria: '[{biomarker: egfr-alk-aberration, role: EXCLUSION, operator: PRESENT}]' }],
      ['qualifier', { diseaseQualifier: 'squamous' }],
    ])('differ when the %s differs', (_name, overrides) => {
      expect(issues(withIndication(twin(overrides as Record<string, string>)))).toEqual([]);
    });
  });
});

describe('trials', () => {
  const trial = (publication: string) =>
    variant(SAMPLE, {
      'entities/trials-extra.yaml': `- {id: trial-x, name: X, phase: PHASE_2, publication: ${publication}, evidence: [smith-2020]}\n`,
    });

  it('need a publication', () => {
    const dir = variant(SAMPLE, {
      'entities/trials-extra.yaml': '- {id: trial-x, name: X, phase: PHASE_2, evidence: [smith-2020]}\n',
    });
    expectIssue(dir, 'publication', /expected string|Invalid/);
  });
  it('whose publication is a known source', () => {
    expectIssue(trial('nowhere'), 'publication', 'unknown source "nowhere"');
  });
  it('of kind ARTICLE', () => {
    expectIssue(
      trial('label-alphamab'),
      'publication',
      'must be an ARTICLE source with a doi or pmid (it is a REGULATORY_LABEL)',
    );
  });
  it('with a doi or a pmid', () => {
    const dir = variant(SAMPLE, {
      'entities/trials-extra.yaml':
        '- {id: trial-x, name: X, phase: PHASE_2, publication: bare-article, evidence: [smith-2020]}\n',
      'sources/extra.yaml': '- {id: bare-article, kind: ARTICLE, title: No identifiers}\n',
    });
    expectIssue(dir, 'publication', 'without doi and pmid');
  });
  it('with a typed phase and NCT id', () => {
    const dir = variant(SAMPLE, {
      'entities/trials-extra.yaml':
        '- {id: trial-x, name: X, phase: PHASE_4, nctId: NCT123, publication: smith-2020, evidence: [smith-2020]}\n',
    });
    const found = issues(dir);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'phase' }),
        expect.objectContaining({ field: 'nctId' }),
      ]),
    );
  });
});

describe('hand-written relationships', () => {
  it('reject a TREATS of a therapy that has indications', () => {
    const dir = withRelationship(
      '{type: TREATS, from: drug-a, to: solid-tumour, status: APPROVED, evidence: [smith-2020]}',
    );
    expectIssue(dir, 'from', '"drug-a" has indications in seed/indications/');
    const lenient = checkSeed(dir, { allowLegacyTreats: true });
    expect(lenient.issues).toEqual([]);
    expect(lenient.graph.relations.find((r) => r.id === 'drug-a:TREATS:solid-tumour')!.properties.note).toBe(
      'derived from 1 indication',
    );
  });

  it.each(['HAS_INDICATION', 'INDICATED_FOR', 'COMBINED_WITH', 'REQUIRES_BIOMARKER', 'SUPPORTED_BY'])(
    'reject a hand-written %s',
    (type) => {
      expectIssue(
        withRelationship(`{type: ${type}, from: drug-a, to: melanoma, evidence: [smith-2020]}`),
        'type',
        'written by the loader',
      );
    },
  );

  describe('HAS_ADVERSE_EVENT', () => {
    it('needs a labelSection', () => {
      expectIssue(
        withRelationship(
          '{type: HAS_ADVERSE_EVENT, from: drug-b, to: cytokine-release-syndrome, evidence: ["label-betamab#5.1"]}',
        ),
        'labelSection',
        'required on HAS_ADVERSE_EVENT',
      );
    });
    it('cites a label', () => {
      expectIssue(
        withRelationship(
          '{type: HAS_ADVERSE_EVENT, from: drug-b, to: cytokine-release-syndrome, labelSection: "5.1", evidence: [smith-2020]}',
        ),
        'evidence',
        'cites a REGULATORY_LABEL source',
      );
      // A notice is not a label for a therapy …
      expectIssue(
        withRelationship(
          '{type: HAS_ADVERSE_EVENT, from: drug-b, to: cytokine-release-syndrome, labelSection: "5.1", evidence: [fda-2021-03-08-betamab-nsclc]}',
        ),
        'evidence',
        'cites a REGULATORY_LABEL source',
      );
    });
    it('from a class may cite a class-wide regulatory notice', () => {
      expect(
        issues(
          withRelationship(
            '{type: HAS_ADVERSE_EVENT, from: checkpoint-inhibitor, to: cytokine-release-syndrome, labelSection: "5.1", evidence: [fda-2021-03-08-betamab-nsclc]}',
          ),
        ),
      ).toEqual([]);
    });
    it('types its numbers', () => {
      expectIssue(
        withRelationship(
          '{type: HAS_ADVERSE_EVENT, from: drug-b, to: cytokine-release-syndrome, labelSection: "5.1", frequencyPercent: 10, grade3PlusPercent: 20, evidence: ["label-betamab#5.1"]}',
        ),
        'grade3PlusPercent',
        'cannot exceed frequencyPercent',
      );
      expectIssue(
        withRelationship(
          '{type: HAS_ADVERSE_EVENT, from: drug-b, to: cytokine-release-syndrome, labelSection: "5.1", frequencyPercent: 120, evidence: ["label-betamab#5.1"]}',
        ),
        'frequencyPercent',
        /100|Too big/,
      );
      expectIssue(
        withRelationship(
          '{type: HAS_ADVERSE_EVENT, from: drug-b, to: cytokine-release-syndrome, labelSection: "Warnings", evidence: ["label-betamab#5.1"]}',
        ),
        'labelSection',
        'label section number',
      );
    });
    it('goes from a therapy or class to an adverse event', () => {
      expectIssue(
        withRelationship(
          '{type: HAS_ADVERSE_EVENT, from: carboplatin, to: cytokine-release-syndrome, labelSection: "5.1", evidence: ["label-betamab#5.1"]}',
        ),
        'from',
        'is a Drug; HAS_ADVERSE_EVENT starts at Therapy or TherapyClass',
      );
    });
  });

  it('keep type-specific properties on their types', () => {
    expectIssue(
      withRelationship('{type: TESTED_IN, from: drug-b, to: trial-b-002, boxedWarning: true, evidence: [jones-2021]}'),
      'boxedWarning',
      'only allowed on HAS_ADVERSE_EVENT',
    );
    expectIssue(
      withRelationship('{type: TREATS, from: drug-d, to: melanoma, basis: LABEL, evidence: [jones-2021]}'),
      'basis',
      'only allowed on PREVENTS',
    );
    expect(
      issues(
        withRelationship(
          '{type: PREVENTS, from: drug-d, to: melanoma, status: APPROVED, basis: EPIDEMIOLOGICAL, evidence: [jones-2021]}',
        ),
      ),
    ).toEqual([]);
    expectIssue(
      withRelationship('{type: PREVENTS, from: drug-d, to: melanoma, basis: RUMOUR, evidence: [jones-2021]}'),
      'basis',
      /LABEL|Invalid/,
    );
  });
});

describe('therapy development fields', () => {
  it('reject an INVESTIGATIONAL stage for a therapy with an approved indication', () => {
    const dir = variant(SAMPLE, {
      'entities/therapies.yaml': (t) =>
        t.replace('modality: antibody, xrefs', 'modality: antibody, developmentStage: INVESTIGATIONAL, xrefs'),
    });
    expectIssue(dir, 'developmentStage', 'has an APPROVED indication');
  });
  it('keep developmentStopped for investigational agents', () => {
    const dir = variant(SAMPLE, {
      'entities/therapies.yaml': (t) =>
        t.replace('modality: antibody, xrefs', 'modality: antibody, developmentStopped: true, xrefs'),
    });
    expectIssue(dir, 'developmentStopped', 'only for investigational agents');
  });
  it('type maxPhase as 1..4', () => {
    const dir = variant(SAMPLE, { 'entities/therapies-sample.yaml': (t) => t.replace('maxPhase: 3', 'maxPhase: 5') });
    expectIssue(dir, 'maxPhase', /4|Too big/);
  });
});

describe('dropping legacy TREATS at the merge', () => {
  it('deletes the whole lines of TREATS records of label holders, keeps the rest and reports mixed ones', () => {
    const original = [
      '# header comment stays',
      '- {type: TREATS, from: drug-a, to: [melanoma, nsclc], status: APPROVED, evidence: [smith-2020]}',
      '- {type: TREATS, from: drug-d, to: melanoma, status: INVESTIGATIONAL, evidence: [jones-2021]}',
      '- type: TREATS',
      '  from: drug-b',
      '  to: melanoma',
      '  evidence: [jones-2021]',
      '- {type: TREATS, from: [drug-a, drug-d], to: solid-tumour, evidence: [smith-2020]}',
      '- {type: MEMBER_OF, from: drug-a, to: checkpoint-inhibitor, evidence: [smith-2020]}',
      '',
    ].join('\n');
    const dir = variant(SAMPLE, { 'relationships/legacy.yaml': original });
    const changes = dropLegacyTreats(dir, new Set(['drug-a', 'drug-b', 'drug-c']), true);
    expect(changes.map((c) => [c.line, c.action])).toEqual([
      [2, 'deleted'],
      [4, 'deleted'],
      [8, 'kept (mixed holders; edit by hand)'],
    ]);
    expect(fs.readFileSync(path.join(dir, 'relationships', 'legacy.yaml'), 'utf8')).toBe(
      [
        '# header comment stays',
        '- {type: TREATS, from: drug-d, to: melanoma, status: INVESTIGATIONAL, evidence: [jones-2021]}',
        '- {type: TREATS, from: [drug-a, drug-d], to: solid-tumour, evidence: [smith-2020]}',
        '- {type: MEMBER_OF, from: drug-a, to: checkpoint-inhibitor, evidence: [smith-2020]}',
        '',
      ].join('\n'),
    );
  });
});

describe('merging copies of shared records at the merge', () => {
  it('keeps one copy with the union of list fields, deletes the others, reports conflicts, then validates', () => {
    const dir = variant(SAMPLE, {
      'entities/drugs-x.yaml': [
        '# copies from another curator',
        '- {id: carboplatin, name: Carboplatin, drugClass: platinum-based chemotherapy, synonyms: [CBDCA], evidence: [smith-2020, label-alphamab]}',
        '- {id: docetaxel, name: Docetaxel, evidence: [smith-2020]}',
        '',
      ].join('\n'),
      'entities/adverse-events-x.yaml':
        '- {id: cytokine-release-syndrome, name: Cytokine release syndrome, immuneRelated: true, category: OTHER, evidence: [smith-2020]}\n',
      'entities/cancers-x.yaml':
        '- {id: melanoma, name: Melanoma, category: SOLID, xrefs: ["NCIT:C3224", "MONDO:0005105"], evidence: [jones-2021]}\n',
      'entities/cancers.yaml': (t) =>
        t.replace(
          '- {id: melanoma',
          '- {id: melanoma-base-placeholder, name: Placeholder, category: SOLID, evidence: [smith-2020]}\n- {id: melanoma',
        ),
    });
    expect(issues(dir).filter((i) => i.field === 'id')).toHaveLength(3);
    const changes = mergeDuplicateRecords(dir, true);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'cytokine-release-syndrome',
          action: 'conflict',
          detail: expect.stringContaining('category differs'),
        }),
        expect.objectContaining({
          id: 'carboplatin',
          action: 'merged',
          kept: `${path.join('entities', 'drugs-sample.yaml')}:1`,
          removed: [`${path.join('entities', 'drugs-x.yaml')}:2`],
          detail: expect.stringContaining('kept the drugClass'),
        }),
        // The curated base file (cancers.yaml) keeps its record, though cancers-x.yaml sorts first.
        expect.objectContaining({
          id: 'melanoma',
          action: 'merged',
          kept: `${path.join('entities', 'cancers.yaml')}:2`,
        }),
      ]),
    );
    expect(changes).toHaveLength(3);
    const report = checkSeed(dir);
    expect(report.issues).toEqual([
      expect.objectContaining({
        field: 'id',
        message: expect.stringContaining('duplicate id "cytokine-release-syndrome"'),
      }),
    ]);
    const carboplatin = report.graph.entities.find((e) => e.id === 'carboplatin')!;
    expect(carboplatin).toMatchObject({ synonyms: ['CBDCA'], attributes: { drugClass: 'platinum chemotherapy' } });
    expect(carboplatin.evidence.map((e) => e.sourceId)).toEqual(['label-alphamab', 'smith-2020']);
    expect(report.graph.entities.find((e) => e.id === 'melanoma')!.xrefs).toEqual([
      'NCIT:C3224',
      'MONDO:0005105',
      'EFO:0000756',
    ]);
    expect(fs.readFileSync(path.join(dir, 'entities', 'drugs-x.yaml'), 'utf8')).toBe(
      '# copies from another curator\n- {id: docetaxel, name: Docetaxel, evidence: [smith-2020]}\n',
    );
  });
});
