// Starts the two instances, Redis prefix, database and nginx once (./stack.ts) and hands their
// addresses to the test through the environment.
const { startStack } = require("../../helpers/stack-process");

module.exports = async function globalSetup() {
  const { child, ready } = await startStack("tests/multi-instance/setup/stack.ts", "The instances");
  globalThis.__multiInstanceStack = child;
  process.env.INSTANCE_A_URL = ready.instanceA;
  process.env.INSTANCE_B_URL = ready.instanceB;
  process.env.BALANCER_URL = ready.balancer;
  process.env.INSTANCE_A_PROCESSES = ready.instanceAProcesses.join(",");
  process.env.DATABASE_URL = ready.databaseUrl;
};
