// Jest runs unit and integration tests against a real PostgreSQL: the embedded one
// (started in globalSetup) unless TEST_DATABASE_URL or DATABASE_URL names a server.
// Test files run in parallel, each worker on a database of its own (tests/setup/global-setup.js).
const { availableParallelism } = require("node:os");
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

module.exports = createJestConfig({
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/{unit,integration}/**/*.test.ts"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // Next's cache needs a Next request; tests get a stand-in that records refreshed tags.
    "^next/cache$": "<rootDir>/tests/helpers/next-cache.ts",
    // Cookies and headers of the request a test forges (tests/helpers/next-headers.ts).
    "^next/headers$": "<rootDir>/tests/helpers/next-headers.ts",
    // (next/jest itself maps `server-only` to an empty module, so server modules load here.)
  },
  globalSetup: "<rootDir>/tests/setup/global-setup.js",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.js",
  setupFiles: ["<rootDir>/tests/setup/worker-database.js"],
  setupFilesAfterEnv: ["<rootDir>/tests/setup/each-file.ts"],
  // Each worker waits on its own database process much of the time, so one more worker than CPUs
  // keeps them busy (2 CPUs, measured: 2 workers 1:51, 3 workers 1:39, 4 workers 1:52). README, "Tests".
  maxWorkers: Number(process.env.TEST_WORKERS) || availableParallelism() + 1,
  testTimeout: 30_000,
});
