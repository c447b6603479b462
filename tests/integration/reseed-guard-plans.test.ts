import fs from 'node:fs';
import path from 'node:path';
import type { Driver, ResultSummary } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { toCypherValue } from '../../src/db/executor';
import { RESEED_GUARD_LABEL, withSharedGuard } from '../../src/db/reseed-guard';
import { readTestConnection } from './test-database';

/**
 * Every read takes the reseed guard's shared lock in the same statement (src/db/reseed-guard.ts).
 * That is only a guard if Neo4j runs the lock before anything the statement reads. Every operator
 * Neo4j plans with two children (Apply, CartesianProduct, hash joins, RollUpApply …) runs its
 * left child first, and a unary operator runs after its child: so the lock must sit on the plan's
 * leftmost path, with nothing but its own guard-node lookup below it. Checked on the plan of every
 * statement the Cypher snapshots (tests/tck) hold.
 */
type Plan = ResultSummary['plan'] & object;
interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const TCK = path.join(__dirname, '..', 'tck');
/** The operations' statements and the repositories' own reads (the guards themselves are not reads). */
const SNAPSHOT_FILES = [
  ...fs.readdirSync(path.join(TCK, 'operations')).map((file) => path.join('operations', file)),
  ...fs.readdirSync(path.join(TCK, 'repositories')).map((file) => path.join('repositories', file)),
].filter((file) => file.endsWith('.cypher') && !file.endsWith('reseed-guards.cypher'));

function snapshotStatements(): Array<{ name: string; cypher: string; params: Record<string, unknown> }> {
  return SNAPSHOT_FILES.flatMap((file) => {
    const blocks = fs.readFileSync(path.join(TCK, file), 'utf8').split(/^\/\/ statement \d+ of \d+\n/m);
    return blocks
      .filter((block) => block.includes('// params'))
      .map((block, i) => {
        const [cypher, params] = block.split(/^\/\/ params\n/m);
        return {
          name: `${file} #${i + 1}`,
          cypher: cypher!.trim(),
          // The parameters' JSON runs to the next section (e.g. "// errors") or the end.
          params: JSON.parse(params!.split(/^\/\/ /m)[0]!) as Record<string, unknown>,
        };
      });
  });
}

const leaves = (node: PlanNode): PlanNode[] => (node.children.length === 0 ? [node] : node.children.flatMap(leaves));
const operators = (node: PlanNode): PlanNode[] => [node, ...node.children.flatMap(operators)];
const isLock = (node: PlanNode) =>
  node.operatorType.startsWith('ProcedureCall') && String(node.arguments.Details).includes('apoc.lock.read.nodes');

/** The operators from the root down the first children: the first one Neo4j runs is last. */
function leftmostPath(root: PlanNode): PlanNode[] {
  const path = [root];
  while (path.at(-1)!.children.length > 0) path.push(path.at(-1)!.children[0]!);
  return path;
}

let driver: Driver;
beforeAll(() => {
  driver = createDriver(readTestConnection());
});
afterAll(() => driver.close());

const statements = snapshotStatements();

it('finds the snapshot statements', () => {
  expect(statements.length).toBeGreaterThan(40);
});

it.each(statements.map((s) => [s.name, s] as const))('%s: the lock runs before every read', async (_name, s) => {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const guarded = withSharedGuard(s.cypher);
    expect(guarded).not.toBeNull();
    const result = await session.run(`EXPLAIN ${guarded}`, toCypherValue(s.params));
    const plan = result.summary.plan as Plan as unknown as PlanNode;
    const lock = leftmostPath(plan).find(isLock);
    expect(lock).toBeDefined();
    // Below the lock: only its own lookup of the guard node.
    for (const leaf of leaves(lock!)) {
      expect(['EmptyRow', 'Argument', 'NodeByLabelScan'].some((op) => leaf.operatorType.startsWith(op))).toBe(true);
      if (leaf.operatorType.startsWith('NodeByLabelScan')) {
        expect(String(leaf.arguments.Details)).toContain(RESEED_GUARD_LABEL);
      }
    }
    expect(operators(plan).filter(isLock)).toHaveLength(1);
  } finally {
    await session.close();
  }
});
