import { startApi, type TestApi } from './helpers/api';
import { startBothModes, type BothModes } from './helpers/both-modes';

/**
 * Indications, trials, adverse events, cytokines and partner drugs on the API's fixture seed
 * (tests/fixtures/api-seed, invented facts with hand-checked answers). Every answer is compared
 * with plain resolution and must take one Cypher statement per root field.
 */
let modes: BothModes;
let api: TestApi;

beforeAll(async () => {
  modes = await startBothModes();
  api = await startApi();
});

afterAll(async () => {
  await modes.close();
  await api.close();
});

async function run(query: string, statements = 1) {
  const fast = await modes.ask(query);
  expect(fast.cypherQueries).toBe(statements);
  return fast.data as Record<string, any>;
}

/** Ids of the indications list under `filter` (all pages fit in one: the fixture has 8). */
async function indicationIds(filter: string, sort = '') {
  const data = await run(
    `{ indications(filter: ${filter}${sort ? `, sort: ${sort}` : ''}, first: 100) { totalCount nodes { id } } }`,
  );
  expect(data.indications.totalCount).toBe(data.indications.nodes.length);
  return data.indications.nodes.map((n: { id: string }) => n.id);
}

describe('an indication, whole', () => {
  it('has its holder, disease, line, setting, criteria, trials, agency, status and dates', async () => {
    const data = await run(
      `{
      indication(id: "fx-alpha-lung-1l-mono-high") {
        id name diseaseQualifier population line priorTherapy setting regimen agency status pathway
        approvalDate conversionDate withdrawalDate withdrawal { date reason } labelSection note
        therapy { id name } disease { id name }
        partners { __typename }
        criteria { role operator threshold unit assay biomarker { id } evidence { locator source { id } } }
        trials { id name nctId registryUrl phase identifiers { namespace accession url } }
      }
    }`,
      2,
    ); // the root field, then the cited sources
    const i = data.indication;
    expect(i).toMatchObject({
      id: 'fx-alpha-lung-1l-mono-high',
      diseaseQualifier: 'metastatic',
      population: 'adults',
      line: 'FIRST_LINE',
      priorTherapy: null,
      setting: 'METASTATIC',
      regimen: 'MONOTHERAPY',
      agency: 'FDA',
      status: 'APPROVED',
      pathway: 'REGULAR',
      approvalDate: '2016-10-24',
      conversionDate: null,
      withdrawalDate: null,
      withdrawal: null,
      labelSection: '1.1',
      therapy: { id: 'fx-alphazumab', name: 'Fx-alphazumab' },
      disease: { id: 'fx-lung', name: 'Fixture lung carcinoma' },
      partners: [],
    });
    expect(i.name).toContain('Fx-alphazumab');
    expect(i.criteria).toEqual([
      {
        role: 'EXCLUSION',
        operator: 'PRESENT',
        threshold: null,
        unit: null,
        assay: null,
        biomarker: { id: 'fx-driver-aberration' },
        evidence: [{ locator: '1.1', source: { id: 'fx-label-alpha' } }],
      },
      {
        role: 'INCLUSION',
        operator: 'GTE',
        threshold: 50,
        unit: '% TPS',
        assay: 'FDA-approved test',
        biomarker: { id: 'fx-pdx-expression' },
        evidence: [{ locator: '1.1', source: { id: 'fx-label-alpha' } }],
      },
    ]);
    expect(i.trials).toEqual([
      {
        id: 'fx-trial-one',
        name: 'FIXTURE-001',
        nctId: 'NCT00000001',
        registryUrl: 'https://clinicaltrials.gov/study/NCT00000001',
        phase: 'PHASE_3',
        identifiers: [
          { namespace: 'NCT', accession: 'NCT:NCT00000001', url: 'https://clinicaltrials.gov/study/NCT00000001' },
        ],
      },
    ]);
  });

  it('names its partners (therapies or drugs) and the combination notes', async () => {
    const data = await run(
      `{
      indication(id: "fx-alpha-lung-1l-combo") {
        regimen
        partners { __typename ... on Drug { id drugClass } ... on Therapy { id brandNames } }
        combinedWith { note partner { ... on Drug { id } } }
      }
      other: indication(id: "fx-beta-skin-combo-ema") { agency partners { __typename ... on Therapy { id brandNames } } }
    }`,
      2,
    );
    expect(data.indication).toEqual({
      regimen: 'COMBINATION',
      partners: [
        { __typename: 'Drug', id: 'fx-platin', drugClass: 'fixture platinum chemotherapy' },
        { __typename: 'Drug', id: 'fx-taxel', drugClass: 'fixture taxane' },
      ],
      combinedWith: [
        { note: null, partner: { id: 'fx-platin' } },
        { note: 'either fixturetaxel or its protein-bound form', partner: { id: 'fx-taxel' } },
      ],
    });
    expect(data.other).toEqual({
      agency: 'EMA',
      partners: [{ __typename: 'Therapy', id: 'fx-alphazumab', brandNames: ['Fxalpha'] }],
    });
  });

  it('says when and why a withdrawn approval was withdrawn, citing the notice', async () => {
    const data = await run(
      `{
      indications(filter: { status: WITHDRAWN, therapy: "fx-betazumab" }) {
        nodes { id approvalDate withdrawalDate withdrawal { date reason } evidence { source { id kind date } } }
      }
    }`,
      2,
    );
    expect(data.indications.nodes).toEqual([
      {
        id: 'fx-beta-skin-withdrawn',
        approvalDate: '2017-05-18',
        withdrawalDate: '2021-03-08',
        withdrawal: { date: '2021-03-08', reason: 'fixture confirmatory trial missed its primary endpoint' },
        evidence: [
          { source: { id: 'fx-notice-beta', kind: 'REGULATORY_NOTICE', date: '2021-03-08' } },
          { source: { id: 'fx-label-beta', kind: 'REGULATORY_LABEL', date: null } },
        ],
      },
    ]);
  });
});

describe('the indications list filters', () => {
  it.each([
    [
      'disease, subtypes included',
      '{ disease: "fx-lung" }',
      [
        'fx-alpha-lung-1l-combo',
        'fx-alpha-lung-1l-mono-high',
        'fx-alpha-lung-2l-mono-low',
        'fx-beta-lung-1l-mono-cps',
        'fx-epsilo-lung-investigational',
      ],
    ],
    ['a subtype alone', '{ disease: "fx-lung-squamous" }', ['fx-alpha-lung-1l-combo']],
    [
      'therapy as holder or partner',
      '{ therapy: "fx-alphazumab" }',
      [
        'fx-alpha-lung-1l-combo',
        'fx-alpha-lung-1l-mono-high',
        'fx-alpha-lung-2l-mono-low',
        'fx-alpha-solid-tmb',
        'fx-beta-skin-combo-ema',
      ],
    ],
    [
      'class with subclasses',
      '{ class: "fx-class-root" }',
      [
        'fx-alpha-lung-1l-combo',
        'fx-alpha-lung-1l-mono-high',
        'fx-alpha-lung-2l-mono-low',
        'fx-alpha-solid-tmb',
        'fx-beta-lung-1l-mono-cps',
        'fx-beta-skin-combo-ema',
        'fx-beta-skin-withdrawn',
      ],
    ],
    [
      'a subclass',
      '{ class: "fx-class-sub" }',
      ['fx-alpha-lung-1l-combo', 'fx-alpha-lung-1l-mono-high', 'fx-alpha-lung-2l-mono-low', 'fx-alpha-solid-tmb'],
    ],
    ['partner', '{ partner: "fx-platin" }', ['fx-alpha-lung-1l-combo']],
    [
      'combination',
      '{ regimen: COMBINATION, therapy: "fx-alphazumab" }',
      ['fx-alpha-lung-1l-combo', 'fx-beta-skin-combo-ema'],
    ],
    ['agency', '{ agency: EMA, class: "fx-class-root" }', ['fx-beta-skin-combo-ema']],
    [
      'pathway',
      '{ pathway: ACCELERATED, therapy: "fx-alphazumab" }',
      ['fx-alpha-lung-2l-mono-low', 'fx-alpha-solid-tmb'],
    ],
    [
      'setting and line',
      '{ setting: METASTATIC, line: FIRST_LINE, disease: "fx-lung" }',
      ['fx-alpha-lung-1l-combo', 'fx-alpha-lung-1l-mono-high', 'fx-beta-lung-1l-mono-cps'],
    ],
    ['status', '{ status: INVESTIGATIONAL, disease: "fx-lung" }', ['fx-epsilo-lung-investigational']],
    ['any criterion on a biomarker', '{ biomarker: "fx-driver-aberration" }', ['fx-alpha-lung-1l-mono-high']],
    ['an exclusion criterion', '{ excludesBiomarker: "fx-driver-aberration" }', ['fx-alpha-lung-1l-mono-high']],
    ['not an inclusion criterion as exclusion', '{ excludesBiomarker: "fx-pdx-expression" }', []],
    [
      'approval dates (month precision counts as the month)',
      '{ approvedFrom: "2019", approvedTo: "2020-05", class: "fx-class-root" }',
      ['fx-beta-lung-1l-mono-cps', 'fx-beta-skin-combo-ema'],
    ],
    [
      'a tumour-agnostic criterion met',
      '{ biomarkerValue: { biomarker: "fx-tmb", value: 12, unit: "mut/Mb" } }',
      ['fx-alpha-solid-tmb'],
    ],
    ['a tumour-agnostic criterion missed', '{ biomarkerValue: { biomarker: "fx-tmb", value: 9.5 } }', []],
  ])('%s', async (_name, filter, expected) => {
    expect(await indicationIds(filter, '{ field: ID }')).toEqual(expected);
  });

  it('answers "first-line PD-L1-high monotherapy without a driver aberration": the value satisfies the criteria, in their unit', async () => {
    const base = 'disease: "fx-lung", line: FIRST_LINE, regimen: MONOTHERAPY, status: APPROVED';
    // TPS 60 %: meets alphazumab's TPS ≥ 50 %; betazumab's criterion is in CPS, another unit.
    expect(
      await indicationIds(`{ ${base}, biomarkerValue: { biomarker: "fx-pdx-expression", value: 60, unit: "% tps" } }`),
    ).toEqual(['fx-alpha-lung-1l-mono-high']);
    // "% tumour cells" is the same measure as "% TPS".
    expect(
      await indicationIds(
        `{ ${base}, biomarkerValue: { biomarker: "fx-pdx-expression", value: 60, unit: "% tumour cells" } }`,
      ),
    ).toEqual(['fx-alpha-lung-1l-mono-high']);
    // Without a unit, thresholds compare whatever their unit.
    expect(
      await indicationIds(
        `{ ${base}, biomarkerValue: { biomarker: "fx-pdx-expression", value: 60 } }`,
        '{ field: ID }',
      ),
    ).toEqual(['fx-alpha-lung-1l-mono-high', 'fx-beta-lung-1l-mono-cps']);
    expect(
      await indicationIds(
        `{ ${base}, excludesBiomarker: "fx-driver-aberration", biomarkerValue: { biomarker: "fx-pdx-expression", value: 60 } }`,
      ),
    ).toEqual(['fx-alpha-lung-1l-mono-high']);
    // TPS 30 %: only the second-line TPS ≥ 1 % indication.
    expect(
      await indicationIds('{ biomarkerValue: { biomarker: "fx-pdx-expression", value: 30, unit: "% TPS" } }'),
    ).toEqual(['fx-alpha-lung-2l-mono-low']);
  });

  it('sorts by approval date with a stable order, and pages', async () => {
    expect(await indicationIds('{ class: "fx-class-root" }', '{ field: APPROVAL_DATE }')).toEqual([
      'fx-alpha-lung-2l-mono-low',
      'fx-alpha-lung-1l-mono-high',
      'fx-beta-skin-withdrawn',
      'fx-alpha-lung-1l-combo',
      'fx-beta-skin-combo-ema',
      'fx-beta-lung-1l-mono-cps',
      'fx-alpha-solid-tmb',
    ]);
    const first = await run(
      '{ indications(filter: { therapy: "fx-alphazumab" }, sort: { field: ID }, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
    );
    expect(first.indications.totalCount).toBe(5);
    const next = await run(
      `{ indications(filter: { therapy: "fx-alphazumab" }, sort: { field: ID }, first: 2, after: "${first.indications.pageInfo.endCursor}") { nodes { id } } }`,
    );
    expect(next.indications.nodes.map((n: { id: string }) => n.id)).toEqual([
      'fx-alpha-lung-2l-mono-low',
      'fx-alpha-solid-tmb',
    ]);
  });

  it('refuses a malformed date', async () => {
    const res = await api.gql('{ indications(filter: { approvedFrom: "April 2019" }) { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/approvedFrom must be a date as YYYY-MM-DD, YYYY-MM or YYYY/);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('therapy → indications → regimen, criteria, trials', () => {
  it("lists a therapy's indications (filtered), its partner roles, adverse events, cytokines and development", async () => {
    const data = await run(
      `{
      therapy(id: "fx-alphazumab") {
        developmentStage maxPhase developmentStopped
        indications { id }
        firstLine: indications(filter: { line: FIRST_LINE, regimen: COMBINATION }) { id disease { id } partners { ... on Drug { id } } }
        partnerIn { id therapy { id } }
        adverseEvents { boxedWarning labelSection frequencyPercent grade3PlusPercent adverseEvent { id immuneRelated category } }
        testedIn { trial { id } }
        treats { cancer { id } status approvalYear note }
      }
      epsilomab: therapy(id: "fx-epsilomab") { developmentStage maxPhase developmentStopped developmentNote }
      deltaleukin: therapy(id: "fx-deltaleukin") { cytokines { cytokine { id geneSymbol } } prevents { cancer { id } basis status } }
    }`,
      3,
    );
    expect(data.therapy).toEqual({
      developmentStage: 'APPROVED',
      maxPhase: null,
      developmentStopped: null,
      indications: [
        { id: 'fx-alpha-lung-1l-combo' },
        { id: 'fx-alpha-lung-1l-mono-high' },
        { id: 'fx-alpha-lung-2l-mono-low' },
        { id: 'fx-alpha-solid-tmb' },
      ],
      firstLine: [
        {
          id: 'fx-alpha-lung-1l-combo',
          disease: { id: 'fx-lung-squamous' },
          partners: [{ id: 'fx-platin' }, { id: 'fx-taxel' }],
        },
      ],
      partnerIn: [{ id: 'fx-beta-skin-combo-ema', therapy: { id: 'fx-betazumab' } }],
      adverseEvents: [
        {
          boxedWarning: false,
          labelSection: '5.1',
          frequencyPercent: 3.4,
          grade3PlusPercent: 0.9,
          adverseEvent: { id: 'fx-pneumonitis', immuneRelated: true, category: 'IMMUNE_MEDIATED' },
        },
      ],
      testedIn: [{ trial: { id: 'fx-trial-one' } }],
      treats: [
        { cancer: { id: 'fx-lung' }, status: 'APPROVED', approvalYear: 2015, note: 'derived from 2 indications' },
        {
          cancer: { id: 'fx-lung-squamous' },
          status: 'APPROVED',
          approvalYear: 2018,
          note: 'derived from 1 indication',
        },
        { cancer: { id: 'fx-solid' }, status: 'APPROVED', approvalYear: 2020, note: 'derived from 1 indication' },
      ],
    });
    expect(data.epsilomab).toEqual({
      developmentStage: 'INVESTIGATIONAL',
      maxPhase: 2,
      developmentStopped: true,
      developmentNote: 'stopped after fixture trial two',
    });
    expect(data.deltaleukin).toEqual({
      cytokines: [{ cytokine: { id: 'fx-il-x', geneSymbol: 'FXILX' } }],
      prevents: [{ cancer: { id: 'fx-skin' }, basis: 'EPIDEMIOLOGICAL', status: 'APPROVED' }],
    });
  });

  it('reaches indications from a cancer and criteria from a biomarker', async () => {
    const data = await run(
      `{
      cancer(id: "fx-skin") { indications { id status } approved: indications(filter: { status: APPROVED }) { id } treatedBy { therapy { id } status } }
      biomarker(id: "fx-pdx-expression") { criteria { id role operator threshold unit indication { id therapy { id } } } }
    }`,
      2,
    );
    expect(data.cancer).toEqual({
      indications: [
        { id: 'fx-beta-skin-combo-ema', status: 'APPROVED' },
        { id: 'fx-beta-skin-withdrawn', status: 'WITHDRAWN' },
      ],
      approved: [{ id: 'fx-beta-skin-combo-ema' }],
      treatedBy: [{ therapy: { id: 'fx-betazumab' }, status: 'APPROVED' }],
    });
    expect(data.biomarker.criteria).toEqual([
      {
        id: 'fx-alpha-lung-1l-mono-high:REQUIRES_BIOMARKER:fx-pdx-expression',
        role: 'INCLUSION',
        operator: 'GTE',
        threshold: 50,
        unit: '% TPS',
        indication: { id: 'fx-alpha-lung-1l-mono-high', therapy: { id: 'fx-alphazumab' } },
      },
      {
        id: 'fx-alpha-lung-2l-mono-low:REQUIRES_BIOMARKER:fx-pdx-expression',
        role: 'INCLUSION',
        operator: 'GTE',
        threshold: 1,
        unit: '% TPS',
        indication: { id: 'fx-alpha-lung-2l-mono-low', therapy: { id: 'fx-alphazumab' } },
      },
      {
        id: 'fx-beta-lung-1l-mono-cps:REQUIRES_BIOMARKER:fx-pdx-expression',
        role: 'INCLUSION',
        operator: 'GTE',
        threshold: 50,
        unit: 'CPS',
        indication: { id: 'fx-beta-lung-1l-mono-cps', therapy: { id: 'fx-betazumab' } },
      },
    ]);
  });
});

describe('trials', () => {
  it('give their publication, phase, indications and tested agents', async () => {
    const data = await run(
      `{
      trial(id: "fx-trial-one") {
        name phase population
        publication { id kind doi url }
        indications { id }
        testedAgents { __typename ... on Therapy { id } ... on Drug { id } }
      }
      trials(filter: { phase: PHASE_2 }) { totalCount nodes { id nctId registryUrl publication { id pmid url } } }
      byAgent: trials(filter: { agent: "fx-platin" }) { nodes { id } }
    }`,
      5,
    );
    expect(data.trial).toEqual({
      name: 'FIXTURE-001',
      phase: 'PHASE_3',
      population: 'fixture adults with untreated lung carcinoma',
      publication: {
        id: 'fx-article-one',
        kind: 'ARTICLE',
        doi: '10.5555/fixture.0001',
        url: 'https://doi.org/10.5555/fixture.0001',
      },
      indications: [{ id: 'fx-alpha-lung-1l-mono-high' }],
      testedAgents: [
        { __typename: 'Therapy', id: 'fx-alphazumab' },
        { __typename: 'Drug', id: 'fx-platin' },
      ],
    });
    expect(data.trials.nodes).toEqual(
      expect.arrayContaining([
        {
          id: 'fx-trial-two',
          nctId: null,
          registryUrl: null,
          publication: { id: 'fx-article-two', pmid: '99999991', url: 'https://pubmed.ncbi.nlm.nih.gov/99999991/' },
        },
      ]),
    );
    expect(data.byAgent.nodes).toEqual([{ id: 'fx-trial-one' }]);
  });
});

describe('adverse events', () => {
  const ids = async (filter: string) => {
    const data = await run(`{ adverseEvents(filter: ${filter}, sort: { field: ID }, first: 100) { nodes { id } } }`);
    return data.adverseEvents.nodes.map((n: { id: string }) => n.id);
  };
  it.each([
    ['of a therapy', '{ therapy: "fx-gammacel" }', ['fx-cytokine-storm']],
    ["of a class: its own warnings and its members'", '{ class: "fx-class-root" }', ['fx-colitis', 'fx-pneumonitis']],
    ["of a subclass: not its superclass's", '{ class: "fx-class-sub" }', ['fx-pneumonitis']],
    ['boxed warnings', '{ boxedWarning: true, nameContains: "fixture" }', ['fx-cytokine-storm']],
    ['boxed warnings of a class', '{ boxedWarning: true, class: "fx-class-root" }', []],
    ['immune-related', '{ immuneRelated: true, nameContains: "fixture" }', ['fx-colitis', 'fx-pneumonitis']],
    ['by category', '{ category: CYTOKINE_RELEASE, nameContains: "fixture" }', ['fx-cytokine-storm']],
  ])('%s', async (_name, filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it('link to therapies, classes and mediating cytokines', async () => {
    const data = await run(
      `{
      pneumonitis: adverseEvent(id: "fx-pneumonitis") { therapies { subject { ... on Therapy { id } } labelSection } classes { id } }
      colitis: adverseEvent(id: "fx-colitis") { therapies { id } classes { subject { __typename ... on TherapyClass { id } } } }
      storm: adverseEvent(id: "fx-cytokine-storm") { mediators { cytokine { id name } } }
      therapyClass(id: "fx-class-root") { adverseEvents { adverseEvent { id } } }
    }`,
      4,
    );
    expect(data).toEqual({
      pneumonitis: {
        therapies: [
          { subject: { id: 'fx-alphazumab' }, labelSection: '5.1' },
          { subject: { id: 'fx-betazumab' }, labelSection: '5.2' },
        ],
        classes: [],
      },
      colitis: { therapies: [], classes: [{ subject: { __typename: 'TherapyClass', id: 'fx-class-root' } }] },
      storm: { mediators: [{ cytokine: { id: 'fx-il-x', name: 'Fixture interleukin X' } }] },
      therapyClass: { adverseEvents: [{ adverseEvent: { id: 'fx-colitis' } }] },
    });
  });
});

describe('cells and cytokines', () => {
  it('secrete, stimulate, restrain and are mimicked', async () => {
    const data = await run(
      `{
      cytokine(id: "fx-il-x") {
        secretedBy { cell { id } } stimulates { cell { id } } mimickedBy { therapy { id } } mediates { adverseEvent { id } }
      }
      immuneCell(id: "fx-t-cell") {
        secretes { cytokine { id } } stimulatedBy { cytokine { id } } expandedBy { therapy { id } }
        restrainedBy { mechanism restrainer { __typename ... on ImmuneCell { id } } }
      }
      cytokines(filter: { mimickedBy: "fx-deltaleukin" }) { nodes { id } }
      drugs(filter: { partnerIn: "fx-alpha-lung-1l-combo" }) { nodes { id partnerIn { id } } }
    }`,
      4,
    );
    expect(data).toEqual({
      cytokine: {
        secretedBy: [{ cell: { id: 'fx-t-cell' } }],
        stimulates: [{ cell: { id: 'fx-t-cell' } }],
        mimickedBy: [{ therapy: { id: 'fx-deltaleukin' } }],
        mediates: [{ adverseEvent: { id: 'fx-cytokine-storm' } }],
      },
      immuneCell: {
        secretes: [{ cytokine: { id: 'fx-il-x' } }],
        stimulatedBy: [{ cytokine: { id: 'fx-il-x' } }],
        expandedBy: [{ therapy: { id: 'fx-gammacel' } }],
        restrainedBy: [{ mechanism: 'fixture suppression', restrainer: { __typename: 'ImmuneCell', id: 'fx-treg' } }],
      },
      cytokines: { nodes: [{ id: 'fx-il-x' }] },
      drugs: {
        nodes: [
          { id: 'fx-platin', partnerIn: [{ id: 'fx-alpha-lung-1l-combo' }] },
          { id: 'fx-taxel', partnerIn: [{ id: 'fx-alpha-lung-1l-combo' }] },
        ],
      },
    });
  });
});

describe('search, neighborhood, paths and exports include the new kinds', () => {
  it('finds indications, trials, adverse events, cytokines and drugs by name', async () => {
    const named = await api.gql('{ indication(id: "fx-alpha-solid-tmb") { name } }');
    const res = await api.gql(
      `query($indication: String!) {
      t: search(text: "FIXTURE-001", kinds: [Trial]) { kind entity { id } }
      ae: search(text: "fixture cytokine storm", kinds: [AdverseEvent]) { kind entity { id } }
      c: search(text: "FX-ILX", kinds: [Cytokine]) { kind entity { id } }
      d: search(text: "fixtureplatin", kinds: [Drug]) { kind entity { id } }
      i: search(text: $indication, kinds: [Indication]) { kind entity { id } }
    }`,
      { indication: named.data!.indication.name },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.t[0]).toEqual({ kind: 'Trial', entity: { id: 'fx-trial-one' } });
    expect(res.data!.ae[0]).toEqual({ kind: 'AdverseEvent', entity: { id: 'fx-cytokine-storm' } });
    expect(res.data!.c[0]).toEqual({ kind: 'Cytokine', entity: { id: 'fx-il-x' } });
    expect(res.data!.d[0]).toEqual({ kind: 'Drug', entity: { id: 'fx-platin' } });
    expect(res.data!.i[0]).toEqual({ kind: 'Indication', entity: { id: 'fx-alpha-solid-tmb' } });
  });

  it("draws an indication's neighborhood and finds the path from a therapy to its trial", async () => {
    const res = await api.gql(`{
      neighborhood(id: "fx-alpha-lung-1l-combo", depth: 1) { nodes { id type } edges { type source target label } }
      paths(from: "fx-alphazumab", to: "fx-trial-one", maxLength: 2) { paths { length relations { type } } }
    }`);
    expect(res.errors).toBeUndefined();
    const n = res.data!.neighborhood;
    expect(n.nodes.map((x: any) => `${x.type}:${x.id}`).sort()).toEqual([
      'Cancer:fx-lung-squamous',
      'Drug:fx-platin',
      'Drug:fx-taxel',
      'Indication:fx-alpha-lung-1l-combo',
      'Therapy:fx-alphazumab',
    ]);
    // TREATS: derived from the indication, between its holder and its disease.
    expect(n.edges.map((e: any) => e.type).sort()).toEqual([
      'COMBINED_WITH',
      'COMBINED_WITH',
      'HAS_INDICATION',
      'INDICATED_FOR',
      'TREATS',
    ]);
    const shapes = res.data!.paths.paths.map((p: any) => p.relations.map((r: any) => r.type).join('>'));
    expect(shapes).toEqual(expect.arrayContaining(['TESTED_IN', 'HAS_INDICATION>SUPPORTED_BY']));
  });

  it('exports them with their palette colours', async () => {
    const res = await api.get('/export/graph.json?center=fx-alpha-lung-1l-mono-high&depth=1');
    expect(res.status).toBe(200);
    const kinds = new Map(res.body.elements.nodes.map((n: any) => [n.data.kind, n.data.color]));
    expect(kinds.get('Indication')).toBe('#569480');
    expect(kinds.get('Trial')).toBe('#ECB5C9');
    const types = new Set(res.body.elements.edges.map((e: any) => e.data.type));
    expect([...types].sort()).toEqual([
      'HAS_INDICATION',
      'INDICATED_FOR',
      'REQUIRES_BIOMARKER',
      'SUPPORTED_BY',
      'TESTED_IN',
      'TREATS',
    ]);
  });

  it('counts the new kinds and types in stats', async () => {
    const res = await api.gql('{ stats { dataAsOf labels { name count } relationshipTypes { name count } } }');
    expect(res.errors).toBeUndefined();
    const labels = Object.fromEntries(res.data!.stats.labels.map((l: any) => [l.name, l.count]));
    const types = Object.fromEntries(res.data!.stats.relationshipTypes.map((l: any) => [l.name, l.count]));
    expect(labels.Indication).toBeGreaterThanOrEqual(8);
    expect(labels.Trial).toBeGreaterThanOrEqual(2);
    expect(types.REQUIRES_BIOMARKER).toBeGreaterThanOrEqual(5);
    expect(types.HAS_ADVERSE_EVENT).toBeGreaterThanOrEqual(4);
    expect(res.data!.stats.dataAsOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });
});
