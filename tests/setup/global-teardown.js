module.exports = async function globalTeardown() {
  const child = globalThis.__testDatabase;
  if (child && child.exitCode === null) {
    await new Promise((resolve) => {
      child.on("exit", resolve);
      child.kill("SIGTERM");
    });
  }
};
