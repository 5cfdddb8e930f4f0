// Stops the instances and nginx, and removes the run's database and Redis keys (./stack.ts).
module.exports = async function globalTeardown() {
  const child = globalThis.__multiInstanceStack;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
  }
  child?.stdout?.destroy();
};
