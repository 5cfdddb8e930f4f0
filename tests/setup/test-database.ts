// Run by global-setup in a child process (PGlite cannot start inside Jest): prepares the
// database the tests use and prints "READY <url>". Without TEST_DATABASE_URL or
// DATABASE_URL it serves a fresh in-memory PGlite on a free port until killed.
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";

async function main() {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) {
    await applyMigrations(configured);
    console.log(`READY ${configured}`);
    return;
  }
  const embedded = await startEmbeddedPostgres({ inMemory: true, port: 0 });
  await applyMigrations(embedded.url);
  console.log(`READY ${embedded.url} embedded`);
  const stop = () => embedded.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
