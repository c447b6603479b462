/**
 * What the process knows about its Neo4j beyond a ping: the supervisor of a local Neo4j knows
 * when it is being restarted, before any query fails.
 */
export interface DatabaseAvailability {
  /** null when nothing is known to be wrong; otherwise a word for /ready: restarting, stopping, failed. */
  outage(): string | null;
}

/** An external Neo4j: only a ping can tell. */
export const NO_KNOWN_OUTAGE: DatabaseAvailability = { outage: () => null };
