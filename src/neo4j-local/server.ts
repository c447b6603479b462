import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { LocalNeo4jSettings, Neo4jConnection } from '../config';
import { browserSettings } from '../neo4j-browser/settings';
import { ensureAssembly, type Assembly } from './assembly';
import { initialConnection, initialPasswordPending, probeBolt, setPasswordOverBolt } from './bolt-probe';
import type { Progress } from './progress';

// Neo4j 5 needs these on Java 17+ (taken from the launcher of the official distribution).
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface LocalNeo4j {
  connection: Neo4jConnection;
  browserUrl: string;
  /** False when an instance from an earlier run was already listening and was reused. */
  startedHere: boolean;
  /** The java process's pid (for supervision and fault tests); null when none of ours runs. */
  readonly pid: number | null;
  /** Called on every exit of the java process, including the one stop() causes. */
  onExit(listener: (exit: Neo4jExit) => void): void;
  /** True once stop() was called: an exit from now on is expected. */
  readonly stopping: boolean;
  /** Starts it again on the same data (after it died or was killed); resolves once Bolt answers. */
  relaunch(): Promise<void>;
  stop(): Promise<void>;
}

export function neo4jConf(settings: LocalNeo4jSettings, assembly: Pick<Assembly, 'pluginsDir' | 'libDir'>): string {
  const dir = (name: string) => path.join(settings.homeDir, name);
  const browser = settings.serviceUrl ? browserSettings(settings.serviceUrl) : {};
  return [
    '# Written by the project on every start; edit config.ts / the environment, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    `server.http.listen_address=127.0.0.1:${settings.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${settings.httpPort}`,
    'server.https.enabled=false',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.plugins=${assembly.pluginsDir}`,
    `server.directories.lib=${assembly.libDir}`,
    `server.memory.heap.initial_size=${settings.heapSize}`,
    `server.memory.heap.max_size=${settings.heapSize}`,
    `server.memory.pagecache.size=${settings.pageCacheSize}`,
    'dbms.usage_report.enabled=false',
    // Browser would ask for usage data on every visit; this machine-local copy reports nothing.
    'client.allow_telemetry=false',
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.security.procedures.allowlist=apoc.*',
    'server.jvm.additional=-XX:+ExitOnOutOfMemoryError',
    `dbms.security.auth_enabled=${settings.auth === 'password'}`,
    ...Object.entries(browser).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

/**
 * A Browser link that connects by itself: with auth off, `preselectAuthMethod=NO_AUTH` makes
 * the connect form submit on load (Browser then remembers the choice for plain /browser/).
 */
export function neo4jBrowserLink(settings: Pick<LocalNeo4jSettings, 'auth' | 'boltPort' | 'httpPort'>): string {
  const bolt = `neo4j://${settings.auth === 'none' ? '' : 'neo4j@'}localhost:${settings.boltPort}`;
  const auth = settings.auth === 'none' ? '&preselectAuthMethod=NO_AUTH' : '';
  return `http://localhost:${settings.httpPort}/browser/?dbms=${encodeURIComponent(bolt)}${auth}`;
}

/** Neo4j needs none of our passwords; a child's environment is readable in /proc like its argv. */
function envWithoutPasswords(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/PASSWORD/i.test(name)));
}

function classpath(assembly: Assembly): string {
  // Plugins first, as the official launcher does: APOC registers extensions found on the classpath.
  return [path.join(assembly.pluginsDir, '*'), path.join(assembly.libDir, '*')].join(path.delimiter);
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function logTail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts Neo4j Community from the Maven-assembled jars, bound to 127.0.0.1, with its data under
 * settings.homeDir. Resolves once Bolt answers a query. The password (auth 'password') is set over
 * Bolt, never passed on a command line or in a child's environment.
 */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  progress: Progress,
  options: { freshData?: boolean; startTimeoutMs?: number } = {},
): Promise<LocalNeo4j> {
  const connection: Neo4jConnection = {
    uri: `bolt://127.0.0.1:${settings.boltPort}`,
    username: 'neo4j',
    password: settings.password,
    database: 'neo4j',
  };
  const browserUrl = neo4jBrowserLink(settings);

  if (await portIsOpen(settings.boltPort)) {
    if (!options.freshData && (await probeBolt(connection)) === 'ready') {
      progress(`reusing the Neo4j already listening on ${connection.uri}`);
      return {
        connection,
        browserUrl,
        startedHere: false,
        pid: null,
        stopping: false,
        onExit: () => undefined,
        relaunch: () => Promise.reject(new Error('this Neo4j was not started by this process')),
        stop: async () => undefined,
      };
    }
    throw new Error(
      `port ${settings.boltPort} is already in use by another process; stop it or set NEO4J_LOCAL_BOLT_PORT`,
    );
  }

  const assembly = await ensureAssembly(progress);
  if (options.freshData) fs.rmSync(path.join(settings.homeDir, 'data'), { recursive: true, force: true });
  for (const name of ['conf', 'data', 'logs', 'run', 'import']) {
    fs.mkdirSync(path.join(settings.homeDir, name), { recursive: true });
  }
  fs.writeFileSync(path.join(settings.homeDir, 'conf', 'neo4j.conf'), neo4jConf(settings, assembly));
  const consoleLog = path.join(settings.homeDir, 'logs', 'console.log');
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;

  let child: ChildProcess | null = null;
  let stopping = false;
  const exitListeners: Array<(exit: Neo4jExit) => void> = [];
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  const spawnJava = (appendLog: boolean): ChildProcess => {
    const out = fs.openSync(consoleLog, appendLog ? 'a' : 'w');
    const spawned = spawn(
      'java',
      [
        `-Xms${settings.heapSize}`,
        `-Xmx${settings.heapSize}`,
        ...JVM_FLAGS,
        '-cp',
        classpath(assembly),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${settings.homeDir}`,
        `--config-dir=${path.join(settings.homeDir, 'conf')}`,
        '--console-mode',
      ],
      // Own process group: a Ctrl-C in the terminal reaches us, and we shut Neo4j down in order.
      { cwd: settings.homeDir, env: envWithoutPasswords(), detached: true, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    spawned.once('exit', (code, signal) => {
      if (child === spawned) child = null;
      for (const listener of exitListeners) listener({ code, signal });
    });
    return spawned;
  };

  /** Spawns java and waits until Bolt answers with the configured credentials. */
  const launch = async (appendLog: boolean): Promise<void> => {
    const started = Date.now();
    const launched = spawnJava(appendLog);
    child = launched;
    const deadline = started + startTimeoutMs;
    let lastReport = started;
    let passwordPending = initialPasswordPending(settings);
    for (;;) {
      const probe = await probeBolt(passwordPending ? initialConnection(connection) : connection);
      if (probe === 'password-change-required' && passwordPending) {
        progress('setting the password of the new database over Bolt');
        await setPasswordOverBolt(settings, connection);
        passwordPending = false;
        continue;
      }
      if (probe === 'ready' && !passwordPending) break;
      if (launched.exitCode !== null || launched.signalCode !== null) {
        throw new Error(`Neo4j exited during start-up. Last lines of ${consoleLog}:\n${logTail(consoleLog)}`);
      }
      if (stopping) throw new Error('Neo4j was stopped during start-up');
      if (Date.now() > deadline) {
        launched.kill('SIGKILL');
        throw new Error(
          `Neo4j did not accept Bolt connections in time (last probe: ${probe}). Last lines of ${consoleLog}:\n${logTail(consoleLog)}`,
        );
      }
      if (Date.now() - lastReport > 5000) {
        progress(`  … waiting for Bolt (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        lastReport = Date.now();
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    progress(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  progress(
    `starting Neo4j ${assembly.neo4jVersion} (bolt 127.0.0.1:${settings.boltPort}, http 127.0.0.1:${settings.httpPort})…`,
  );
  await launch(false);

  const stop = async (): Promise<void> => {
    stopping = true;
    process.removeListener('exit', killOnExit);
    const running = child;
    if (!running) return;
    const done = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    // A paused (SIGSTOPped) Neo4j would hold the SIGTERM until resumed.
    running.kill('SIGCONT');
    const timeout = setTimeout(() => running.kill('SIGKILL'), 30_000);
    await done;
    clearTimeout(timeout);
  };
  return {
    connection,
    browserUrl,
    startedHere: true,
    get pid() {
      return child?.pid ?? null;
    },
    get stopping() {
      return stopping;
    },
    onExit: (listener) => {
      exitListeners.push(listener);
    },
    relaunch: async () => {
      if (stopping) throw new Error('Neo4j is being stopped');
      if (child) throw new Error(`Neo4j (pid ${child.pid}) is still running`);
      await launch(true);
    },
    stop,
  };
}
