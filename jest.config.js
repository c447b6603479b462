/**
 * Three tiers: unit (pure code, parallel), tck (the Cypher each GraphQL operation compiles to,
 * without a database) and integration (a real Neo4j started once by the global
 * setup, on its own ports and data folder, and the real HTTP server).
 * @type {import('jest').Config}
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      // The database-free Cypher tier: compiled Cypher per GraphQL operation, no Java needed.
      displayName: 'tck',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/tck/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      // Browser tests drive headless Chromium against the same Neo4j and real server.
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/browser/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/tests/integration/global-setup.ts',
      globalTeardown: '<rootDir>/tests/integration/global-teardown.ts',
    },
  ],
  testTimeout: 60_000,
};
