import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { LocalNeo4jSettings, Neo4jConnection } from '../config';

/** What a login and `RETURN 1` over Bolt found. */
export type BoltProbe = 'ready' | 'password-change-required' | 'unauthorized' | 'down';

/** Neo4j creates user neo4j with this password, marked "must change", on first start with auth on. */
const INITIAL_PASSWORD = 'neo4j';

export async function probeBolt(connection: Neo4jConnection): Promise<BoltProbe> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionTimeout: 2000,
    connectionAcquisitionTimeout: 3000,
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: connection.database });
    return 'ready';
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.CredentialsExpired') {
      return 'password-change-required';
    }
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Security.Unauthorized') return 'unauthorized';
    return 'down';
  } finally {
    await driver.close();
  }
}

/**
 * The project sets the password itself, over Bolt and as a query parameter, so it never appears
 * on a command line (`neo4j-admin dbms set-initial-password <password>` would show it in `ps`).
 * This marker says it was done; `auth.ini` says an older version of the project did it with
 * neo4j-admin.
 */
function passwordMarker(settings: LocalNeo4jSettings): string {
  return path.join(settings.homeDir, 'data', 'dbms', 'password-set-over-bolt');
}

export function initialPasswordPending(settings: LocalNeo4jSettings): boolean {
  if (settings.auth !== 'password') return false;
  const dbms = path.join(settings.homeDir, 'data', 'dbms');
  return !fs.existsSync(passwordMarker(settings)) && !fs.existsSync(path.join(dbms, 'auth.ini'));
}

export function initialConnection(connection: Neo4jConnection): Neo4jConnection {
  return { ...connection, username: 'neo4j', password: INITIAL_PASSWORD };
}

/** Replaces the initial password over Bolt; the new one travels as a parameter only. */
export async function setPasswordOverBolt(settings: LocalNeo4jSettings, connection: Neo4jConnection): Promise<void> {
  const initial = initialConnection(connection);
  const driver = neo4j.driver(initial.uri, neo4j.auth.basic(initial.username, initial.password), {
    connectionTimeout: 5000,
  });
  try {
    await driver.executeQuery(
      `ALTER CURRENT USER SET PASSWORD FROM $initial TO $password`,
      { initial: INITIAL_PASSWORD, password: settings.password },
      { database: 'system' },
    );
  } finally {
    await driver.close();
  }
  fs.mkdirSync(path.dirname(passwordMarker(settings)), { recursive: true });
  fs.writeFileSync(passwordMarker(settings), `${new Date().toISOString()}\n`);
}
