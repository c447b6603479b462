import type { SupervisionPolicy } from '../config';
import type { DatabaseAvailability } from '../db/availability';
import type { Progress } from './progress';
import type { Neo4jExit } from './server';

/** The part of a local Neo4j the supervisor drives (LocalNeo4j, or a stand-in process in tests). */
export interface SupervisedProcess {
  readonly pid: number | null;
  readonly stopping: boolean;
  onExit(listener: (exit: Neo4jExit) => void): void;
  relaunch(): Promise<void>;
}

export type SupervisorState = 'running' | 'restarting' | 'stopping' | 'failed';

export interface Neo4jSupervisor extends DatabaseAvailability {
  state(): SupervisorState;
  /** Restarts done so far (for logs and tests). */
  restarts(): number;
  /** Stops watching; call before stopping Neo4j so its exit is not taken for a crash. */
  stop(): void;
}

export interface SupervisorOptions {
  /** Read at every decision, so a caller may tighten it while running (the fault tests do). */
  policy: SupervisionPolicy;
  /** A liveness ping that settles within policy.pingTimeoutMs whatever Neo4j does. */
  ping: (timeoutMs: number) => Promise<void>;
  log: Progress;
  /** Too many restarts: the process should exit non-zero and let a process manager take over. */
  onGiveUp: (reason: string) => void;
  /** Told every change of state (the neo4j_up gauge follows it). */
  onStateChange?: (state: SupervisorState) => void;
  kill?: (pid: number, signal: NodeJS.Signals) => void;
}

const describeExit = (exit: Neo4jExit) =>
  exit.signal ? `with signal ${exit.signal}` : `with code ${exit.code ?? 'unknown'}`;
const duration = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`);

/**
 * Watches the Neo4j this process started: an exit, or `failuresBeforeRestart` liveness pings in a
 * row without an answer (the hung process is killed), leads to a restart on the same data with
 * exponential backoff. More than `maxRestarts` restarts within `restartWindowMs` and it gives up.
 * The driver is left alone: it reconnects to the restarted server by itself.
 */
export function superviseNeo4j(neo4jProcess: SupervisedProcess, options: SupervisorOptions): Neo4jSupervisor {
  const { policy, log } = options;
  const kill = options.kill ?? ((pid, signal) => process.kill(pid, signal));
  let state: SupervisorState = 'running';
  const enter = (next: SupervisorState) => {
    if (next === state) return;
    state = next;
    options.onStateChange?.(next);
  };
  let consecutiveFailures = 0;
  const restartTimes: number[] = [];
  let totalRestarts = 0;
  let pingTimer: NodeJS.Timeout | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let downSince = 0;

  const giveUp = (reason: string) => {
    enter('failed');
    clearTimeout(pingTimer);
    log(reason);
    options.onGiveUp(reason);
  };

  const scheduleRestart = (why: string) => {
    const now = Date.now();
    while (restartTimes.length && restartTimes[0]! < now - policy.restartWindowMs) restartTimes.shift();
    if (restartTimes.length >= policy.maxRestarts) {
      giveUp(
        `${why}; giving up after ${restartTimes.length} restarts within ${duration(policy.restartWindowMs)}. ` +
          'Exiting so that a process manager can take over.',
      );
      return;
    }
    restartTimes.push(now);
    const attempt = restartTimes.length;
    const delay = policy.backoffMs * 2 ** (attempt - 1);
    log(`${why}; restarting in ${duration(delay)} (attempt ${attempt} of ${policy.maxRestarts})`);
    restartTimer = setTimeout(() => void restart(), delay);
  };

  const restart = async () => {
    if (state !== 'restarting') return;
    try {
      await neo4jProcess.relaunch();
    } catch (error) {
      if (state !== 'restarting') return;
      scheduleRestart(
        `Neo4j did not come back (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
      return;
    }
    if (state !== 'restarting') return;
    totalRestarts += 1;
    enter('running');
    consecutiveFailures = 0;
    log(`Neo4j is back (pid ${neo4jProcess.pid}) ${duration(Date.now() - downSince)} after it went down`);
    schedulePing();
  };

  const goDown = (why: string) => {
    enter('restarting');
    downSince = Date.now();
    clearTimeout(pingTimer);
    scheduleRestart(why);
  };

  neo4jProcess.onExit((exit) => {
    // Exits during a restart attempt are that attempt's failure (relaunch rejects); during stop, expected.
    if (state !== 'running' || neo4jProcess.stopping) return;
    goDown(`Neo4j exited ${describeExit(exit)}`);
  });

  const checkLiveness = async () => {
    const pid = neo4jProcess.pid;
    try {
      await options.ping(policy.pingTimeoutMs);
      consecutiveFailures = 0;
    } catch (error) {
      if (state !== 'running' || neo4jProcess.pid !== pid) return;
      consecutiveFailures += 1;
      const reason = error instanceof Error ? error.message : String(error);
      log(
        `Neo4j did not answer a liveness ping (${consecutiveFailures} of ${policy.failuresBeforeRestart}): ${reason}`,
      );
      if (consecutiveFailures >= policy.failuresBeforeRestart && pid !== null) {
        log(`Neo4j (pid ${pid}) stopped answering; killing it`);
        // The exit listener sees the SIGKILL and schedules the restart.
        kill(pid, 'SIGKILL');
        return;
      }
    }
    if (state === 'running') schedulePing();
  };

  function schedulePing() {
    clearTimeout(pingTimer);
    pingTimer = setTimeout(() => void checkLiveness(), policy.pingIntervalMs);
    // Supervision alone must not keep the process alive.
    pingTimer.unref();
  }
  schedulePing();

  return {
    state: () => state,
    restarts: () => totalRestarts,
    outage: () => (state === 'running' ? null : state),
    stop: () => {
      if (state !== 'failed') enter('stopping');
      clearTimeout(pingTimer);
      clearTimeout(restartTimer);
    },
  };
}
