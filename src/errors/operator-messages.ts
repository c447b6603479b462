import { DatabaseRejectedError, DatabaseTimeoutError, DatabaseUnavailableError, toDatabaseError } from '../db/errors';

/** The Neo4j a CLI or start-up talked to, for messages that say what to fix. */
export interface DatabaseTarget {
  uri: string;
  /** The login user of an external Neo4j (NEO4J_USERNAME). */
  username?: string;
  /** The Neo4j this project runs itself (no NEO4J_URI), not an external one. */
  local: boolean;
}

export const REQUIRED_NEO4J = 'Neo4j 5.26 or later';
const SEE_EXTERNAL = "see README, 'Using an external Neo4j'";

const firstLine = (text: string) => (text.split('\n')[0] ?? '').trim();

/**
 * The CLI and start-up edge of the error model: what went wrong and what to do, in one or two
 * lines for a person at a terminal (no stack trace). Unknown failures give their own message.
 */
export function explainForOperator(error: unknown, target: DatabaseTarget): string {
  const classified = toDatabaseError(error);
  const where = target.local ? `the local Neo4j (${target.uri})` : `the Neo4j at ${target.uri}`;
  if (classified instanceof DatabaseUnavailableError) {
    if (classified.authentication) {
      const rateLimited = classified.neo4jCode === 'Neo.ClientError.Security.AuthenticationRateLimit';
      const what = rateLimited ? 'is refusing logins for a while after failed attempts' : 'refused the login';
      return target.local
        ? `${capitalise(where)} ${what}: set NEO4J_LOCAL_PASSWORD to the password its data folder (NEO4J_LOCAL_DIR) was created with, or set NEO4J_LOCAL_AUTH=none.`
        : `${capitalise(where)} ${what} of user "${target.username ?? 'neo4j'}": set NEO4J_USERNAME and NEO4J_PASSWORD to a valid login${rateLimited ? ', then wait a minute' : ''}.`;
    }
    if (classified.outage)
      return `${capitalise(where)} is down (${classified.outage}); wait for it to restart, or look at its logs.`;
    if (/protocol version|handshake/i.test(classified.message)) return tooOld(where, classified.message);
    return target.local
      ? `${capitalise(where)} is unreachable (${firstLine(classified.message)}): check that it started (its log is under NEO4J_LOCAL_DIR) and that NEO4J_LOCAL_BOLT_PORT is free.`
      : `${capitalise(where)} is unreachable (${firstLine(classified.message)}): start it, or set NEO4J_URI to the address of a running Neo4j (${SEE_EXTERNAL}).`;
  }
  if (classified instanceof DatabaseTimeoutError) {
    const bound = classified.deadlineMs !== undefined ? ` within ${classified.deadlineMs} ms` : ' in time';
    return `${capitalise(where)} did not answer${bound}: check that it is running and not overloaded, or raise NEO4J_SEED_TIMEOUT_MS (seeding) or NEO4J_QUERY_TIMEOUT_MS (queries).`;
  }
  if (classified instanceof DatabaseRejectedError) {
    if (classified.neo4jCode === 'Neo.ClientError.Procedure.ProcedureNotFound') {
      if (/apoc\./i.test(classified.message)) {
        return `APOC core is missing from ${where}: install the APOC core plugin (${SEE_EXTERNAL}; Aura ships it, Docker adds it with NEO4J_PLUGINS='["apoc"]'), restart Neo4j and run again.`;
      }
      return `${capitalise(where)} lacks a procedure this service calls (${firstLine(classified.message)}): ${REQUIRED_NEO4J} with APOC core is required (${SEE_EXTERNAL}).`;
    }
    if (classified.neo4jCode === 'Neo.ClientError.Statement.SyntaxError') return tooOld(where, classified.message);
    return `${capitalise(where)} rejected a query (${classified.neo4jCode}): ${firstLine(classified.message)}`;
  }
  if (classified instanceof Error) return classified.message;
  return String(classified);
}

function tooOld(where: string, detail: string): string {
  return `${capitalise(where)} does not understand the Cypher this service sends (${firstLine(detail)}): ${REQUIRED_NEO4J} is required (${SEE_EXTERNAL}).`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The Neo4j a configuration points at (the external one, or the local one on its bolt port). */
export function databaseTarget(config: {
  external: { uri: string; username: string } | null;
  local: { boltPort: number };
}): DatabaseTarget {
  return config.external
    ? { uri: config.external.uri, username: config.external.username, local: false }
    : { uri: `bolt://127.0.0.1:${config.local.boltPort}`, local: true };
}
