import http from 'node:http';
import { ABUSE_CASES } from './abuse-cases';
import { mulberry32 } from '../scripts/random';

/**
 * Malformed and hostile HTTP requests against every route, generated reproducibly from a seed,
 * and the rules every answer must keep: no 5xx, JSON errors with a code. Shared by the
 * integration test (a few hundred requests) and `npm run hostile` (10,000 and more).
 */
export interface HostileRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface HostileAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** Strings shaped like attacks on Cypher, Lucene, JavaScript, HTML, paths and encodings. */
export const INJECTIONS = [
  `x"}) MATCH (n) DETACH DELETE n //`,
  `'}) MATCH (n) DETACH DELETE n RETURN 1 //`,
  `pd-1' OR 1=1 --`,
  `pd-1"}) CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DETACH DELETE n", {}) //`,
  '`) MATCH (n) SET n.name = "pwned" //',
  `*:* OR name:*`,
  `title:(a OR b)^10 ~2 /regex/ \\`,
  `\${process.exit(1)}`,
  `require('child_process').execSync('id')`,
  `__proto__`,
  `constructor`,
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `{{7*7}}`,
  `../../../../etc/passwd`,
  `%00%0d%0aSet-Cookie: a=b`,
  `\u0000\u0000null\u0000bytes`,
  `\u202Eevil\u202C RTL override`,
  `𝕿𝖍𝖊 𝖚𝖓𝖎𝖈𝖔𝖉𝖊 🧬🦠💉 a\u0301\u0302\u0303`,
  `\ud800 lone surrogate \udfff`,
  ' ',
  '',
];

const ROOT_QUERIES: Array<{ query: string; stringVars: string[] }> = [
  { query: 'query($s: ID!) { entity(id: $s) { id name } }', stringVars: ['s'] },
  { query: 'query($s: ID!) { entities(ids: [$s, $s]) { id } }', stringVars: ['s'] },
  { query: 'query($s: ID!) { source(id: $s) { id title } }', stringVars: ['s'] },
  { query: 'query($s: ID!) { therapy(id: $s) { id inhibits { checkpoint { id } } } }', stringVars: ['s'] },
  {
    query: 'query($s: ID!) { therapyClass(id: $s) { id } checkpoint(id: $s) { id } immuneCell(id: $s) { id } }',
    stringVars: ['s'],
  },
  {
    query: 'query($s: ID!) { cancer(id: $s) { id } antigen(id: $s) { id } biomarker(id: $s) { id } }',
    stringVars: ['s'],
  },
  {
    query:
      'query($s: String, $c: ID) { therapies(filter: { nameContains: $s, relatedTo: $c, class: $c, inhibits: $c, targets: $c, treats: $c }) { totalCount } }',
    stringVars: ['s', 'c'],
  },
  {
    query:
      'query($s: String, $c: ID) { checkpoints(filter: { nameContains: $s, inhibitedBy: $c }) { totalCount } cancers(filter: { nameContains: $s, treatedBy: $c, expresses: $c }) { totalCount } }',
    stringVars: ['s', 'c'],
  },
  {
    query:
      'query($s: String, $c: ID) { antigens(filter: { nameContains: $s, targetedBy: $c }) { totalCount } biomarkers(filter: { nameContains: $s, relatedTo: $c }) { totalCount } immuneCells(filter: { nameContains: $s }) { totalCount } therapyClasses(filter: { relatedTo: $c }) { totalCount } }',
    stringVars: ['s', 'c'],
  },
  { query: 'query($a: String) { therapies(after: $a) { totalCount } }', stringVars: ['a'] },
  { query: 'query($s: String!) { search(text: $s) { score entity { id } } }', stringVars: ['s'] },
  { query: 'query($s: ID!) { neighborhood(id: $s, depth: 2) { truncated nodes { id } } }', stringVars: ['s'] },
  {
    query: 'query($s: ID!, $t: ID!) { paths(from: $s, to: $t, maxLength: 2) { paths { length } } }',
    stringVars: ['s', 't'],
  },
  {
    query: 'query($s: ID) { graphExport(format: CYTOSCAPE_JSON, center: $s, depth: 1) { nodeCount } }',
    stringVars: ['s'],
  },
];

const WRONG_VALUES: unknown[] = [
  '3',
  1e308,
  -1,
  0,
  2.5,
  true,
  null,
  [],
  {},
  [[1]],
  { $gt: '' },
  'NaN',
  'A'.repeat(5000),
];

const times = (n: number, s: string) => s.repeat(n);

/** Percent-encodes every byte (lone surrogates become U+FFFD, as any HTTP client would send them). */
const percentEncoded = (text: string) =>
  [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

function json(body: unknown): string {
  return JSON.stringify(body);
}

const GRAPHQL_JSON = { 'content-type': 'application/json' };

/** Each generator draws one request of its kind. */
const GENERATORS: Record<string, (pick: <T>(items: readonly T[]) => T, rnd: () => number) => HostileRequest> = {
  brokenJson: (pick) => ({
    kind: 'brokenJson',
    method: 'POST',
    path: '/graphql',
    headers: GRAPHQL_JSON,
    body: pick([
      '{"query":',
      '{"query": "{ stats { nodeCount } }",}',
      "{'query': '{ stats { nodeCount } }'}",
      '{"query": NaN}',
      '}{',
      'null',
      '"just a string"',
      '12345',
      '',
      '{"query": "\\uZZZZ"}',
      times(10_000, '[') + times(10_000, ']'),
      '{"a":' + times(5_000, '{"a":') + '1' + times(5_001, '}'),
      '\u0000\u0001\u0002',
    ]),
  }),
  deepDocument: (pick) => ({
    kind: 'deepDocument',
    method: 'POST',
    path: '/graphql',
    headers: GRAPHQL_JSON,
    body: json({
      query: pick([
        times(10_000, '{'),
        `{ entity(id: "pd-1") ${times(5_000, '{ relations ')}${times(5_000, '}')} }`,
        `{ ${times(3_000, 'stats { nodeCount } ')} }`,
        `{ ${times(1_500, '__typename ')} }`,
        `query(${Array.from({ length: 800 }, (_, i) => `$v${i}: Int`).join(', ')}) { stats { nodeCount } }`,
        `{ stats { nodeCount ${times(500, '@include(if: true) ')} } }`,
        `{ search(text: "${times(100_000, 'a')}") { score } }`,
      ]),
    }),
  }),
  hugeString: (pick) => ({
    kind: 'hugeString',
    method: 'POST',
    path: '/graphql',
    headers: GRAPHQL_JSON,
    body: json({
      query: 'query($s: String!) { search(text: $s) { score } }',
      variables: { s: pick(['x', '🧬', 'é', '\u0000']).repeat(pick([1 << 20, 60_000, 201])) },
    }),
  }),
  wrongVariables: (pick) => {
    const queries = [
      'query($v: Int) { neighborhood(id: "pd-1", depth: $v) { truncated } }',
      'query($v: Int) { therapies(first: $v) { totalCount } }',
      'query($v: [ID!]!) { entities(ids: $v) { id } }',
      'query($v: String!) { search(text: $v) { score } }',
      'query($v: [RelationType!]) { neighborhood(id: "pd-1", relationTypes: $v) { truncated } }',
      'query($v: EntitySort) { therapies(sort: $v) { totalCount } }',
      'query($v: TherapyFilter) { therapies(filter: $v) { totalCount } }',
      'query($v: Int, $w: Int) { paths(from: "pembrolizumab", to: "t-cell", maxLength: $v, first: $w) { paths { length } } }',
    ];
    return {
      kind: 'wrongVariables',
      method: 'POST',
      path: '/graphql',
      headers: GRAPHQL_JSON,
      body: json({
        query: pick(queries),
        variables: pick([{ v: pick(WRONG_VALUES), w: pick(WRONG_VALUES) }, 'notAnObject', [1, 2], null, 42]),
      }),
    };
  },
  injection: (pick) => {
    const root = pick(ROOT_QUERIES);
    const variables = Object.fromEntries(root.stringVars.map((name) => [name, pick(INJECTIONS)]));
    return {
      kind: 'injection',
      method: 'POST',
      path: '/graphql',
      headers: GRAPHQL_JSON,
      body: json({ query: root.query, variables }),
    };
  },
  injectionLiteral: (pick) => {
    const value = JSON.stringify(pick(INJECTIONS));
    const query = pick([
      `{ entity(id: ${value}) { id } }`,
      `{ search(text: ${value}) { score } }`,
      `{ therapies(filter: { nameContains: ${value} }) { totalCount } }`,
      `{ paths(from: ${value}, to: "t-cell") { paths { length } } }`,
      `{ neighborhood(id: ${value}) { truncated } }`,
    ]);
    return {
      kind: 'injectionLiteral',
      method: 'GET',
      path: `/graphql?query=${percentEncoded(query)}`,
      headers: { 'apollo-require-preflight': '1' },
    };
  },
  batched: (pick) => ({
    kind: 'batched',
    method: 'POST',
    path: '/graphql',
    headers: GRAPHQL_JSON,
    body: pick([
      '[]',
      json([{ query: '{ stats { nodeCount } }' }, { query: '{ stats { nodeCount } }' }]),
      json(
        Array.from({ length: 500 }, () => ({
          query: '{ neighborhood(id: "pd-1", depth: 3, limit: 2000) { truncated } }',
        })),
      ),
    ]),
  }),
  wrongMethod: (pick) => ({
    kind: 'wrongMethod',
    method: pick(['PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']),
    path: pick(['/graphql', '/health', '/ready', '/export/graph.json', '/explorer', '/neo4j-browser/style.grass', '/']),
    headers: GRAPHQL_JSON,
    body: json({ query: '{ stats { nodeCount } }' }),
  }),
  wrongContentType: (pick) => ({
    kind: 'wrongContentType',
    method: 'POST',
    path: '/graphql',
    headers: pick<Record<string, string>>([
      {},
      { 'content-type': 'text/plain' },
      { 'content-type': 'text/plain', 'apollo-require-preflight': '1' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      { 'content-type': 'application/graphql' },
      { 'content-type': 'application/json; charset=utf-16' },
      { 'content-type': 'application/json; charset=latin-9' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      { 'content-type': 'application/json', 'content-encoding': 'compress' },
      { 'content-type': '../../../etc/passwd' },
    ]),
    body: json({ query: '{ stats { nodeCount } }' }),
  }),
  getMutation: (pick) => ({
    kind: 'getMutation',
    method: 'GET',
    path: `/graphql?${pick([
      'query=mutation%20%7B%20x%20%7D',
      'query=subscription%20%7B%20x%20%7D',
      'query=%7Bstats%7BnodeCount%7D%7D&variables=%7Bnot%20json',
      'query=%7Bstats%7BnodeCount%7D%7D&extensions=%5B%5D',
      'query=%7Bstats%7BnodeCount%7D%7D&query=%7Bstats%7BnodeCount%7D%7D',
      'query[a]=b',
      'operationName=Nope&query=query%20A%20%7Bstats%7BnodeCount%7D%7D',
      'query=' + encodeURIComponent(`{ ${times(2_000, 'a ')} }`),
    ])}`,
    headers: pick<Record<string, string>>([{ 'apollo-require-preflight': '1' }, {}, { accept: 'text/html' }]),
  }),
  hugeHeaders: (pick, rnd) => ({
    kind: 'hugeHeaders',
    method: pick(['GET', 'POST']),
    path: pick(['/graphql', '/health', '/export/graph.json?center=pd-1']),
    headers: {
      ...GRAPHQL_JSON,
      'apollo-require-preflight': '1',
      'x-filler': 'a'.repeat(Math.floor(rnd() * 12_000)),
      ...Object.fromEntries(Array.from({ length: pick([1, 50, 90]) }, (_, i) => [`x-h${i}`, 'v'])),
    },
    body: json({ query: '{ stats { nodeCount } }' }),
  }),
  invalidUtf8: (pick) => ({
    kind: 'invalidUtf8',
    method: 'POST',
    path: '/graphql',
    headers: GRAPHQL_JSON,
    body: Buffer.concat([
      Buffer.from('{"query":"{ search(text: \\"'),
      Buffer.from(
        pick([
          [0xff, 0xfe],
          [0xc0, 0xaf],
          [0xed, 0xa0, 0x80],
          [0xf8, 0x88, 0x80, 0x80, 0x80],
          [0xe2, 0x82],
        ]),
      ),
      Buffer.from('\\") { score } }"}'),
    ]),
  }),
  otherRoutes: (pick) => {
    const hostile = percentEncoded(pick(INJECTIONS));
    return {
      kind: 'otherRoutes',
      method: pick(['GET', 'GET', 'HEAD', 'OPTIONS']),
      path: pick([
        '/health',
        '/ready',
        `/export/graph.json?center=${hostile}&depth=2&limit=50`,
        `/export/graph.graphml?center=pd-1&depth=${hostile}`,
        `/export/graph.graphml?center=pd-1&limit=${pick(['-1', '99999999999', '1e3', '0x10', ''])}`,
        `/export/graph.json?center=pd-1&relationTypes=${hostile}`,
        '/export/graph.json?center=pd-1&center=pd-l1',
        '/export/graph.json?depth[]=1',
        '/explorer',
        `/explorer?focus=${hostile}`,
        '/explorer/..%2f..%2fpackage.json',
        '/explorer/%2e%2e/%2e%2e/etc/passwd',
        '/explorer/%E0%A4%A',
        '/explorer/%00',
        '/neo4j-browser/style.grass',
        '/neo4j-browser/guide.html',
        '/neo4j-browser/..%2f..%2fpackage.json',
        `/${hostile}`,
        '/%',
        '/graphql/%ff',
      ]),
      headers: {},
    };
  },
  limits: (pick) => {
    const abuse = pick(ABUSE_CASES);
    return {
      kind: 'limits',
      method: 'POST',
      path: '/graphql',
      headers: GRAPHQL_JSON,
      body: json({ query: abuse.query, variables: abuse.variables }),
    };
  },
};

export const HOSTILE_KINDS = Object.keys(GENERATORS);

/** `count` requests, each kind in turn so every kind is represented, contents drawn from `seed`. */
export function* hostileRequests(count: number, seed: number): Generator<HostileRequest> {
  const rnd = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  for (let i = 0; i < count; i++) yield GENERATORS[HOSTILE_KINDS[i % HOSTILE_KINDS.length]!]!(pick, rnd);
}

/** One request on its own connection, exactly as generated (no client-side normalisation). */
export function send(base: URL, request: HostileRequest, timeoutMs = 120_000): Promise<HostileAnswer> {
  return new Promise((resolve, reject) => {
    const body =
      request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body);
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers: {
          ...request.headers,
          ...(body ? { 'content-length': String(body.length) } : {}),
          connection: 'close',
        },
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The error codes an answer carries (GraphQL errors or the service's `{ error: { code } }`). */
export function codesOf(answer: HostileAnswer): string[] {
  if (!answer.contentType.includes('json') || answer.body === '') return [];
  try {
    const body = JSON.parse(answer.body) as {
      errors?: Array<{ extensions?: { code?: string } }>;
      error?: { code?: string };
    };
    if (Array.isArray(body.errors)) return body.errors.map((e) => e.extensions?.code ?? '(none)');
    if (body.error) return [body.error.code ?? '(none)'];
  } catch {
    return ['(unparsable JSON)'];
  }
  return [];
}

/** What is wrong with an answer; empty when it keeps the rules. */
export function problemsWith(request: HostileRequest, answer: HostileAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  const codes = codesOf(answer);
  if (codes.some((c) => c === '(none)' || c === '(unparsable JSON)'))
    problems.push(`uncoded error: ${answer.body.slice(0, 200)}`);
  const hasBody = request.method !== 'HEAD' && answer.status !== 204;
  if (answer.status >= 400 && hasBody && codes.length === 0) {
    problems.push(
      `status ${answer.status} without a coded JSON error (${answer.contentType}): ${answer.body.slice(0, 200)}`,
    );
  }
  if (/\bat .+\.(js|ts):\d+/.test(answer.body) || answer.body.includes('node_modules'))
    problems.push('stack trace or path leaked');
  return problems;
}
