// Run by global-setup in child processes (PGlite cannot start inside Jest, and each embedded
// database needs a process, and so a CPU, of its own). Four jobs:
//   migrate <url>     applies the migrations to a server database (the template global-setup
//                     then clones per worker) and exits
//   template <dir>    makes a migrated PGlite data folder in <dir> and exits
//   serve <dir>       serves the PGlite data folder <dir> (a copy of the template) on a free
//                     port until killed, after printing "READY <url>"
//   fresh             serves a new, migrated, in-memory PGlite the same way (the outage
//                     browser test's own database, which it cuts off)
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";

/** Prints "READY <url>" and serves until SIGTERM or SIGINT. */
function serveUntilKilled(embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>>) {
  console.log(`READY ${embedded.url}`);
  const stop = () => embedded.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

async function main(job: string | undefined, target: string | undefined) {
  if (job === "fresh") {
    const embedded = await startEmbeddedPostgres({ inMemory: true, port: 0 });
    await applyMigrations(embedded.url);
    return serveUntilKilled(embedded);
  }
  if (!target) throw new Error(`Usage: test-database.ts migrate <url> | template <dir> | serve <dir> | fresh (got ${job})`);
  if (job === "migrate") {
    await applyMigrations(target);
    return process.exit(0);
  }
  const embedded = await startEmbeddedPostgres({ dataDir: target, port: 0 });
  if (job === "template") {
    await applyMigrations(embedded.url);
    await embedded.stop();
    return process.exit(0);
  }
  if (job !== "serve") throw new Error(`Unknown job ${job}`);
  serveUntilKilled(embedded);
}

main(process.argv[2], process.argv[3]).catch((error) => {
  console.error(error);
  process.exit(1);
});
