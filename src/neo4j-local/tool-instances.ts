import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jSettings, type Neo4jConnection } from '../config';

/**
 * The tools' own throwaway Neo4j instances (tests, benchmarks, difftest, hostile input): each has
 * its own data folder under .neo4j/ and its own ports, movable through the environment because
 * several checkouts may run them on one machine at once.
 */
export function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port (1-65535), got "${raw}"`);
  }
  return port;
}

export interface ToolNeo4jOptions {
  /** Data folder under .neo4j/ (wiped by the tools that ask for fresh data). */
  folder: string;
  /** Env prefix: `<PREFIX>_NEO4J_BOLT_PORT` and `<PREFIX>_NEO4J_HTTP_PORT` move the ports. */
  envPrefix: string;
  boltPort: number;
  httpPort: number;
  auth: LocalNeo4jSettings['auth'];
  password: string;
  heapSize: string;
  pageCacheSize: string;
  serviceUrl?: string | null;
}

export const toolNeo4j = (options: ToolNeo4jOptions): LocalNeo4jSettings => ({
  homeDir: path.join(PROJECT_ROOT, '.neo4j', options.folder),
  boltPort: portFromEnv(`${options.envPrefix}_NEO4J_BOLT_PORT`, options.boltPort),
  httpPort: portFromEnv(`${options.envPrefix}_NEO4J_HTTP_PORT`, options.httpPort),
  auth: options.auth,
  password: options.password,
  heapSize: options.heapSize,
  pageCacheSize: options.pageCacheSize,
  serviceUrl: options.serviceUrl ?? null,
});

/**
 * An external database named by `<prefix>URI` (+ USERNAME, PASSWORD, DATABASE), or null when the
 * tool should start its own.
 */
export function externalNeo4jFromEnv(prefix: '' | 'TEST_'): Neo4jConnection | null {
  const uri = process.env[`${prefix}NEO4J_URI`];
  if (!uri) return null;
  return {
    uri,
    username: process.env[`${prefix}NEO4J_USERNAME`] ?? 'neo4j',
    password: process.env[`${prefix}NEO4J_PASSWORD`] ?? '',
    database: process.env[`${prefix}NEO4J_DATABASE`] ?? 'neo4j',
  };
}
