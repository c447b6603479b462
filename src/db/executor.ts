import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { toGraphQLError } from './errors';

export type Params = Record<string, unknown>;

/**
 * JS numbers travel as Cypher floats; LIMIT, SKIP and stored years need integers. Whole numbers
 * become Cypher integers, recursively (the parameters are small: ids, limits, seed batches).
 */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}

const toCypherParams = (params: Params) => toCypherValue(params) as Params;

export type CypherOutcome = 'success' | 'error';

/** Told about every statement when it ends (metrics); must not throw. */
export interface CypherObserver {
  statementFinished(durationMs: number, outcome: CypherOutcome): void;
}

const UNOBSERVED: CypherObserver = { statementFinished: () => undefined };

/** Runs one statement and reports its duration and outcome to the observer. */
async function observed<T>(observer: CypherObserver, statement: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await statement();
    observer.statementFinished(performance.now() - started, 'success');
    return result;
  } catch (error) {
    observer.statementFinished(performance.now() - started, 'error');
    throw error;
  }
}

/**
 * The one place Cypher is sent from. Reads go through managed read transactions (so a routing
 * neo4j:// URI spreads them over cluster members), writes through write transactions; driver
 * failures become coded GraphQL errors.
 */
export class CypherExecutor {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
    private readonly onQuery: () => void = () => undefined,
    private readonly observer: CypherObserver = UNOBSERVED,
  ) {}

  /** A view that reports every query sent, e.g. to count round trips per GraphQL request. */
  withQueryListener(onQuery: () => void): CypherExecutor {
    return new CypherExecutor(this.driver, this.database, () => {
      this.onQuery();
      onQuery();
    }, this.observer);
  }

  /** A view that reports each statement's duration and outcome (views made from it inherit it). */
  withObserver(observer: CypherObserver): CypherExecutor {
    return new CypherExecutor(this.driver, this.database, this.onQuery, observer);
  }

  async read<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.READ);
  }

  async write<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.WRITE);
  }

  /** Several statements in one write transaction: all of them land, or none. */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new TransactionRunner(tx, this.onQuery, this.observer)));
    } catch (error) {
      throw toGraphQLError(error);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    await this.read('RETURN 1 AS ok');
  }

  private async run<T extends RecordShape>(query: string, params: Params, routing: 'READ' | 'WRITE'): Promise<T[]> {
    this.onQuery();
    try {
      const result = await observed(this.observer, () =>
        this.driver.executeQuery(query, toCypherParams(params), { database: this.database, routing }),
      );
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      throw toGraphQLError(error);
    }
  }
}

export class TransactionRunner {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly onQuery: () => void,
    private readonly observer: CypherObserver = UNOBSERVED,
  ) {}

  async run<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    this.onQuery();
    const result = await observed(this.observer, () => this.tx.run(query, toCypherParams(params)));
    return result.records.map((record) => record.toObject() as T);
  }
}
