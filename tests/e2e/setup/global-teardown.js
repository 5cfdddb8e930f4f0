// Stops the site, its embedded database and the mail sink, and lists the screenshots.
const { readdirSync, existsSync } = require("node:fs");
const path = require("node:path");

module.exports = async function globalTeardown() {
  const child = globalThis.__e2eStack;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  }
  child?.stdout?.destroy();
  const shots = path.join(process.env.E2E_ARTIFACTS ?? "", "screenshots");
  if (existsSync(shots)) {
    const files = readdirSync(shots).sort();
    console.log(`\nScreenshots (${files.length}) in ${shots}:`);
    for (const file of files) console.log(`  ${path.join(shots, file)}`);
  }
};
