// One `jest` run: unit tests (server helpers and the console's data provider), API tests against a
// booted Strapi over HTTP, and end-to-end journeys in Debian's Chromium. DATABASE_CLIENT=postgres
// runs the same API and e2e tests on PostgreSQL.
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true } } }] };
const common = {
  transform,
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tests/setup/env.js'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/admin/dist/', '<rootDir>/.tmp/'],
};

module.exports = {
  globalSetup: '<rootDir>/tests/setup/global-setup.js',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/tests/unit/**/*.test.ts',
        '<rootDir>/admin/src/**/__tests__/*.test.ts',
        '<rootDir>/admin/src/**/__tests__/*.test.tsx',
      ],
    },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
  // Booting Strapi and loading the demo data takes seconds, a browser journey longer; on a machine shared by several
  // test runs the demo seed alone took more than 3 minutes.
  testTimeout: 480000,
  maxWorkers: 2,
};
