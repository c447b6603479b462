import { isDeepStrictEqual } from 'node:util';
import type { GraphQLSchema } from 'graphql';
import { createLogger } from '../../src/observability/logger';
import type { GraphServer, GraphServerOptions } from '../../src/server';
import { generateOperation, type GeneratedOperation, type GeneratorData, type GeneratorOptions } from './generator';

/** What the comparison looks at: data, and errors by message, path and code (not extensions). */
/**
 * Both servers of a comparison: quiet (internal errors are compared, not logged one by one) and
 * without the cost limit, which would refuse the same large generated operations on both sides
 * and so compare nothing. The limits are tested on their own.
 */
export const DIFFERENTIAL_SERVER_OPTIONS: GraphServerOptions = {
  logger: createLogger({ level: 'silent' }),
  operationLimits: { maxCost: Number.MAX_SAFE_INTEGER },
};

export interface Answer {
  data: unknown;
  errors: Array<{ message: string; path: string; code: unknown }>;
  cypherQueries: number;
}

export interface Mismatch {
  operation: GeneratedOperation;
  /** Where the two answers first differ, e.g. `data.therapy.inhibits.0.from.name`. */
  path: string;
  optimised: unknown;
  plain: unknown;
  /** The same bug found through different operations shares this. */
  signature: string;
}

export interface DifferentialReport {
  operations: number;
  mismatches: Mismatch[];
  signatures: Map<string, Mismatch[]>;
  cypherQueries: { optimised: number; plain: number };
  milliseconds: number;
}

export async function answer(server: GraphServer, operation: GeneratedOperation): Promise<Answer> {
  const contextValue = server.createRequestContext();
  const response = await server.apollo.executeOperation(
    { query: operation.query, variables: operation.variables },
    { contextValue },
  );
  if (response.body.kind !== 'single') throw new Error('an incremental answer: not expected from these operations');
  const { data, errors } = response.body.singleResult;
  return {
    data: data ?? null,
    errors: (errors ?? [])
      .map((e) => ({ message: e.message, path: (e.path ?? []).join('.'), code: e.extensions?.code }))
      // Execution order differs when one side waits on a loader; the set of errors is what counts.
      .sort((a, b) => (a.path + a.message < b.path + b.message ? -1 : a.path + a.message > b.path + b.message ? 1 : 0)),
    cypherQueries: contextValue.cypherQueryCount(),
  };
}

/** The first path (dot-separated) where a and b differ, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const inner = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (inner !== null) return inner;
    }
  }
  return path;
}

const valueAt = (root: unknown, path: string): unknown =>
  path === '' ? root : path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), root);

/**
 * A bug's fingerprint: list indices and alias numbers dropped from the tail of the path, plus the
 * optimised side's first error, so a hundred operations hitting one bug count once.
 */
function signatureOf(path: string, optimised: Answer): string {
  const tail = path
    .split('.')
    .filter((key) => !/^\d+$/.test(key))
    .map((key) => key.replace(/\d+$/, ''))
    .slice(-3)
    .join('.');
  const error = optimised.errors[0]?.message.replace(/"[^"]*"/g, '"…"') ?? '';
  return `${tail}${error ? ` | ${error}` : ''}`;
}

export async function compareOperation(
  optimisedServer: GraphServer,
  plainServer: GraphServer,
  operation: GeneratedOperation,
): Promise<{ mismatch: Mismatch | null; optimised: Answer; plain: Answer }> {
  const [optimised, plain] = await Promise.all([answer(optimisedServer, operation), answer(plainServer, operation)]);
  const compared = (a: Answer) => ({ data: a.data, errors: a.errors });
  const path = firstDifference(compared(optimised), compared(plain));
  if (path === null) return { mismatch: null, optimised, plain };
  return {
    optimised,
    plain,
    mismatch: {
      operation,
      path,
      optimised: valueAt(compared(optimised), path),
      plain: valueAt(compared(plain), path),
      signature: signatureOf(path, optimised),
    },
  };
}

/** Runs the operations of `seeds` through both servers, `concurrency` at a time. */
export async function runDifferential(options: {
  optimised: GraphServer;
  plain: GraphServer;
  schema: GraphQLSchema;
  data: GeneratorData;
  seeds: readonly number[];
  concurrency: number;
  generator?: GeneratorOptions;
  onProgress?: (done: number) => void;
}): Promise<DifferentialReport> {
  const started = Date.now();
  const report: DifferentialReport = {
    operations: 0,
    mismatches: [],
    signatures: new Map(),
    cypherQueries: { optimised: 0, plain: 0 },
    milliseconds: 0,
  };
  let next = 0;
  const worker = async () => {
    while (next < options.seeds.length) {
      const seed = options.seeds[next++]!;
      const operation = generateOperation(options.schema, options.data, seed, options.generator);
      const { mismatch, optimised, plain } = await compareOperation(options.optimised, options.plain, operation);
      report.operations += 1;
      report.cypherQueries.optimised += optimised.cypherQueries;
      report.cypherQueries.plain += plain.cypherQueries;
      if (mismatch) {
        report.mismatches.push(mismatch);
        const same = report.signatures.get(mismatch.signature) ?? [];
        same.push(mismatch);
        report.signatures.set(mismatch.signature, same);
      }
      options.onProgress?.(report.operations);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  report.milliseconds = Date.now() - started;
  return report;
}

/** Seed, operation, variables and the first differing path: enough to reproduce by hand. */
export function describeMismatch(mismatch: Mismatch): string {
  const json = (value: unknown) => JSON.stringify(value, null, 0)?.slice(0, 400) ?? 'undefined';
  return [
    `seed ${mismatch.operation.seed}: answers differ at ${mismatch.path}`,
    `  optimised: ${json(mismatch.optimised)}`,
    `  plain:     ${json(mismatch.plain)}`,
    `  variables: ${JSON.stringify(mismatch.operation.variables)}`,
    mismatch.operation.query
      .split('\n')
      .map((line) => `  | ${line}`)
      .join('\n'),
  ].join('\n');
}
