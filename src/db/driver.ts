import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';

export function createDriver(connection: Neo4jConnection, options: { connectionTimeoutMs?: number } = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    // Plain JS numbers: every count and year here is far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: options.connectionTimeoutMs ?? 5000,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 10_000,
    maxTransactionRetryTime: 5000,
    userAgent: 'immunotherapy-graph/0.1',
  });
}
