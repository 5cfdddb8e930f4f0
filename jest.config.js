// Jest runs unit and integration tests against a real PostgreSQL: the embedded one
// (started in globalSetup) unless TEST_DATABASE_URL or DATABASE_URL names a server.
// Test files run in parallel, each worker on a database of its own (tests/setup/global-setup.js).
const { availableParallelism } = require("node:os");
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

// The PDF renderer (@react-pdf/renderer) is published as
// ES modules only; Jest loads CommonJS, so these are compiled like the project's own files.
const esmOnly = [
  "@react-pdf",
  "fontkit",
  "restructure",
  "unicode-properties",
  "linebreak",
  "png-js",
  "jay-peg",
  "yoga-layout",
  "color-string",
  "color-name",
  "@swc/helpers",
];

const config = createJestConfig({
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
    // Published for `import` only (no `require` condition), which Jest's resolver does not read.
    "^@react-pdf/hyphenate/(.*)$": "<rootDir>/node_modules/@react-pdf/hyphenate/lib/$1.js",
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

module.exports = async () => {
  const resolved = await config();
  // next/jest compiles none of node_modules but a few of Next's own folders: add these to its exceptions.
  const transformIgnorePatterns = resolved.transformIgnorePatterns.map((pattern) =>
    pattern.startsWith("/node_modules/") ? pattern.replace("(?!(", `(?!(${esmOnly.join("|")}|`) : pattern,
  );
  return { ...resolved, transformIgnorePatterns };
};
