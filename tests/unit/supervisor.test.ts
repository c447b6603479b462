import { spawn, type ChildProcess } from 'node:child_process';
import type { SupervisionPolicy } from '../../src/config';
import { superviseNeo4j, type Neo4jSupervisor, type SupervisedProcess } from '../../src/neo4j-local/supervisor';
import type { Neo4jExit } from '../../src/neo4j-local/server';

const POLICY: SupervisionPolicy = {
  pingIntervalMs: 50,
  pingTimeoutMs: 200,
  failuresBeforeRestart: 2,
  maxRestarts: 3,
  restartWindowMs: 60_000,
  backoffMs: 10,
};

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A stand-in for Neo4j: a real child process that answers pings over its stdin/stdout, so it can
 * be paused (SIGSTOP) and killed like the JVM.
 */
class EchoProcess implements SupervisedProcess {
  child: ChildProcess | null = null;
  stopping = false;
  relaunches = 0;
  private listeners: Array<(exit: Neo4jExit) => void> = [];
  private pending: Array<() => void> = [];

  get pid() {
    return this.child?.pid ?? null;
  }

  onExit(listener: (exit: Neo4jExit) => void) {
    this.listeners.push(listener);
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['-e', 'process.stdin.on("data", (d) => process.stdout.write(d))'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    // Answers of an earlier (killed) child must not settle this one's pings.
    this.pending = [];
    const pending = this.pending;
    child.stdout.on('data', () => pending.shift()?.());
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      for (const listener of this.listeners) listener({ code, signal });
    });
    this.child = child;
    await this.ping(5000);
  }

  async relaunch(): Promise<void> {
    this.relaunches += 1;
    await this.start();
  }

  ping(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
      this.pending.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.child?.stdin!.write('ping\n');
    });
  }

  stop() {
    this.stopping = true;
    this.child?.kill('SIGKILL');
  }
}

/** A process that died and whose every restart fails. */
class NeverComesBack implements SupervisedProcess {
  readonly pid = 1234;
  readonly stopping = false;
  private listeners: Array<(exit: Neo4jExit) => void> = [];
  onExit(listener: (exit: Neo4jExit) => void) {
    this.listeners.push(listener);
  }
  exit() {
    for (const listener of this.listeners) listener({ code: 1, signal: null });
  }
  relaunch(): Promise<void> {
    return Promise.reject(new Error('Neo4j exited during start-up.\nlog lines'));
  }
}

describe('the Neo4j supervisor', () => {
  let echo: EchoProcess;
  let supervisor: Neo4jSupervisor | null = null;
  let log: string[];
  let gaveUp: string[];
  const supervise = (process: SupervisedProcess, ping: (ms: number) => Promise<void>, policy = { ...POLICY }) =>
    superviseNeo4j(process, { policy, ping, log: (line) => log.push(line), onGiveUp: (reason) => gaveUp.push(reason) });

  beforeEach(async () => {
    log = [];
    gaveUp = [];
    echo = new EchoProcess();
    await echo.start();
  });
  afterEach(() => {
    supervisor?.stop();
    const pid = echo.pid;
    echo.stop();
    if (pid) process.kill(pid, 'SIGCONT');
  });

  it('restarts a process that was killed, saying so, and is available again', async () => {
    supervisor = supervise(echo, (ms) => echo.ping(ms));
    const pid = echo.pid!;
    process.kill(pid, 'SIGKILL');
    await until(() => echo.relaunches === 1 && supervisor!.state() === 'running', 'restarted');
    expect(log[0]).toBe('Neo4j exited with signal SIGKILL; restarting in 10 ms (attempt 1 of 3)');
    expect(log[1]).toMatch(/^Neo4j is back \(pid \d+\) [\d.]+ m?s after it went down$/);
    expect(echo.pid).not.toBe(pid);
    expect(supervisor.outage()).toBeNull();
    expect(supervisor.restarts()).toBe(1);
  });

  it('kills and restarts a process that stops answering (SIGSTOP)', async () => {
    supervisor = supervise(echo, (ms) => echo.ping(ms));
    const pid = echo.pid!;
    process.kill(pid, 'SIGSTOP');
    await until(() => echo.relaunches === 1 && supervisor!.state() === 'running', 'hung process replaced');
    expect(log).toContain(`Neo4j (pid ${pid}) stopped answering; killing it`);
    expect(log.filter((line) => line.startsWith('Neo4j did not answer a liveness ping'))).toHaveLength(2);
    expect(log).toContain('Neo4j exited with signal SIGKILL; restarting in 10 ms (attempt 1 of 3)');
    expect(echo.pid).not.toBe(pid);
  });

  it('reports an outage while restarting, backs off, and gives up after too many restarts', async () => {
    const failing = new NeverComesBack();
    supervisor = supervise(failing, () => Promise.resolve(), { ...POLICY, backoffMs: 20 });
    failing.exit();
    expect(supervisor.outage()).toBe('restarting');
    await until(() => gaveUp.length === 1, 'gave up');
    expect(log).toEqual([
      'Neo4j exited with code 1; restarting in 20 ms (attempt 1 of 3)',
      'Neo4j did not come back (Neo4j exited during start-up.); restarting in 40 ms (attempt 2 of 3)',
      'Neo4j did not come back (Neo4j exited during start-up.); restarting in 80 ms (attempt 3 of 3)',
      'Neo4j did not come back (Neo4j exited during start-up.); giving up after 3 restarts within 60 s. ' +
        'Exiting so that a process manager can take over.',
    ]);
    expect(gaveUp).toEqual([log[3]]);
    expect(supervisor.state()).toBe('failed');
    expect(supervisor.outage()).toBe('failed');
  });

  it('does not restart a process that is being stopped', async () => {
    supervisor = supervise(echo, (ms) => echo.ping(ms));
    supervisor.stop();
    const exited = new Promise<void>((resolve) => echo.child!.once('exit', () => resolve()));
    echo.stop();
    await exited;
    expect(supervisor.outage()).toBe('stopping');
    expect(echo.relaunches).toBe(0);
    expect(log).toEqual([]);
  });
});
