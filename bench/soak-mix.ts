/**
 * The soak's traffic: what a population of explorer users and API clients sends, by weight.
 * Every scenario states what a correct answer looks like; anything else is an unexpected error.
 */

export interface SoakRequest {
  /** Operation name as reported (GraphQL operationName, or the route for plain GETs). */
  name: string;
  /** GraphQL request, or a GET path. */
  graphql?: { query: string; variables?: Record<string, unknown> };
  get?: string;
  /** The error code the request must get (invalid input), or undefined when it must succeed. */
  expectCode?: string;
  /** For successful answers: false when the data is wrong (a throw counts as wrong too). */
  check?(data: unknown): boolean;
}

export interface Scenario {
  name: string;
  weight: number;
  /** One or more requests; `previous` is the data of the previous request (cursor walks). */
  steps(random: () => number): Array<(previous: unknown) => SoakRequest | null>;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const THERAPIES = [
  'pembrolizumab',
  'nivolumab',
  'ipilimumab',
  'atezolizumab',
  'trastuzumab',
  'tisagenlecleucel',
  'axicabtagene-ciloleucel',
  'rituximab',
  'blinatumomab',
  'sipuleucel-t',
];
const CHECKPOINTS = ['pd-1', 'pd-l1', 'ctla-4', 'lag-3', 'tim-3', 'tigit'];
const CANCERS = ['melanoma', 'nsclc', 'lbcl', 'b-all', 'multiple-myeloma', 'cervical-cancer'];
const HUBS = [...CHECKPOINTS, ...CANCERS, 'pembrolizumab', 't-cell', 'her2', 'cd19'];
/** Brand names, aliases and typos, each with an id the answer must contain. */
const SEARCHES: Array<[string, string]> = [
  ['Keytruda', 'pembrolizumab'],
  ['Opdivo', 'nivolumab'],
  ['Yescarta', 'axicabtagene-ciloleucel'],
  ['Kymriah', 'tisagenlecleucel'],
  ['Herceptin', 'trastuzumab'],
  ['pd1', 'pd-1'],
  ['pembrolizumb', 'pembrolizumab'],
  ['nivolumb', 'nivolumab'],
  ['CTLA4', 'ctla-4'],
  ['melanom', 'melanoma'],
];
const PATHS: Array<[string, string]> = [
  ['pembrolizumab', 't-cell'],
  ['tisagenlecleucel', 'lbcl'],
  ['trastuzumab', 'her2'],
  ['ipilimumab', 'melanoma'],
];
const INVALID: string[] = [
  `query DeepNeighborhood { neighborhood(id: "pd-1", depth: 10) { truncated } }`,
  `query HugePage { therapies(first: 100000) { totalCount } }`,
  `query BadCursor { therapies(after: "garbage") { totalCount } }`,
  `query EmptySearch { search(text: "   ") { score } }`,
  `query LongPath { paths(from: "pd-1", to: "melanoma", maxLength: 9) { paths { length } } }`,
];

/**
 * `T` is the shape the check expects the data in. It is not verified before the check runs (the
 * method parameter of SoakRequest.check accepts it bivariantly): an answer of another shape makes
 * the check throw, which the soak counts as a wrong answer.
 */
const gql = <T = unknown>(
  name: string,
  query: string,
  variables?: Record<string, unknown>,
  check?: (data: T) => boolean,
): SoakRequest => ({
  name,
  graphql: { query, variables },
  check,
});

interface Entry {
  id: string;
}
interface TherapyPage {
  therapies: { totalCount: number; edges: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'lookup',
    weight: 14,
    steps: (r) => [
      () =>
        gql<{ therapy: Entry | null }>(
          'TherapyLookup',
          `query TherapyLookup($id: ID!) { therapy(id: $id) { id name brandNames synonyms description } }`,
          { id: pick(r, THERAPIES) },
          (d) => d.therapy?.id !== undefined,
        ),
    ],
  },
  {
    name: 'unknown id',
    weight: 2,
    steps: () => [
      () =>
        gql<{ entity: Entry | null }>(
          'UnknownLookup',
          `query UnknownLookup { entity(id: "no-such-entity") { id } }`,
          undefined,
          (d) => d.entity === null,
        ),
    ],
  },
  {
    name: 'nested relationships with evidence',
    weight: 10,
    steps: (r) => [
      () =>
        gql<{ checkpoint: object | null }>(
          'CheckpointMechanism',
          `query CheckpointMechanism($id: ID!) { checkpoint(id: $id) { name synonyms
             inhibitedBy { therapy { name brandNames treats { cancer { name } approvalYear } } mechanism evidence { source { title } locator quote } } } }`,
          { id: pick(r, CHECKPOINTS) },
          (d) => d.checkpoint !== null,
        ),
    ],
  },
  {
    name: 'nested list',
    weight: 6,
    steps: () => [
      () =>
        gql<{ therapies: { nodes: Entry[] } }>(
          'NestedList',
          `query NestedList { therapies(first: 20) { nodes { id inhibits { checkpoint { id expressedOn { cell { id name } } } } } } }`,
          undefined,
          (d) => d.therapies.nodes.length === 20,
        ),
    ],
  },
  {
    name: 'search',
    weight: 14,
    steps: (r) => {
      const [text, expected] = pick(r, SEARCHES);
      return [
        () =>
          gql<{ search: Array<{ entity: Entry }> }>(
            'Search',
            `query Search($text: String!) { search(text: $text, first: 10) { kind matchedOn score entity { id name } } }`,
            { text },
            (d) => d.search.some((hit) => hit.entity.id === expected),
          ),
      ];
    },
  },
  {
    name: 'filtered list, two pages by cursor',
    weight: 10,
    steps: (r) => {
      const cancer = pick(r, CANCERS);
      const query = `query TherapyPage($cancer: ID!, $after: String) {
        therapies(filter: { treats: $cancer }, sort: { field: NAME, direction: ASC }, first: 3, after: $after) {
          totalCount edges { cursor node { id name brandNames } } pageInfo { hasNextPage endCursor } } }`;
      return [
        () =>
          gql<TherapyPage>('TherapyPage', query, { cancer }, (d) => d.therapies.totalCount >= d.therapies.edges.length),
        (previous) => {
          // The first page's data, as the first step's check accepted it.
          const pageInfo = (previous as TherapyPage | null)?.therapies.pageInfo;
          return pageInfo?.hasNextPage
            ? gql<TherapyPage>(
                'TherapyPage',
                query,
                { cancer, after: pageInfo.endCursor },
                (d) => d.therapies.edges.length > 0,
              )
            : null;
        },
      ];
    },
  },
  {
    name: 'neighborhood',
    weight: 10,
    steps: (r) => [
      () =>
        gql<{ neighborhood: { nodes: Entry[] } }>(
          'Neighborhood',
          `query Neighborhood($id: ID!, $depth: Int!) { neighborhood(id: $id, depth: $depth, limit: 500) {
             nodes { id label caption type distance } edges { id source target type label } truncated } }`,
          { id: pick(r, HUBS), depth: 1 + Math.floor(r() * 2) },
          (d) => d.neighborhood.nodes.length > 1,
        ),
    ],
  },
  {
    name: 'paths',
    weight: 6,
    steps: (r) => {
      const [from, to] = pick(r, PATHS);
      return [
        () =>
          gql<{ paths: { paths: unknown[] } }>(
            'Paths',
            `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 3, first: 5) {
             paths { length entities { id name } relations { type evidence { source { id } locator } } } } }`,
            { from, to },
            (d) => d.paths.paths.length > 0,
          ),
      ];
    },
  },
  {
    name: 'stats',
    weight: 4,
    steps: () => [
      () =>
        gql<{ stats: { nodeCount: number } }>(
          'Stats',
          `query Stats { stats { nodeCount relationshipCount labels { name count } relationshipTypes { name count } } }`,
          undefined,
          (d) => d.stats.nodeCount > 0,
        ),
    ],
  },
  {
    name: 'batch lookup',
    weight: 4,
    steps: () => [
      () =>
        gql<{ entities: unknown[] }>(
          'Batch',
          `query Batch($ids: [ID!]!) { entities(ids: $ids) { id name } }`,
          { ids: [...THERAPIES, ...CHECKPOINTS, ...CANCERS] },
          (d) => d.entities.length > 0,
        ),
    ],
  },
  {
    name: 'export (GraphQL)',
    weight: 3,
    steps: (r) => [
      () =>
        gql<{ graphExport: { nodeCount: number } }>(
          'Export',
          `query Export($center: ID!) { graphExport(format: CYTOSCAPE_JSON, center: $center, depth: 2) { nodeCount edgeCount content } }`,
          { center: pick(r, HUBS) },
          (d) => d.graphExport.nodeCount > 0,
        ),
    ],
  },
  {
    name: 'export (download)',
    weight: 2,
    steps: (r) => {
      const whole = r() < 0.5;
      const get = whole ? '/export/graph.graphml' : `/export/graph.json?center=${pick(r, HUBS)}&depth=2`;
      return [() => ({ name: whole ? 'GET /export/graph.graphml' : 'GET /export/graph.json', get })];
    },
  },
  {
    name: 'invalid input',
    weight: 5,
    steps: (r) => [() => ({ ...gql('Invalid', pick(r, INVALID)), name: 'invalid', expectCode: 'BAD_USER_INPUT' })],
  },
];

export function weightedPicker(random: () => number): () => Scenario {
  const total = SCENARIOS.reduce((sum, s) => sum + s.weight, 0);
  return () => {
    let x = random() * total;
    for (const scenario of SCENARIOS) {
      x -= scenario.weight;
      if (x < 0) return scenario;
    }
    return SCENARIOS[SCENARIOS.length - 1]!;
  };
}
