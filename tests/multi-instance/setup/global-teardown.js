// Stops the instances and nginx, and removes the run's database and Redis keys (./stack.ts).
const { stopStack } = require("../../helpers/stack-process");

module.exports = async function globalTeardown() {
  await stopStack(globalThis.__multiInstanceStack, 30_000);
};
