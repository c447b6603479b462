import Cypher from '@neo4j/cypher-builder';

/**
 * Neo4j reads at read-committed isolation with no snapshot: a single read statement that runs
 * while a reseed commits can see part of the old graph and part of the new one (measured: the
 * whole-graph export saw relationships whose properties were already gone). A lock node settles
 * it: every read transaction first takes a shared lock on it, and the seed's write transaction
 * takes the exclusive lock as its last statement. The seed's changes are applied while it holds
 * that lock, so a read runs wholly before the commit or wholly after it. Shared locks do not
 * block one another; reads wait only while a reseed commits.
 *
 * Limits: only readers of this database member (a cluster's followers apply commits without it),
 * and only readers that go through the executor.
 */
export const RESEED_GUARD_LABEL = 'ReseedGuard';

const sharedGuardCall = () => {
  const g = new Cypher.Node();
  return new Cypher.VoidProcedure('apoc.lock.read.nodes', [
    new Cypher.Collect(new Cypher.Match(new Cypher.Pattern(g, { labels: [RESEED_GUARD_LABEL] })).return(g)),
  ]);
};

/** The shared lock on its own (what `withSharedGuard` puts in front of a read statement). */
export const TAKE_SHARED_GUARD = sharedGuardCall().build().cypher;

/**
 * `statement`, taking the shared lock first, in one statement. It used to be a second statement
 * pipelined in the same transaction; measured on the benchmark's Neo4j (×10, an entity lookup, 10
 * clients, medians of 10 alternating rounds), read throughput without a guard 1,103/s, with the
 * second statement 839/s, with this 944/s. Ordering holds because Neo4j runs the left child of
 * every two-child operator first and a unary operator after its child, and the lock is the first
 * clause: it lands on the plan's leftmost path, below everything the statement reads
 * (tests/integration/reseed-guard-plans.test.ts checks the plan of every snapshot statement).
 */
export function withSharedGuard(statement: string): string | null {
  if (STANDS_ALONE.test(statement) || (STANDALONE_CALL.test(statement) && !YIELDS.test(statement))) return null;
  return SHARED_GUARD_PREFIX + statement;
}

/** Built once: every read pays a string concatenation, not a Cypher build. */
const SHARED_GUARD_PREFIX = `${Cypher.utils.concat(sharedGuardCall(), new Cypher.With('*')).build().cypher}\n`;

/**
 * Statements Cypher runs only on their own, so no clause can come before them (the guide's
 * `SHOW SETTINGS`, `CALL apoc.meta.graph()` without YIELD, query options): `withSharedGuard`
 * answers null for them and the executor sends the lock as a statement of its own instead.
 */
const STANDS_ALONE = /^\s*(SHOW|USE|EXPLAIN|PROFILE|CYPHER|TERMINATE)\b/i;
const STANDALONE_CALL = /^\s*CALL\s+[\w.`]+\s*\(/i;
const YIELDS = /\bYIELD\b/i;

/** Last statement of the seed's write transaction. */
export const TAKE_EXCLUSIVE_GUARD = (() => {
  const g = new Cypher.Node();
  return Cypher.utils
    .concat(
      new Cypher.Merge(
        new Cypher.Pattern(g, { labels: [RESEED_GUARD_LABEL], properties: { id: new Cypher.Literal('seed') } }),
      ),
      new Cypher.With(g),
      new Cypher.VoidProcedure('apoc.lock.nodes', [new Cypher.List([g])]),
      new Cypher.Return([g.property('id'), 'guard']),
    )
    .build().cypher;
})();
