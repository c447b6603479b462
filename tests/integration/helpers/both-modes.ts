import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../../src/db/driver';
import { CypherExecutor } from '../../../src/db/executor';
import { createGraphServer, type GraphServer } from '../../../src/server';
import { answer, type Answer } from '../../../scripts/differential/compare';
import { readTestConnection } from '../test-database';
import { testLogger } from './api';

/**
 * The optimised server and a plain-resolution server on one test database. `ask` runs an
 * operation through both and fails the test unless both give the same data and no errors, so every
 * exact-answer test also guards the look-ahead, prefetch and projection.
 */
export interface BothModes {
  ask(query: string): Promise<Answer>;
  /** The two servers, for tests that compare statement counts themselves. */
  optimised: GraphServer;
  plain: GraphServer;
  close(): Promise<void>;
}

export async function startBothModes(): Promise<BothModes> {
  const connection = readTestConnection();
  const driver: Driver = createDriver(connection);
  const executor = new CypherExecutor(driver, connection.database);
  const optimised: GraphServer = await createGraphServer(executor, { logger: testLogger() });
  const plain: GraphServer = await createGraphServer(executor, { logger: testLogger(), resolution: 'plain' });
  return {
    optimised,
    plain,
    async ask(query) {
      const operation = { seed: 0, query, variables: {}, relationshipHops: 0 };
      const [fast, reference] = await Promise.all([answer(optimised, operation), answer(plain, operation)]);
      expect(fast.errors).toEqual([]);
      expect(fast.data).toEqual(reference.data);
      return fast;
    },
    async close() {
      await optimised.stop();
      await plain.stop();
      await driver.close();
    },
  };
}
