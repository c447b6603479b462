import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { Progress } from './progress';

/** neo4j/pom.xml pins the Neo4j version; Maven copies the server into neo4j/dist. */
export const ASSEMBLY_POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
export const ASSEMBLY_DIR = path.join(PROJECT_ROOT, 'neo4j', 'dist');
const MARKER = path.join(ASSEMBLY_DIR, '.assembled');

export interface Assembly {
  libDir: string;
  pluginsDir: string;
  neo4jVersion: string;
}

export function pinnedNeo4jVersion(): string {
  const pom = fs.readFileSync(ASSEMBLY_POM, 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Error(`${ASSEMBLY_POM} does not define <neo4j.version>`);
  return match[1];
}

function pomDigest(): string {
  return createHash('sha256').update(fs.readFileSync(ASSEMBLY_POM)).digest('hex');
}

/**
 * Resolves the Neo4j server, Browser and APOC jars from Maven Central once; later calls reuse
 * them unless neo4j/pom.xml changed.
 */
export async function ensureAssembly(progress: Progress): Promise<Assembly> {
  const assembly: Assembly = {
    libDir: path.join(ASSEMBLY_DIR, 'lib'),
    pluginsDir: path.join(ASSEMBLY_DIR, 'plugins'),
    neo4jVersion: pinnedNeo4jVersion(),
  };
  const digest = pomDigest();
  if (fs.existsSync(MARKER) && fs.readFileSync(MARKER, 'utf8') === digest) {
    progress(`Neo4j ${assembly.neo4jVersion} jars present in ${path.relative(PROJECT_ROOT, ASSEMBLY_DIR)}`);
    return assembly;
  }
  progress(
    `resolving Neo4j ${assembly.neo4jVersion} server, Browser and APOC from Maven Central (first run: ~140 MB)…`,
  );
  fs.rmSync(ASSEMBLY_DIR, { recursive: true, force: true });
  const started = Date.now();
  await runMaven(['-B', '-f', ASSEMBLY_POM, 'package'], progress);
  fs.writeFileSync(MARKER, digest);
  const jarCount = fs.readdirSync(assembly.libDir).length;
  progress(`resolved ${jarCount} jars in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return assembly;
}

function runMaven(args: string[], progress: Progress): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    let lastReport = Date.now();
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/^\[INFO\] Downloaded from/.test(line)) {
        downloaded += 1;
        if (Date.now() - lastReport > 2000) {
          progress(`  … ${downloaded} artifacts downloaded`);
          lastReport = Date.now();
        }
      }
    };
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) =>
      reject(new Error(`could not run Maven (mvn): ${err.message}. Install Maven 3.8+ and Java 17+.`)),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`mvn exited with ${code}:\n${tail.join('\n')}`));
    });
  });
}
