import { spawn, type ChildProcess } from 'node:child_process';

export interface TestRedis {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * A real redis-server of the test's own, as the suite starts Neo4j: loopback only, on
 * TEST_REDIS_PORT (default 6390), nothing persisted. Ready when it says so on stdout.
 */
export async function startRedis(port = Number(process.env.TEST_REDIS_PORT ?? 6390)): Promise<TestRedis> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) =>
      reject(new Error(`cannot run redis-server (apt-get install redis-server): ${error.message}`)),
    );
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited with ${code} before it was ready:\n${output.slice(-2000)}`)),
    );
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    process: child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
