// Starting and stopping a test stack (the browser tests' site, the multi-instance test's two
// instances and balancer) from a Jest global setup: the stack script runs in its own process
// group, prints `READY {json}` once it serves, and is stopped with its whole group.
const { spawn } = require("node:child_process");
const path = require("node:path");

/** Runs `script` (a path from the repository root) and resolves with the child and what it printed after READY. */
async function startStack(script, what) {
  const root = path.resolve(__dirname, "../..");
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), script], {
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
    child.on("exit", (code) => reject(new Error(`${what} did not start (exit ${code}); see the output above.`)));
  });
  child.removeAllListeners("exit");
  child.stdout.removeAllListeners("data");
  child.stdout.resume();
  return { child, ready };
}

/** Stops a stack started by `startStack`: SIGTERM to its group, then waits up to `graceMs` for it to exit. */
async function stopStack(child, graceMs) {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
  }
  child?.stdout?.destroy();
}

module.exports = { startStack, stopStack };
