import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  type SessionMode,
} from 'neo4j-driver';
import { NO_KNOWN_OUTAGE, type DatabaseAvailability } from './availability';
import { deadlinePassed, knownOutage, toDatabaseError } from './errors';
import { TAKE_SHARED_GUARD, withSharedGuard } from './reseed-guard';

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

export interface QueryTimeouts {
  /** Sent as the transaction timeout: Neo4j aborts a transaction running longer. */
  queryMs: number;
  /** The bound for schema changes, seeding and bulk loads (see forMaintenance). */
  maintenanceMs: number;
}

export const DEFAULT_QUERY_TIMEOUTS: QueryTimeouts = { queryMs: 15_000, maintenanceMs: 600_000 };

/**
 * A paused or wedged Neo4j never answers, so its server-side timeout never fires: the client
 * gives up this long after the transaction timeout. Long enough that a live server's own timeout
 * (checked every couple of seconds) usually wins and reports the same code.
 */
export const CLIENT_DEADLINE_MARGIN_MS = 1000;

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
 * failures become domain errors (src/db/errors.ts) that each edge maps. Every transaction carries
 * a timeout, and a client-side deadline rejects with DatabaseTimeoutError when Neo4j does not
 * answer at all.
 */
/** What a view of the executor adds to each statement; views made from a view inherit it. */
interface ExecutorHooks {
  /** Told when a statement is sent (round trips per GraphQL request). */
  onQuery: () => void;
  /** Told each statement's duration and outcome (metrics). */
  observer: CypherObserver;
  /** Known outages (the local Neo4j's supervisor): statements fail at once instead of waiting. */
  availability: DatabaseAvailability;
}

const NO_HOOKS: ExecutorHooks = { onQuery: () => undefined, observer: UNOBSERVED, availability: NO_KNOWN_OUTAGE };

export class CypherExecutor {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
    readonly timeouts: QueryTimeouts = DEFAULT_QUERY_TIMEOUTS,
    private readonly hooks: ExecutorHooks = NO_HOOKS,
  ) {}

  private view(changes: Partial<ExecutorHooks>, timeouts: QueryTimeouts = this.timeouts): CypherExecutor {
    return new CypherExecutor(this.driver, this.database, timeouts, { ...this.hooks, ...changes });
  }

  /** A view that reports every query sent, e.g. to count round trips per GraphQL request. */
  withQueryListener(onQuery: () => void): CypherExecutor {
    const outer = this.hooks.onQuery;
    return this.view({
      onQuery: () => {
        outer();
        onQuery();
      },
    });
  }

  /** A view that reports each statement's duration and outcome. */
  withObserver(observer: CypherObserver): CypherExecutor {
    return this.view({ observer });
  }

  /**
   * A view that raises DatabaseUnavailableError at once while `availability` knows Neo4j is down
   * (being restarted), instead of each request waiting out the driver's retries.
   */
  withAvailability(availability: DatabaseAvailability): CypherExecutor {
    return this.view({ availability });
  }

  /** A view for schema changes, seeding and bulk loads: same driver, the longer maintenance bound. */
  forMaintenance(): CypherExecutor {
    return this.view({}, { ...this.timeouts, queryMs: this.timeouts.maintenanceMs });
  }

  private get onQuery(): () => void {
    return this.hooks.onQuery;
  }

  private get observer(): CypherObserver {
    return this.hooks.observer;
  }

  /**
   * One read statement behind the reseed guard's shared lock. Observed as a whole (connection,
   * retries and all), so a statement that never reached Neo4j is still counted as failed.
   */
  async read<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    this.refuseDuringKnownOutage();
    this.onQuery();
    const guarded = withSharedGuard(query);
    return observed(this.observer, () =>
      this.withSession(neo4j.session.READ, (session, config) =>
        guarded !== null
          ? this.readOnce<T>(session, guarded, params, config)
          : // A statement that takes no clause before it (SHOW …, a standalone CALL): the lock as
            // a statement of its own, pipelined in the same managed transaction.
            session.executeRead(async (tx) => {
              const [, records] = await Promise.all([tx.run(TAKE_SHARED_GUARD), runRecords<T>(tx, query, params)]);
              return records;
            }, config),
      ),
    );
  }

  /**
   * An auto-commit transaction: one round trip (RUN and PULL), where a managed transaction adds
   * BEGIN before and COMMIT after the results — measured on the benchmark's Neo4j (×10, an entity
   * lookup, 10 clients, medians of 10 alternating rounds): 1,026 reads/s against 747/s. The
   * managed transaction's value is its retries; a read is idempotent, so when the first attempt
   * fails with an error the driver would retry (a stale pooled connection, a cluster member gone),
   * the read runs again as a managed transaction, with those retries.
   */
  private async readOnce<T extends RecordShape>(
    session: Session,
    statement: string,
    params: Params,
    config: { timeout: number },
  ): Promise<T[]> {
    try {
      return recordsOf<T>(await session.run(statement, toCypherParams(params), config));
    } catch (error) {
      if (!neo4j.isRetryableError(error)) throw error;
      return session.executeRead((tx) => runRecords<T>(tx, statement, params), config);
    }
  }

  async write<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    this.refuseDuringKnownOutage();
    this.onQuery();
    return observed(this.observer, () =>
      this.withSession(neo4j.session.WRITE, (session, config) =>
        session.executeWrite((tx) => runRecords<T>(tx, query, params), config),
      ),
    );
  }

  /** Several statements in one write transaction: all of them land, or none. */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    this.refuseDuringKnownOutage();
    return this.withSession(neo4j.session.WRITE, (session, config) =>
      session.executeWrite((tx) => work(new TransactionRunner(tx, this.onQuery, this.observer)), config),
    );
  }

  /** Pings are not gated: they are how an outage is noticed and its end seen. */
  private refuseDuringKnownOutage(): void {
    const outage = this.hooks.availability.outage();
    if (outage) throw knownOutage(outage);
  }

  /**
   * Settles within `deadlineMs` whatever Neo4j does (readiness and liveness checks). An
   * auto-commit transaction: no driver retries, so a refused connection reports at once.
   */
  async ping(deadlineMs: number = this.timeouts.queryMs): Promise<void> {
    await this.withSession(
      neo4j.session.READ,
      async (session, config) => {
        await observed(this.observer, () => session.run('RETURN 1 AS ok', {}, config));
      },
      { transactionMs: deadlineMs, deadlineMs },
    );
  }

  /**
   * Runs `work` in a session with the transaction timeout, and gives up at the client-side
   * deadline with DatabaseTimeoutError without waiting for a server that may never answer.
   */
  private async withSession<T>(
    mode: SessionMode,
    work: (session: Session, config: { timeout: number }) => Promise<T>,
    bounds = { transactionMs: this.timeouts.queryMs, deadlineMs: this.timeouts.queryMs + CLIENT_DEADLINE_MARGIN_MS },
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const deadline = startDeadline(bounds.deadlineMs);
    try {
      const result = await Promise.race([work(session, { timeout: bounds.transactionMs }), deadline.expired]);
      await closeWithin(session, deadline.remainingMs());
      return result;
    } catch (error) {
      // A Neo4j that stopped answering would never acknowledge the close either: release the
      // session in the background; its connection returns to the pool or dies with the socket.
      void session.close().catch(() => undefined);
      throw toDatabaseError(error);
    } finally {
      deadline.cancel();
    }
  }
}

async function runRecords<T extends RecordShape>(tx: ManagedTransaction, query: string, params: Params): Promise<T[]> {
  return recordsOf<T>(await tx.run(query, toCypherParams(params)));
}

const recordsOf = <T extends RecordShape>(result: QueryResult): T[] =>
  result.records.map((record) => record.toObject() as T);

function startDeadline(ms: number) {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadlinePassed(ms)), ms);
  });
  return {
    expired,
    remainingMs: () => Math.max(0, ms - (Date.now() - started)),
    cancel: () => clearTimeout(timer),
  };
}

/** Closing normally just returns the connection to the pool; never let it hold up an answer. */
async function closeWithin(session: Session, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closing = session.close().catch(() => undefined);
  await Promise.race([closing, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

export class TransactionRunner {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly onQuery: () => void,
    private readonly observer: CypherObserver = UNOBSERVED,
  ) {}

  async run<T extends RecordShape = RecordShape>(query: string, params: Params = {}): Promise<T[]> {
    this.onQuery();
    return observed(this.observer, () => runRecords<T>(this.tx, query, params));
  }
}
