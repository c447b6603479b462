import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { CypherExecutor } from '../../src/db/executor';
import { createGraphServer, type GraphServer, type GraphServerOptions } from '../../src/server';
import {
  DIFFERENTIAL_QUERY_TIMEOUTS,
  DIFFERENTIAL_SERVER_OPTIONS,
  describeMismatch,
  runDifferential,
} from '../../scripts/differential/compare';
import { loadGeneratorData, loadSchema, mergeGeneratorData } from '../../scripts/differential/seed-data';
import { API_FIXTURE_DIR } from './helpers/fixture-seed';
import { readTestConnection } from './test-database';

/**
 * The optimised resolution (look-ahead, prefetch, projections) must answer exactly like the
 * plain one (whole entities, DataLoaders) for any operation: 1,000 generated operations, fixed
 * seeds, both servers on the test Neo4j. `npm run difftest` runs many more.
 */
const OPERATIONS = 1000;
// Options both servers share: a place to relax per-instance limits for generated operations
// (depth ≤ 14, ≤ 30 aliases) should the defaults ever be stricter.
const SHARED_OPTIONS: GraphServerOptions = DIFFERENTIAL_SERVER_OPTIONS;

let driver: Driver;
let optimised: GraphServer;
let plain: GraphServer;
let logError: typeof console.error;

beforeAll(async () => {
  const connection = readTestConnection();
  driver = createDriver(connection);
  const executor = new CypherExecutor(driver, connection.database, DIFFERENTIAL_QUERY_TIMEOUTS);
  optimised = await createGraphServer(executor, { ...SHARED_OPTIONS, resolution: 'optimised' });
  plain = await createGraphServer(executor, { ...SHARED_OPTIONS, resolution: 'plain' });
  // Internal errors are part of the comparison; one log line each would drown the report.
  logError = console.error;
  console.error = () => undefined;
});

afterAll(async () => {
  console.error = logError;
  await optimised.stop();
  await plain.stop();
  await driver.close();
});

it(`answers ${OPERATIONS} generated operations identically with and without look-ahead`, async () => {
  const report = await runDifferential({
    optimised,
    plain,
    schema: loadSchema(),
    // Ids of the real seed and of the API fixture (indications, trials, adverse events …).
    data: mergeGeneratorData(loadGeneratorData(), loadGeneratorData(API_FIXTURE_DIR)),
    seeds: Array.from({ length: OPERATIONS }, (_, i) => i + 1),
    concurrency: 4,
    // Smaller operations than the script's, so 1,000 fit the suite's time on two loaded cores.
    generator: { fieldBudget: [4, 24] },
  });
  // Pairs rerun after a database timeout: not failures, but a sign of how loaded the run was.
  if (report.retried > 0)
    process.stdout.write(
      `differential: ${report.retried} of ${report.operations} pairs rerun after a database timeout\n`,
    );
  expect(report.operations).toBe(OPERATIONS);
  // Seed, operation and first differing path of a few mismatches, should there be any.
  expect(report.mismatches.slice(0, 3).map(describeMismatch)).toEqual([]);
  // The optimised side really is the optimised one: it saves round trips overall.
  expect(report.cypherQueries.optimised).toBeLessThan(report.cypherQueries.plain);
}, 600_000);
