/**
 * Operations that cost far more than any legitimate client asks for. Each must be refused before
 * any Cypher runs, with the limit it breaks (shared by the unit test, the integration test and
 * `npm run abuse`, which times the refusals).
 */
export interface AbuseCase {
  name: string;
  /** The limit that refuses it under the default settings. */
  limit: 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'fieldRepeats' | 'cost';
  query: string;
  variables?: Record<string, unknown>;
}

const times = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i)).join('\n');

/** `relations { to { relations { to { … } } } }`, `hops` times, below an entity. */
export function nestedRelationships(hops: number, leaf = 'id'): string {
  let inner = leaf;
  for (let i = 0; i < hops; i++) inner = `relations { id to { id ${inner} } }`;
  return inner;
}

/** therapy → inhibits → checkpoint → inhibitedBy → therapy → …, `hops` relationship levels. */
export function nestedTypedRelationships(hops: number, leaf = 'id'): string {
  let inner = leaf;
  for (let i = hops; i > 0; i--) {
    inner = i % 2 === 1 ? `inhibits { checkpoint { ${inner} } }` : `inhibitedBy { therapy { id ${inner} } }`;
  }
  return inner;
}

export const ABUSE_CASES: AbuseCase[] = [
  {
    name: '50 aliases of neighborhood(depth: 3, limit: 2000)',
    limit: 'aliases',
    query: `{\n${times(50, (i) => `  n${i}: neighborhood(id: "pembrolizumab", depth: 3, limit: 2000) { nodes { id } edges { id } }`)}\n}`,
  },
  {
    name: '30 aliases of paths(maxLength: 4, first: 20)',
    limit: 'cost',
    query: `{\n${times(30, (i) => `  p${i}: paths(from: "pembrolizumab", to: "t-cell", maxLength: 4, first: 20) { paths { length entities { id } } }`)}\n}`,
  },
  {
    name: '10 aliases of neighborhood, depth and limit from variables',
    limit: 'cost',
    query: `query Wide($depth: Int, $limit: Int) {\n${times(10, (i) => `  n${i}: neighborhood(id: "pd-1", depth: $depth, limit: $limit) { nodes { id } edges { id } }`)}\n}`,
    variables: { depth: 3, limit: 2000 },
  },
  {
    name: 'generic relations nested 12 hops',
    limit: 'depth',
    query: `{ entity(id: "pd-1") { ${nestedRelationships(12)} } }`,
  },
  {
    name: 'typed relationship fields nested 10 hops',
    limit: 'depth',
    query: `{ therapy(id: "pembrolizumab") { ${nestedTypedRelationships(10)} } }`,
  },
  {
    name: 'relations nested 4 hops under a page of 100 therapies',
    limit: 'cost',
    query: `{ therapies(first: 100) { nodes { ${nestedRelationships(4)} } } }`,
  },
  {
    name: '33 root fields (every root field once, 10 aliased lookups)',
    limit: 'rootFields',
    query: `{
  entity(id: "pd-1") { id } entities(ids: ["pd-1"]) { id } source(id: "overview") { id } sources { id }
  therapy(id: "pembrolizumab") { id } therapyClass(id: "immune-checkpoint-inhibitor") { id } checkpoint(id: "pd-1") { id }
  immuneCell(id: "t-cell") { id } cancer(id: "melanoma") { id } antigen(id: "her2") { id } biomarker(id: "tmb-high") { id }
  therapies { totalCount } therapyClasses { totalCount } checkpoints { totalCount } immuneCells { totalCount }
  cancers { totalCount } antigens { totalCount } biomarkers { totalCount } search(text: "pd1") { score }
  neighborhood(id: "pd-1") { truncated } paths(from: "pd-1", to: "t-cell") { paths { length } } stats { nodeCount }
  graphExport(format: GRAPHML, center: "pd-1") { nodeCount }
${times(10, (i) => `  e${i}: entity(id: "pd-1") { id }`)}
}`,
  },
  {
    name: 'one field repeated 450 times (quadratic validation)',
    limit: 'fieldRepeats',
    query: `{ ${times(450, () => 'stats { nodeCount }')} }`,
  },
  {
    name: '15,000-token document (2,500 nested relations)',
    limit: 'tokens',
    query: `{ entity(id: "pd-1") { ${'relations { to { '.repeat(2500)}id${' } }'.repeat(2500)} } }`,
  },
];
