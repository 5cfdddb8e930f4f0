// Stops the site, its embedded database and the mail sink, and lists the screenshots.
const { readdirSync, existsSync } = require("node:fs");
const path = require("node:path");
const { stopStack } = require("../../helpers/stack-process");

module.exports = async function globalTeardown() {
  await stopStack(globalThis.__e2eStack, 15_000);
  const shots = path.join(process.env.E2E_ARTIFACTS ?? "", "screenshots");
  if (existsSync(shots)) {
    const files = readdirSync(shots).sort();
    console.log(`\nScreenshots (${files.length}) in ${shots}:`);
    for (const file of files) console.log(`  ${path.join(shots, file)}`);
  }
};
