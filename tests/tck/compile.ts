import { ApolloServer } from '@apollo/server';
import type { CypherExecutor, Params } from '../../src/db/executor';
import { createContext, type GraphContext } from '../../src/context';
import type { ResolutionMode } from '../../src/graphql/fetch-plans';
import { loadTypeDefs } from '../../src/graphql/typeDefs';
import { resolvers } from '../../src/resolvers';

export interface RecordedStatement {
  cypher: string;
  params: Params;
}

/**
 * Stands where the Neo4j executor stands: keeps each statement and its parameters and answers
 * with no rows, so an operation compiles through the real resolvers and repositories without a
 * database. Only the methods the context and repositories call exist.
 */
export class RecordingExecutor {
  readonly statements: RecordedStatement[] = [];
  private listeners: Array<() => void> = [];

  async read(cypher: string, params: Params = {}): Promise<never[]> {
    this.statements.push({ cypher, params });
    for (const listener of this.listeners) listener();
    return [];
  }

  async write(cypher: string, params: Params = {}): Promise<never[]> {
    return this.read(cypher, params);
  }

  withQueryListener(onQuery: () => void): CypherExecutor {
    this.listeners.push(onQuery);
    return this.asExecutor();
  }

  asExecutor(): CypherExecutor {
    // The repositories only read; a structural stand-in is enough and keeps the driver out.
    return this as unknown as CypherExecutor;
  }
}

let server: ApolloServer<GraphContext> | null = null;

async function apollo(): Promise<ApolloServer<GraphContext>> {
  if (!server) {
    server = new ApolloServer<GraphContext>({
      typeDefs: loadTypeDefs(),
      resolvers,
      includeStacktraceInErrorResponses: false,
    });
    await server.start();
  }
  return server;
}

export async function stopCompiler(): Promise<void> {
  await server?.stop();
  server = null;
}

export interface Compiled {
  statements: RecordedStatement[];
  errors: Array<{ message: string; code: unknown }>;
}

/** Runs one operation through the real schema, resolvers and repositories, recording the Cypher. */
export async function compileOperation(
  query: string,
  variables: Record<string, unknown>,
  mode: ResolutionMode,
): Promise<Compiled> {
  const recorder = new RecordingExecutor();
  const response = await (
    await apollo()
  ).executeOperation({ query, variables }, { contextValue: createContext(recorder.asExecutor(), mode) });
  const errors =
    response.body.kind === 'single'
      ? (response.body.singleResult.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code }))
      : [];
  return { statements: recorder.statements, errors };
}

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
};

/** The snapshot text: each statement, then its parameters (keys sorted), then any GraphQL errors. */
export function render(compiled: Compiled): string {
  const parts = compiled.statements.map(
    (s, i) =>
      `// statement ${i + 1} of ${compiled.statements.length}\n` +
      `${s.cypher.replace(/[ \t]+$/gm, '').trim()}\n` +
      `// params\n${JSON.stringify(sortKeys(s.params), null, 2)}\n`,
  );
  if (compiled.statements.length === 0) parts.push('// no statement\n');
  if (compiled.errors.length > 0) parts.push(`// errors\n${JSON.stringify(compiled.errors, null, 2)}\n`);
  return parts.join('\n');
}
