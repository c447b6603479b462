import fs from 'node:fs';
import path from 'node:path';
import { startBothModes, type BothModes } from './helpers/both-modes';

/**
 * The README's "Questions the graph answers": each query is read from the README itself (the
 * fenced block after `<!-- question: name -->`), run on the real seed, and its answer asserted
 * exactly, so the README cannot drift from the data. Both resolution modes must agree.
 */
const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

function question(name: string): string {
  const match = new RegExp(`<!-- question: ${name} -->\\n\`\`\`graphql\\n([\\s\\S]*?)\\n\`\`\``).exec(README);
  if (!match?.[1]) throw new Error(`README has no question block "${name}"`);
  return match[1];
}

let modes: BothModes;

beforeAll(async () => {
  modes = await startBothModes();
});

afterAll(async () => {
  await modes.close();
});

async function ask(name: string): Promise<Record<string, any>> {
  const fast = await modes.ask(question(name));
  // One statement per root field, plus at most one batched read of cited sources.
  expect(fast.cypherQueries).toBeLessThanOrEqual(Object.keys(fast.data as object).length + 1);
  return fast.data as Record<string, any>;
}

/**
 * The test database also holds the API's invented fixture (tests/fixtures/api-seed, ids and
 * names starting "fx-"); the README speaks of the real seed only.
 */
const FIXTURE = /^fx-/i;
const real = (items: any[]): any[] => items.filter((i) => !FIXTURE.test(i.id ?? '') && !FIXTURE.test(i.name ?? ''));

const names = (items: { name: string }[]) => items.map((i) => i.name);

it('first-line PD-L1-high NSCLC monotherapies: atezolizumab, cemiplimab, pembrolizumab — not nivolumab', async () => {
  const { indications } = await ask('first-line-pdl1-high-nsclc');
  expect(indications.totalCount - (indications.nodes.length - real(indications.nodes).length)).toBe(3);
  indications.nodes = real(indications.nodes);
  expect(indications.nodes.map((n: any) => [n.id, n.therapy.name, n.labelSection])).toEqual([
    ['atezolizumab-nsclc-1l-mono-pdl1-high', 'Atezolizumab', '1.1'],
    ['cemiplimab-nsclc-1l-mono-pdl1-tps50', 'Cemiplimab', '1'],
    ['pembrolizumab-nsclc-1l-mono-pdl1-tps1', 'Pembrolizumab', '1.2'],
  ]);
  const pdl1 = (n: any) => n.criteria.find((c: any) => c.biomarker.name === 'PD-L1 expression');
  expect(indications.nodes.map((n: any) => [pdl1(n).operator, pdl1(n).threshold, pdl1(n).unit])).toEqual([
    ['GTE', 50, '% tumour cells'],
    ['GTE', 50, '% TPS'],
    ['GTE', 1, '% TPS'],
  ]);
  for (const n of indications.nodes) {
    expect(n.criteria).toContainEqual(
      expect.objectContaining({
        role: 'EXCLUSION',
        operator: 'PRESENT',
        biomarker: { name: 'EGFR or ALK genomic tumour aberration' },
      }),
    );
  }
});

it("atezolizumab's combination partners, per cancer", async () => {
  const { therapy } = await ask('combinations');
  expect(
    therapy.indications.map((i: any) => `${i.status} ${i.disease.name}: ${names(i.partners).join(' + ')}`),
  ).toEqual([
    'APPROVED Hepatocellular carcinoma: Bevacizumab',
    'APPROVED Melanoma: Cobimetinib + Vemurafenib',
    'APPROVED Non-small cell lung cancer: Bevacizumab + Carboplatin + Paclitaxel',
    'APPROVED Non-small cell lung cancer: Carboplatin + Paclitaxel protein-bound',
    'APPROVED Small cell lung cancer: Carboplatin + Etoposide',
    'APPROVED Small cell lung cancer: Lurbinectedin',
    'WITHDRAWN Triple-negative breast cancer: Paclitaxel protein-bound',
  ]);
  expect(therapy.indications[0].partners[0].__typename).toBe('Therapy');
  expect(therapy.indications[1].partners.map((p: any) => p.__typename)).toEqual(['Drug', 'Drug']);
});

it('approved, then withdrawn: when and why', async () => {
  const { indications } = await ask('withdrawn');
  expect(indications.totalCount - (indications.nodes.length - real(indications.nodes).length)).toBe(17);
  indications.nodes = real(indications.nodes);
  expect(
    indications.nodes.map(
      (i: any) => `${i.therapy.name} — ${i.disease.name}: ${i.approvalDate ?? '?'} → ${i.withdrawal.date}`,
    ),
  ).toEqual([
    'Denileukin diftitox — Cutaneous T-cell lymphoma: 1999-02 → 2011-06',
    'Gemtuzumab ozogamicin — Acute myeloid leukaemia: 2000-05 → 2010-06-21',
    'Bevacizumab — Breast cancer: 2008-02 → 2011-11-18',
    'Peginterferon alfa-2b — Melanoma: 2011-03-29 → 2019-12',
    'Atezolizumab — Urothelial carcinoma: 2016-05-18 → 2021-03',
    'Olaratumab — Soft tissue sarcoma: 2016-10 → 2019-04-25',
    'Atezolizumab — Urothelial carcinoma: 2017-04 → 2022-11-28',
    'Durvalumab — Urothelial carcinoma: 2017-05 → 2021-02-22',
    'Nivolumab — Hepatocellular carcinoma: 2017-09 → 2021-07-23',
    'Moxetumomab pasudotox — Hairy cell leukaemia: 2018-09-13 → 2023-07',
    'Atezolizumab — Triple-negative breast cancer: 2019-03-08 → 2021-08-27',
    'Pembrolizumab — Small cell lung cancer: 2019-06 → 2021-03-01',
    'Belantamab mafodotin — Multiple myeloma: 2020-08 → 2022-11-22',
    'Sacituzumab govitecan — Urothelial carcinoma: 2021-04-13 → 2024-10-18',
    'Nivolumab — Small cell lung cancer: ? → 2020-12-29',
    'Pembrolizumab — Gastric or gastro-oesophageal junction adenocarcinoma: ? → 2021-07-01',
    'Tositumomab and iodine I 131 tositumomab — Lymphoma: ? → 2014-02-20',
  ]);
  for (const i of indications.nodes) {
    expect(i.withdrawal.reason.length).toBeGreaterThan(20);
    expect(i.evidence.length).toBeGreaterThan(0);
  }
});

it('serious risks of a therapy and of its class', async () => {
  const data = await ask('serious-risks');
  expect(data.therapy.adverseEvents.map((a: any) => [a.adverseEvent.name, a.boxedWarning])).toEqual([
    ['Cytokine release syndrome', true],
    ['Immune effector cell-associated neurotoxicity syndrome', true],
    ['Neurologic toxicity', true],
  ]);
  expect(real(data.adverseEvents.nodes).map((n: any) => n.id)).toEqual([
    'cytokine-release-syndrome',
    'guillain-barre-syndrome',
    'hemophagocytic-lymphohistiocytosis',
    'immune-effector-cell-associated-neurotoxicity-syndrome',
    'neurologic-toxicity',
    'parkinsonism',
    'prolonged-cytopenias',
    'secondary-haematological-malignancies',
    't-cell-malignancies',
  ]);
});

it('the trials behind an approval, with their publications', async () => {
  const { indication } = await ask('trials');
  expect(indication.approvalDate).toBe('2016-10-24');
  expect(indication.trials.map((t: any) => [t.name, t.nctId, t.phase, t.publication.doi])).toEqual([
    ['KEYNOTE-024', null, 'PHASE_3', '10.1200/JCO.18.00149'],
    ['KEYNOTE-042', 'NCT02220894', 'PHASE_3', '10.1016/S0140-6736(18)32409-7'],
  ]);
});

it('investigational agents for TIGIT, TIM-3, NKG2A and CD47: furthest phase and whether development stopped', async () => {
  const { therapies } = await ask('investigational');
  expect(
    real(therapies.nodes).map((t: any) => [
      t.name,
      t.maxPhase,
      t.developmentStopped,
      t.inhibits.map((i: any) => i.checkpoint.name),
    ]),
  ).toEqual([
    ['Cobolimab', 3, false, ['TIM-3']],
    ['Domvanalimab', 3, false, ['TIGIT']],
    ['Magrolimab', 3, true, ['CD47']],
    ['Monalizumab', 3, false, ['NKG2A']],
    ['Ociperlimab', 3, true, ['TIGIT']],
    ['Sabatolimab', 3, true, ['TIM-3']],
    ['Tiragolumab', 3, true, ['TIGIT']],
    ['Vibostolimab', 3, true, ['TIGIT']],
  ]);
  for (const t of real(therapies.nodes)) expect(t.developmentNote).toBeTruthy();
});
