// Starts the two instances, Redis prefix, database and nginx once (./stack.ts) and hands their
// addresses to the test through the environment.
const { spawn } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "../../..");
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), "tests/multi-instance/setup/stack.ts"], {
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
    child.on("exit", (code) => reject(new Error(`The instances did not start (exit ${code}); see the output above.`)));
  });
  child.removeAllListeners("exit");
  child.stdout.removeAllListeners("data");
  child.stdout.resume();
  globalThis.__multiInstanceStack = child;
  process.env.INSTANCE_A_URL = ready.instanceA;
  process.env.INSTANCE_B_URL = ready.instanceB;
  process.env.BALANCER_URL = ready.balancer;
  process.env.INSTANCE_A_PROCESSES = ready.instanceAProcesses.join(",");
  process.env.DATABASE_URL = ready.databaseUrl;
};
