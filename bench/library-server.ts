/**
 * Contender (b): the same graph served by the Neo4j GraphQL Library (@neo4j/graphql v7), which
 * compiles each root field into one Cypher statement. Operations the library cannot generate
 * (full-text search, neighborhood, paths, stats) use its @cypher directive with the same Cypher as
 * the floor. Prints its getSchema() time; counts the Cypher statements it sends per request.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { FLOOR_CYPHER } from './operations';

let statements = 0;

/** Wraps the driver so every statement the library runs is counted (sessions, transactions, executeQuery). */
function countingDriver(driver: Driver): Driver {
  // The proxies forward to whatever method the driver has; unknown-in, unknown-out is all they rely on.
  type Method = (this: unknown, ...args: unknown[]) => unknown;
  const wrapRunner = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        const method = value as Method;
        if (prop === 'run') {
          return (...args: unknown[]) => {
            statements += 1;
            return method.apply(obj, args);
          };
        }
        if (
          prop === 'executeRead' ||
          prop === 'executeWrite' ||
          prop === 'readTransaction' ||
          prop === 'writeTransaction'
        ) {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            method.call(obj, (tx: object) => work(wrapRunner(tx)), ...rest);
        }
        if (prop === 'beginTransaction') {
          return (...args: unknown[]) => wrapRunner(method.apply(obj, args) as object);
        }
        return method.bind(obj);
      },
    });
  return new Proxy(driver, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      const method = value as Method;
      if (prop === 'session') return (...args: unknown[]) => wrapRunner(method.apply(obj, args) as object);
      if (prop === 'executeQuery') {
        return (...args: unknown[]) => {
          statements += 1;
          return method.apply(obj, args);
        };
      }
      return method.bind(obj);
    },
  });
}

/** A @cypher field answering with the floor's statement, serialised as JSON. */
const json = (name: string, args: string, floorStatement: string) =>
  `${name}${args ? `(${args})` : ''}: String @cypher(statement: """CALL () { ${floorStatement} } RETURN apoc.convert.toJson(result) AS json""", columnName: "json")`;

export const LIBRARY_TYPE_DEFS = `
interface Entity { id: ID! name: String! }
type Therapy implements Entity @node(labels: ["Therapy", "Entity"]) {
  id: ID!
  name: String!
  sortName: String
  brandNames: [String!]
  synonyms: [String!]
  inhibits: [Checkpoint!]! @relationship(type: "INHIBITS", direction: OUT)
  treats: [Cancer!]! @relationship(type: "TREATS", direction: OUT)
}
type Checkpoint implements Entity @node(labels: ["Checkpoint", "Entity"]) {
  id: ID!
  name: String!
  expressedOn: [ImmuneCell!]! @relationship(type: "EXPRESSED_ON", direction: OUT)
}
type ImmuneCell implements Entity @node(labels: ["ImmuneCell", "Entity"]) { id: ID! name: String! }
type Cancer implements Entity @node(labels: ["Cancer", "Entity"]) { id: ID! name: String! }
type TherapyClass implements Entity @node(labels: ["TherapyClass", "Entity"]) { id: ID! name: String! }
type Antigen implements Entity @node(labels: ["Antigen", "Entity"]) { id: ID! name: String! }
type Biomarker implements Entity @node(labels: ["Biomarker", "Entity"]) { id: ID! name: String! }
type Query {
  ${json('searchJson', 'lucene: String!, first: Int!, kinds: [String!]', FLOOR_CYPHER.search)}
  ${json('neighborhoodJson', 'id: ID!, depth: Int!, limit: Int!', FLOOR_CYPHER.neighborhood)}
  ${json('pathsJson', 'fromId: ID!, toId: ID!, maxLength: Int!, first: Int!', FLOOR_CYPHER.paths)}
  ${json('statsJson', '', FLOOR_CYPHER.stats)}
}
`;

async function main(): Promise<void> {
  const started = Date.now();
  const driver = countingDriver(
    neo4j.driver(
      process.env.NEO4J_URI!,
      neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD!),
    ),
  );
  const library = new Neo4jGraphQL({ typeDefs: LIBRARY_TYPE_DEFS, driver });
  const schemaStarted = Date.now();
  const schema = await library.getSchema();
  const schemaMs = Date.now() - schemaStarted;
  const server = new ApolloServer({
    schema,
    stopOnTerminationSignals: true,
    plugins: [
      {
        async requestDidStart() {
          const before = statements;
          return {
            async willSendResponse({ response }) {
              if (response.body.kind === 'single') {
                response.body.singleResult.extensions = { cypherQueries: statements - before };
              }
            },
          };
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4101) },
    context: async () => ({ cypherQueryOptions: {} }),
  });
  console.log(JSON.stringify({ ready: url, getSchemaMs: schemaMs, startupMs: Date.now() - started }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
