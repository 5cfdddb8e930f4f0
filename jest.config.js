// Jest runs unit and integration tests against a real PostgreSQL: the embedded one
// (started in globalSetup) unless TEST_DATABASE_URL or DATABASE_URL names a server.
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
  },
  globalSetup: "<rootDir>/tests/setup/global-setup.js",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.js",
  setupFilesAfterEnv: ["<rootDir>/tests/setup/each-file.ts"],
  // One database for the whole run: files take turns, each starting from empty tables.
  maxWorkers: 1,
  testTimeout: 30_000,
});
