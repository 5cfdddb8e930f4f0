// Starts the whole stack once for the browser tests (tests/e2e/setup/stack.ts) and hands
// its addresses to the test files through the environment.
const { startStack } = require("../../helpers/stack-process");

module.exports = async function globalSetup() {
  const { child, ready } = await startStack("tests/e2e/setup/stack.ts", "The test site");
  globalThis.__e2eStack = child;
  process.env.E2E_BASE_URL = ready.baseUrl;
  process.env.E2E_MAIL_LOG = ready.mailLog;
  process.env.E2E_ARTIFACTS = ready.artifacts;
  process.env.DATABASE_URL = ready.databaseUrl;
};
