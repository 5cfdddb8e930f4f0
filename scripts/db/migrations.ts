// Applies prisma/migrations exactly as `prisma migrate deploy` does (same folder, same
// _prisma_migrations table), through the WebAssembly engine so it works offline.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { createSchemaEngine, noFilters } from "./schema-engine";

export const prismaDir = path.resolve(__dirname, "../../prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
export const schemaPath = path.join(prismaDir, "schema.prisma");

export async function listMigrations() {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      sql: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8"),
    })),
  );
}

/** Applies pending migrations to the database at `connectionString`; returns the names applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const schemaText = await readFile(schemaPath, "utf8");
  const engine = await createSchemaEngine("schema.prisma", schemaText, connectionString);
  const migrations = await listMigrations();
  const result = await engine.applyMigrations({
    migrationsList: {
      baseDir: migrationsDir,
      lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"' },
      migrationDirectories: migrations.map((m) => ({
        path: m.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
      })),
      shadowDbInitScript: "",
    },
    filters: noFilters,
  });
  return result.appliedMigrationNames;
}
