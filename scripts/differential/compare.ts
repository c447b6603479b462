import { isDeepStrictEqual } from 'node:util';
import type { GraphQLSchema } from 'graphql';
import { DEFAULT_QUERY_TIMEOUTS, type QueryTimeouts } from '../../src/db/executor';
import { ErrorCode } from '../../src/errors/codes';
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

/**
 * The executor bounds of both sides: four times the service's transaction timeout. Generated
 * operations are large and the suite runs them four at a time on loaded cores; a wrong answer
 * shows whatever the timeout, so a longer one only removes noise.
 */
export const DIFFERENTIAL_QUERY_TIMEOUTS: QueryTimeouts = {
  ...DEFAULT_QUERY_TIMEOUTS,
  queryMs: 4 * DEFAULT_QUERY_TIMEOUTS.queryMs,
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
  /** Every error of each side, whatever the differing path: a timeout nulls data far from its cause. */
  optimisedErrors: Answer['errors'];
  plainErrors: Answer['errors'];
  /** How many times the pair ran (more than one: a side hit a database timeout or outage). */
  attempts: number;
}

export interface DifferentialReport {
  operations: number;
  mismatches: Mismatch[];
  signatures: Map<string, Mismatch[]>;
  cypherQueries: { optimised: number; plain: number };
  /** Pairs run again because a side hit a database timeout or outage. */
  retried: number;
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
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      );
      if (inner !== null) return inner;
    }
  }
  return path;
}

const valueAt = (root: unknown, path: string): unknown =>
  path === ''
    ? root
    : path
        .split('.')
        .reduce<unknown>(
          (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
          root,
        );

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

/**
 * A timed-out or unavailable database says nothing about the resolution under test: a loaded
 * machine can push one side's transaction past its timeout while the other side's passes.
 */
const TRANSIENT_CODES: readonly unknown[] = [ErrorCode.DatabaseTimeout, ErrorCode.DatabaseUnavailable];
const isTransient = (answer: Answer) => answer.errors.some((e) => TRANSIENT_CODES.includes(e.code));

/** Runs of one pair at most: bounded, so a database that always times out is still reported. */
export const MAX_ATTEMPTS = 3;

/** The first difference of two answers, or null (data and errors; statement counts may differ). */
export function diffAnswers(
  operation: GeneratedOperation,
  optimised: Answer,
  plain: Answer,
  attempts = 1,
): Mismatch | null {
  const compared = (a: Answer) => ({ data: a.data, errors: a.errors });
  const path = firstDifference(compared(optimised), compared(plain));
  if (path === null) return null;
  return {
    operation,
    path,
    optimised: valueAt(compared(optimised), path),
    plain: valueAt(compared(plain), path),
    signature: signatureOf(path, optimised),
    optimisedErrors: optimised.errors,
    plainErrors: plain.errors,
    attempts,
  };
}

/**
 * Asks both sides (`ask`) and compares; when they differ and either side hit a database timeout
 * or outage, the pair runs again, up to MAX_ATTEMPTS. Any other difference is reported at once.
 */
export async function comparePair(
  operation: GeneratedOperation,
  ask: () => Promise<[Answer, Answer]>,
  maxAttempts = MAX_ATTEMPTS,
): Promise<{ mismatch: Mismatch | null; optimised: Answer; plain: Answer; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const [optimised, plain] = await ask();
    const mismatch = diffAnswers(operation, optimised, plain, attempt);
    const retry = mismatch !== null && (isTransient(optimised) || isTransient(plain)) && attempt < maxAttempts;
    if (!retry) return { mismatch, optimised, plain, attempts: attempt };
  }
}

export async function compareOperation(
  optimisedServer: GraphServer,
  plainServer: GraphServer,
  operation: GeneratedOperation,
): Promise<{ mismatch: Mismatch | null; optimised: Answer; plain: Answer; attempts: number }> {
  return comparePair(operation, () =>
    Promise.all([answer(optimisedServer, operation), answer(plainServer, operation)]),
  );
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
    retried: 0,
    milliseconds: 0,
  };
  let next = 0;
  const worker = async () => {
    while (next < options.seeds.length) {
      const seed = options.seeds[next++]!;
      const operation = generateOperation(options.schema, options.data, seed, options.generator);
      const { mismatch, optimised, plain, attempts } = await compareOperation(
        options.optimised,
        options.plain,
        operation,
      );
      report.operations += 1;
      if (attempts > 1) report.retried += 1;
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
    `seed ${mismatch.operation.seed}: answers differ at ${mismatch.path}` +
      (mismatch.attempts > 1 ? ` (after ${mismatch.attempts} attempts)` : ''),
    `  optimised: ${json(mismatch.optimised)}`,
    `  plain:     ${json(mismatch.plain)}`,
    `  optimised errors: ${json(mismatch.optimisedErrors)}`,
    `  plain errors:     ${json(mismatch.plainErrors)}`,
    `  variables: ${JSON.stringify(mismatch.operation.variables)}`,
    mismatch.operation.query
      .split('\n')
      .map((line) => `  | ${line}`)
      .join('\n'),
  ].join('\n');
}
