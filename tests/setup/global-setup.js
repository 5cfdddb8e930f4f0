// Starts (or migrates) the test database before any test file runs, and hands its URL
// to the test workers through DATABASE_URL.
const { spawn } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "../..");
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "tests/setup/test-database.ts"], {
    cwd: root,
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const { url, embedded } = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /READY (\S+)( embedded)?\n/.exec(out);
      if (match) resolve({ url: match[1], embedded: Boolean(match[2]) });
    });
    child.on("exit", (code) => reject(new Error(`The test database did not start (exit ${code}).`)));
  });
  child.removeAllListeners("exit");
  globalThis.__testDatabase = child;
  process.env.DATABASE_URL = url;
  // Tests of the embedded server itself (its password, its concurrency) run only against it.
  if (embedded) process.env.TEST_DATABASE_EMBEDDED = "1";
  process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-0123456789";
};
