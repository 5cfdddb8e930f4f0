// The multi-instance test: two `npm start` instances behind nginx, sharing Redis and a database of
// the PostgreSQL server (tests/multi-instance/setup/stack.ts). Run with `npm run test:multi-instance`
// (E2E_SKIP_BUILD=1 reuses the build in .next); CI runs it after the browser tests.
const path = require("node:path");
const nextJest = require("next/jest");

const root = path.resolve(__dirname, "../..");
const createJestConfig = nextJest({ dir: root });

module.exports = createJestConfig({
  rootDir: root,
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/multi-instance/**/*.test.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  globalSetup: "<rootDir>/tests/multi-instance/setup/global-setup.js",
  globalTeardown: "<rootDir>/tests/multi-instance/setup/global-teardown.js",
  maxWorkers: 1,
  testTimeout: 120_000,
});
