import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CytoscapeDocument } from '../../src/export/drawable';
import { startApi, type TestApi } from './helpers/api';
import { xrefsOf } from './helpers/seed-facts';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const EXPORT = `query($format: GraphExportFormat!, $center: ID, $depth: Int, $relationTypes: [RelationType!], $limit: Int) {
  graphExport(format: $format, center: $center, depth: $depth, relationTypes: $relationTypes, limit: $limit) {
    format mediaType fileName nodeCount edgeCount truncated content
  }
}`;

async function graphCounts(): Promise<{ entities: number; relationships: number }> {
  const res = await api.gql(`{ stats { relationshipCount labels { name count } } }`);
  const entities = res.data!.stats.labels.find((l: { name: string }) => l.name === 'Entity').count;
  return { entities, relationships: res.data!.stats.relationshipCount };
}

interface ParsedGraphML {
  nodes: Array<{ id: string; data: Record<string, string> }>;
  edges: Array<{ id: string; source: string; target: string; data: Record<string, string> }>;
  keys: string[];
}

function parseGraphML(xml: string): ParsedGraphML {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name),
  });
  const doc = parser.parse(xml).graphml;
  const dataOf = (item: { data?: Array<{ key: string; '#text': string | number }> }) =>
    Object.fromEntries((item.data ?? []).map((d) => [d.key, String(d['#text'])]));
  return {
    keys: doc.key.map((k: { 'attr.name': string; for: string }) => `${k.for}:${k['attr.name']}`),
    nodes: (doc.graph.node ?? []).map((n: any) => ({ id: String(n.id), data: dataOf(n) })),
    edges: (doc.graph.edge ?? []).map((e: any) => ({
      id: String(e.id),
      source: String(e.source),
      target: String(e.target),
      data: dataOf(e),
    })),
  };
}

describe('drawable export of the whole graph', () => {
  it('as Cytoscape.js JSON: every entity and relationship, endpoints all present', async () => {
    const counts = await graphCounts();
    const res = await api.gql(EXPORT, { format: 'CYTOSCAPE_JSON' });
    expect(res.errors).toBeUndefined();
    const file = res.data!.graphExport;
    expect(file).toMatchObject({
      mediaType: 'application/json',
      fileName: 'immunotherapy-graph.json',
      truncated: false,
    });
    const doc = JSON.parse(file.content) as CytoscapeDocument;
    expect(doc.elements.nodes).toHaveLength(counts.entities);
    expect(doc.elements.edges).toHaveLength(counts.relationships);
    expect([file.nodeCount, file.edgeCount]).toEqual([counts.entities, counts.relationships]);
    const ids = new Set(doc.elements.nodes.map((n) => n.data.id));
    expect(ids.size).toBe(counts.entities);
    expect(doc.elements.edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
    const pembrolizumab = doc.elements.nodes.find((n) => n.data.id === 'pembrolizumab')!.data;
    expect(pembrolizumab).toMatchObject({
      label: 'Pembrolizumab',
      caption: 'Keytruda',
      kind: 'Therapy',
      color: '#4C8EDA',
    });
    const inhibits = doc.elements.edges.find(
      (e) => e.data.source === 'pembrolizumab' && e.data.type === 'INHIBITS',
    )!.data;
    expect(inhibits).toMatchObject({
      target: 'pd-1',
      label: 'inhibits',
      evidenceSources: ['overview', 'label-keytruda'],
    });
  });

  it('as GraphML: valid XML with the same counts and typed attributes', async () => {
    const counts = await graphCounts();
    const res = await api.gql(EXPORT, { format: 'GRAPHML' });
    const file = res.data!.graphExport;
    expect(file.mediaType).toBe('application/graphml+xml');
    const graph = parseGraphML(file.content);
    expect(graph.nodes).toHaveLength(counts.entities);
    expect(graph.edges).toHaveLength(counts.relationships);
    expect(graph.keys).toEqual(
      expect.arrayContaining(['node:label', 'node:kind', 'node:xrefs', 'edge:type', 'edge:evidence']),
    );
    const pd1 = graph.nodes.find((n) => n.id === 'pd-1')!;
    expect(pd1.data).toMatchObject({ n_label: 'PD-1', n_kind: 'Checkpoint', n_xrefs: xrefsOf('pd-1').join('; ') });
    expect(pd1.data.n_xrefs).toContain('HGNC:8760');
    const edge = graph.edges.find((e) => e.source === 'pembrolizumab' && e.target === 'pd-1')!;
    expect(edge.data).toMatchObject({
      e_type: 'INHIBITS',
      e_evidence: 'overview#¶3; label-keytruda#12.1 Mechanism of Action',
    });
  });

  it('keeps only the relationship types asked for', async () => {
    const res = await api.gql(EXPORT, { format: 'CYTOSCAPE_JSON', relationTypes: ['INHIBITS'] });
    const doc = JSON.parse(res.data!.graphExport.content) as CytoscapeDocument;
    expect(doc.elements.edges.length).toBeGreaterThan(10);
    expect(new Set(doc.elements.edges.map((e) => e.data.type))).toEqual(new Set(['INHIBITS']));
  });
});

describe('drawable export of a subgraph', () => {
  it('matches the neighborhood query node for node', async () => {
    const neighborhood = await api.gql(
      `{ neighborhood(id: "pd-1", depth: 2, limit: 150) { nodes { id } edges { id } truncated } }`,
    );
    const res = await api.gql(EXPORT, { format: 'GRAPHML', center: 'pd-1', depth: 2, limit: 150 });
    const graph = parseGraphML(res.data!.graphExport.content);
    const expected = neighborhood.data!.neighborhood;
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(expected.nodes.map((n: { id: string }) => n.id).sort());
    expect(graph.edges.map((e) => e.id).sort()).toEqual(expected.edges.map((e: { id: string }) => e.id).sort());
    expect(res.data!.graphExport).toMatchObject({
      fileName: 'pd-1-neighborhood.graphml',
      truncated: expected.truncated,
    });
    expect(graph.nodes.find((n) => n.id === 'pd-1')!.data.n_distance).toBe('0');
  });

  it('is null for an unknown center and refuses out-of-range arguments with BAD_USER_INPUT', async () => {
    const unknown = await api.gql(EXPORT, { format: 'GRAPHML', center: 'no-such-entity' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.graphExport).toBeNull();
    const deep = await api.gql(EXPORT, { format: 'GRAPHML', center: 'pd-1', depth: 9 });
    expect(deep.errors![0]).toMatchObject({
      message: 'depth must be an integer from 1 to 3 (got 9).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('export download routes', () => {
  it('serves the whole graph as a GraphML attachment with its counts in headers', async () => {
    const counts = await graphCounts();
    const response = await fetch(`${api.url}/export/graph.graphml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="immunotherapy-graph.graphml"');
    expect(Number(response.headers.get('x-node-count'))).toBe(counts.entities);
    const graph = parseGraphML(await response.text());
    expect(graph.edges).toHaveLength(counts.relationships);
  });

  it('serves a filtered subgraph as Cytoscape.js JSON', async () => {
    const response = await fetch(
      `${api.url}/export/graph.json?center=pembrolizumab&depth=1&relationTypes=INHIBITS,TREATS`,
    );
    const doc = (await response.json()) as CytoscapeDocument;
    expect(doc.elements.nodes[0]!.data.id).toBe('pembrolizumab');
    expect(new Set(doc.elements.edges.map((e) => e.data.type))).toEqual(new Set(['INHIBITS', 'TREATS']));
  });

  it('answers bad parameters with 400 BAD_USER_INPUT naming what is allowed, and an unknown center with 404', async () => {
    const badType = await api.get('/export/graph.json?center=pd-1&relationTypes=INHIBITS,CURES');
    expect(badType.status).toBe(400);
    expect(badType.body.error.code).toBe('BAD_USER_INPUT');
    expect(badType.body.error.message).toMatch(/unknown relationTypes CURES; allowed: .*INHIBITS/);
    const badDepth = await api.get('/export/graph.json?center=pd-1&depth=two');
    expect(badDepth).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', message: 'depth must be an integer (got "two").' } },
    });
    const unknown = await api.get('/export/graph.graphml?center=nothing-here');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });
});
