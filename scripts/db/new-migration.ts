// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the schema as of the last migration (kept in
// prisma/migrations/schema-snapshot.prisma) and prisma/schema.prisma. No database needed.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createSchemaEngine, noFilters } from "./schema-engine";
import { migrationsDir, schemaPath } from "./migrations";

export const snapshotPath = path.join(migrationsDir, "schema-snapshot.prisma");

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores)");
    process.exit(2);
  }
  const current = await readFile(schemaPath, "utf8");
  const engine = await createSchemaEngine("schema.prisma", current);
  const from = existsSync(snapshotPath)
    ? { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: await readFile(snapshotPath, "utf8") }] }
    : { tag: "empty" };
  const captured: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // The engine prints the script to stdout; capture it rather than echo it.
  process.stdout.write = ((chunk: string | Uint8Array) => (captured.push(String(chunk)), true)) as typeof process.stdout.write;
  let result;
  try {
    result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
  } finally {
    process.stdout.write = write;
  }
  const sql = (result.stdout ?? captured.join("")).trim();
  if (!sql || /^-- This is an empty migration/.test(sql)) {
    console.log("The schema matches the last migration: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql + "\n");
  await writeFile(snapshotPath, current);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
