import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, lexicographicSortSchema, parse, printSchema, validate, type GraphQLSchema } from 'graphql';
import * as explorerApi from '../../explorer/src/api';
import * as generated from '../../explorer/src/generated/graphql';
import { PROJECT_ROOT } from '../../src/config';
import { loadTypeDefs } from '../../src/graphql/typeDefs';

/**
 * The explorer's typed clients: the documents graphql-codegen's client preset generated from the
 * explorer's graphql() calls (explorer/src/generated), checked against the server's schema here as
 * well as at codegen time, and the schema file published for other frontends.
 */
const schema = buildSchema(loadTypeDefs());

const documents = Object.entries(generated)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof generated.TypedDocumentString)
  .map(([name, value]) => [name, String(value)] as const);

const errorsOf = (query: string, against: GraphQLSchema = schema) =>
  validate(against, parse(query)).map((e) => e.message);

describe('explorer operations (generated typed documents)', () => {
  it('cover the five operations the explorer sends', () => {
    expect(documents.map(([name]) => name).sort()).toEqual([
      'ExplorerEntityDocument',
      'ExplorerNeighborhoodDocument',
      'ExplorerPathsDocument',
      'ExplorerRelationDocument',
      'ExplorerSearchDocument',
    ]);
  });

  it.each(documents)('%s is one named operation, valid against the server schema', (_name, query) => {
    const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations).toHaveLength(1);
    expect(errorsOf(query)).toEqual([]);
  });

  it('an operation the schema does not allow is caught', () => {
    const [, search] = documents.find(([name]) => name === 'ExplorerSearchDocument')!;
    expect(errorsOf(search.replace('matchedOn', 'matchedOn noSuchField')).join('\n')).toMatch(
      /Cannot query field "noSuchField"/,
    );
    // Valid against a schema that lost a field the explorer reads: the operation no longer is.
    const narrowed = buildSchema(loadTypeDefs().replace(/"[^"\n]*"\s*matchedOn: String!/, ''));
    expect(errorsOf(search, narrowed).join('\n')).toMatch(/Cannot query field "matchedOn"/);
  });

  it('are exactly the documents the explorer sends over HTTP', async () => {
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (_url: unknown, init?: { body?: unknown }) => {
      sent.push((JSON.parse(String(init?.body)) as { query: string }).query);
      return new Response(JSON.stringify({ data: { search: [], neighborhood: null, entity: null, paths: null } }));
    };
    try {
      await explorerApi.search('Keytruda');
      await explorerApi.neighborhood('pembrolizumab', 1, null, 200);
      await explorerApi.entityDetails('pembrolizumab');
      await explorerApi.relationshipDetails({
        id: 'pembrolizumab:INHIBITS:pd-1',
        source: 'pembrolizumab',
        type: 'INHIBITS',
      });
      await explorerApi.paths('axicabtagene-ciloleucel', 'lbcl', null);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent.sort()).toEqual(documents.map(([, query]) => query).sort());
  });
});

describe('published schema (schema.graphql)', () => {
  it("the README's typed-operation example is valid against it", () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/```ts\n[\s\S]*?graphql\(`([\s\S]*?)`\)[\s\S]*?```/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(1);
    const published = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
    for (const query of examples) expect(errorsOf(query, published)).toEqual([]);
  });

  it('describes the schema the server loads', () => {
    const published = fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(printSchema(lexicographicSortSchema(buildSchema(published)))).toEqual(
      printSchema(lexicographicSortSchema(schema)),
    );
  });
});
