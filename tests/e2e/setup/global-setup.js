// Starts the whole stack once for the browser tests (tests/e2e/setup/stack.ts) and hands
// its addresses to the test files through the environment.
const { spawn } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "../../..");
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "tests/e2e/setup/stack.ts"], {
    cwd: root,
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const ready = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
      const match = /^READY (\{.*\})$/m.exec(out);
      if (match) resolve(JSON.parse(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`The test site did not start (exit ${code}); see the output above.`)));
  });
  child.removeAllListeners("exit");
  child.stdout.removeAllListeners("data");
  child.stdout.resume();
  globalThis.__e2eStack = child;
  process.env.E2E_BASE_URL = ready.baseUrl;
  process.env.E2E_MAIL_LOG = ready.mailLog;
  process.env.E2E_ARTIFACTS = ready.artifacts;
  process.env.DATABASE_URL = ready.databaseUrl;
};
