import { startApi, type TestApi } from './helpers/api';
import { inhibitorsOf, membersOfClass, namesInOrder } from './helpers/seed-facts';
import { seededCount } from './helpers/fixture-seed';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

describe('entities by id', () => {
  it('returns a therapy with names, identifiers and evidence', async () => {
    const res = await api.gql(`{
      therapy(id: "pembrolizumab") {
        id name brandNames synonyms modality firstApprovalYear
        identifiers { namespace accession url }
        evidence { source { id kind title } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const t = res.data!.therapy;
    expect(t).toMatchObject({
      id: 'pembrolizumab',
      name: 'Pembrolizumab',
      brandNames: ['Keytruda'],
      firstApprovalYear: 2014,
    });
    expect(t.synonyms).toContain('MK-3475');
    expect(t.identifiers).toContainEqual({
      namespace: 'CHEMBL',
      accession: 'CHEMBL3137343',
      url: 'https://www.ebi.ac.uk/chembl/explore/compound/CHEMBL3137343',
    });
    expect(t.evidence[0].source).toMatchObject({ id: 'label-keytruda', kind: 'REGULATORY_LABEL' });
  });

  it('gives null for an unknown id and for an id of another kind', async () => {
    const res = await api.gql(
      `{ therapy(id: "no-such-thing") { id } cancer(id: "pd-1") { id } entity(id: "nope") { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ therapy: null, cancer: null, entity: null });
  });

  it('resolves the Entity interface to the concrete type', async () => {
    const res = await api.gql(`{ entity(id: "her2") { __typename id ... on Antigen { geneSymbol } } }`);
    expect(res.data!.entity).toEqual({ __typename: 'Antigen', id: 'her2', geneSymbol: 'ERBB2' });
  });

  it('looks up a batch of ids in the order asked, with null for unknown ids', async () => {
    const res = await api.gql(`{ entities(ids: ["pd-1", "missing", "melanoma"]) { id kind } }`);
    expect(res.data!.entities).toEqual([{ id: 'pd-1', kind: 'Checkpoint' }, null, { id: 'melanoma', kind: 'Cancer' }]);
  });
});

describe('relationships in both directions, with evidence', () => {
  it('lists the PD-1 inhibitors from the checkpoint side', async () => {
    const res = await api.gql(`{
      checkpoint(id: "pd-1") { inhibitedBy { therapy { id } mechanism evidence { source { id } locator quote } } }
    }`);
    expect(res.errors).toBeUndefined();
    const inhibitors = res.data!.checkpoint.inhibitedBy.map((r: any) => r.therapy.id).sort();
    expect(inhibitors).toEqual(inhibitorsOf('pd-1'));
    expect(inhibitors).toEqual(
      expect.arrayContaining([
        'cemiplimab',
        'dostarlimab',
        'nivolumab',
        'pembrolizumab',
        'retifanlimab',
        'tislelizumab',
        'toripalimab',
      ]),
    );
    const pembro = res.data!.checkpoint.inhibitedBy.find((r: any) => r.therapy.id === 'pembrolizumab');
    const fromDocument = pembro.evidence.find((e: any) => e.source.id === 'overview');
    expect(fromDocument.locator).toBe('¶3');
    expect(fromDocument.quote).toMatch(/block proteins such as PD-1, PD-L1, and CTLA-4/);
  });

  it('traverses the same INHIBITS relationship from the therapy side', async () => {
    const res = await api.gql(
      `{ therapy(id: "nivolumab") { inhibits { id type checkpoint { name } from { id } to { id } } } }`,
    );
    expect(res.data!.therapy.inhibits).toEqual([
      {
        id: 'nivolumab:INHIBITS:pd-1',
        type: 'INHIBITS',
        checkpoint: { name: 'PD-1' },
        from: { id: 'nivolumab' },
        to: { id: 'pd-1' },
      },
    ]);
  });

  it('connects trastuzumab to HER2 and to HER2-positive breast cancer, citing paragraph 4', async () => {
    const res = await api.gql(`{
      therapy(id: "trastuzumab") {
        targets { antigen { id expressedByCancers { cancer { id } } } evidence { locator quote } }
        treats(status: APPROVED) { cancer { id name } approvalYear }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const t = res.data!.therapy;
    expect(t.targets).toHaveLength(1);
    expect(t.targets[0].antigen.id).toBe('her2');
    expect(t.targets[0].antigen.expressedByCancers.map((e: any) => e.cancer.id)).toContain(
      'her2-positive-breast-cancer',
    );
    expect(t.targets[0].evidence[0]).toMatchObject({ locator: '¶4' });
    expect(t.targets[0].evidence[0].quote).toMatch(/trastuzumab targets HER2-positive breast cancer/);
    expect(t.treats).toContainEqual({
      cancer: { id: 'her2-positive-breast-cancer', name: 'HER2-positive breast cancer' },
      approvalYear: 1998,
    });
  });

  it('answers which cells a checkpoint inhibitor frees: pembrolizumab → PD-1 → T cells', async () => {
    const res = await api.gql(`{
      therapy(id: "pembrolizumab") {
        activates { cell { id } }
        inhibits { checkpoint { suppresses { cell { id } } expressedOn { cell { id } } } }
      }
    }`);
    const t = res.data!.therapy;
    expect(t.activates.map((a: any) => a.cell.id)).toContain('t-cell');
    expect(t.inhibits[0].checkpoint.suppresses.map((s: any) => s.cell.id)).toContain('t-cell');
  });

  it('uses the Protein union where either a checkpoint or an antigen can stand', async () => {
    const res = await api.gql(`{
      cancer(id: "hodgkin-lymphoma") { expresses { protein { __typename ... on Checkpoint { id } ... on Antigen { id } } } }
    }`);
    const proteins = res.data!.cancer.expresses.map((e: any) => `${e.protein.__typename}:${e.protein.id}`);
    expect(proteins).toEqual(expect.arrayContaining(['Checkpoint:pd-l1', 'Antigen:cd30']));
  });

  it('offers generic relations filtered by type and direction', async () => {
    const res = await api.gql(`{
      entity(id: "tisagenlecleucel") { relations(types: [TREATS, TARGETS], direction: OUT) { __typename type to { id } } }
    }`);
    const rels = res.data!.entity.relations;
    expect(new Set(rels.map((r: any) => r.type))).toEqual(new Set(['TREATS', 'TARGETS']));
    expect(rels).toContainEqual({ __typename: 'Targets', type: 'TARGETS', to: { id: 'cd19' } });
  });
});

describe('lists: filters, sorting, cursor pagination', () => {
  it('filters therapies by class, including subclasses', async () => {
    const res = await api.gql(
      `{ therapies(filter: { class: "immune-checkpoint-inhibitor" }, first: 100) { totalCount nodes { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    const ids = res.data!.therapies.nodes.map((n: any) => n.id);
    expect(res.data!.therapies.totalCount).toBe(membersOfClass('immune-checkpoint-inhibitor').length);
    expect(ids).toEqual(expect.arrayContaining(['pembrolizumab', 'atezolizumab', 'ipilimumab', 'relatlimab']));
    expect(ids).not.toContain('trastuzumab');
  });

  it('filters by related entity: therapies that inhibit PD-L1 and treat NSCLC', async () => {
    const res = await api.gql(`{ therapies(filter: { inhibits: "pd-l1", treats: "nsclc" }) { nodes { id } } }`);
    expect(res.data!.therapies.nodes.map((n: any) => n.id).sort()).toEqual(['atezolizumab', 'durvalumab']);
  });

  it('filters cancers by category and by the therapy treating them', async () => {
    const res = await api.gql(
      `{ cancers(filter: { category: HEMATOLOGIC, treatedBy: "tisagenlecleucel" }) { nodes { id } } }`,
    );
    expect(res.data!.cancers.nodes.map((n: any) => n.id).sort()).toEqual(['b-all', 'follicular-lymphoma', 'lbcl']);
  });

  it('filters by a name, brand name or synonym fragment', async () => {
    const res = await api.gql(`{ therapies(filter: { nameContains: "CARVYK" }) { nodes { id } } }`);
    expect(res.data!.therapies.nodes).toEqual([{ id: 'ciltacabtagene-autoleucel' }]);
  });

  it('sorts by name both ways and by degree', async () => {
    const asc = await api.gql(`{ cancers(first: 3) { nodes { name } } }`);
    // Fixture cancers ("Fixture …") sort among them too: the expected order merges both seeds.
    const cancers = [
      ...namesInOrder('Cancer'),
      'Fixture lung carcinoma',
      'Fixture skin tumour',
      'Fixture solid tumours',
      'Fixture squamous lung carcinoma',
    ].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
    expect(asc.data!.cancers.nodes.map((n: any) => n.name)).toEqual(cancers.slice(0, 3));
    const desc = await api.gql(`{ cancers(first: 1, sort: { field: NAME, direction: DESC }) { nodes { name } } }`);
    expect(desc.data!.cancers.nodes[0].name).toBe(cancers[cancers.length - 1]);
    const degree = await api.gql(`{ therapies(first: 1, sort: { field: DEGREE, direction: DESC }) { nodes { id } } }`);
    expect(degree.data!.therapies.nodes[0].id).toBe('pembrolizumab');
  });

  it('pages through a list with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const res: any = await api.gql(
        `query($after: String) { therapies(first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        { after },
      );
      const conn = res.data.therapies;
      total = conn.totalCount;
      expect(conn.pageInfo.hasPreviousPage).toBe(page > 0);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    // The real seed's therapies and the API fixture's (tests/fixtures/api-seed).
    expect(total).toBe(seededCount('Therapy'));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});
