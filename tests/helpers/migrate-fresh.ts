// Applies the migrations twice to a brand-new empty database and prints what happened as
// JSON: a PostgreSQL database created for the purpose on the configured server, or a
// fresh in-memory PGlite. Run as a child process by tests/integration/migrations.test.ts.
import { Client } from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";

async function tablesOf(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
  );
  await client.end();
  return rows.map((r) => r.tablename);
}

async function run(url: string) {
  const before = await tablesOf(url);
  const first = await applyMigrations(url);
  const second = await applyMigrations(url);
  return { before, first, second, after: await tablesOf(url) };
}

async function main() {
  const server = process.env.SERVER_URL;
  let result;
  if (server) {
    const name = `standfirst_migrate_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(server);
      url.pathname = `/${name}`;
      result = await run(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    const embedded = await startEmbeddedPostgres({ inMemory: true, port: Number(process.env.PORT) });
    try {
      result = await run(embedded.url);
    } finally {
      await embedded.stop();
    }
  }
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
