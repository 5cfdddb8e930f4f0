import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");

/** The migration engine needs ESM and WebAssembly, so it runs in a child process, as `npm run db:migrate` does. */
async function migrateFreshDatabase() {
  const server = process.env.TEST_DATABASE_URL ?? process.env.STANDFIRST_TEST_SERVER;
  const env = { ...process.env, SERVER_URL: server ?? "", PORT: String(55000 + Math.floor(Math.random() * 5000)) };
  const { stdout } = await run(process.execPath, [require.resolve("tsx/cli"), "tests/helpers/migrate-fresh.ts"], { cwd: root, env });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as { before: string[]; first: string[]; second: string[]; after: string[] };
}

test("migrations apply to an empty database, and a second run applies nothing", async () => {
  const result = await migrateFreshDatabase();
  const folders = readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

  expect(result.before).toEqual([]);
  expect(result.first).toEqual(folders);
  expect(result.second).toEqual([]);
  for (const table of [
    "User",
    "Session",
    "AuthorProfile",
    "Article",
    "Revision",
    "Publication",
    "AuditEvent",
    "OutgoingEmail",
    "SiteSettings",
    "_prisma_migrations",
  ]) {
    expect(result.after).toContain(table);
  }
}, 120_000);
