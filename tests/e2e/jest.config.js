// Browser tests: a production build on a fresh embedded database, driven through
// Debian's Chromium. Run with `npm run test:e2e`; kept apart from `npm test` because a
// build takes minutes.
const path = require("node:path");
const nextJest = require("next/jest");

const root = path.resolve(__dirname, "../..");
const createJestConfig = nextJest({ dir: root });

module.exports = createJestConfig({
  rootDir: root,
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  globalSetup: "<rootDir>/tests/e2e/setup/global-setup.js",
  globalTeardown: "<rootDir>/tests/e2e/setup/global-teardown.js",
  testSequencer: "<rootDir>/tests/e2e/setup/sequencer.js",
  // One site, one database: the flows take turns and build on the demo content.
  maxWorkers: 1,
  testTimeout: 120_000,
});
