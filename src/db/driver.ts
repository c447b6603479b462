import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';

export interface DriverTimeouts {
  /** TCP connect to Neo4j. */
  connectionTimeoutMs?: number;
  /** Waiting for a pooled connection (including opening a new one). */
  acquisitionTimeoutMs?: number;
}

export function createDriver(connection: Neo4jConnection, options: DriverTimeouts = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    // Plain JS numbers: every count and year here is far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: options.connectionTimeoutMs ?? 5000,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? options.connectionTimeoutMs ?? 10_000,
    maxTransactionRetryTime: 5000,
    userAgent: 'immunotherapy-graph/0.1',
  });
}
