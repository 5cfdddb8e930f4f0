// Prisma's schema engine compiled to WebAssembly, so migrations run offline with no
// native binary to download (SANDBOX.md). Node 20 cannot import .wasm, so it is
// instantiated by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

const require = createRequire(import.meta.url);

export interface SchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
}

type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (opts: unknown, log: (line: string) => void, adapter?: unknown) => Promise<SchemaEngine> };
};

let loaded: Promise<EngineModule> | undefined;

/** The engine reports Rust panics through this global (without it, a panic hides its cause). */
const panics = {
  set_message(message: string) {
    console.error(`Prisma's schema engine failed: ${message}`);
  },
};

async function loadModule(): Promise<EngineModule> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panics }).PRISMA_WASM_PANIC_REGISTRY = panics;
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule;
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

/** An engine for the given schema, bound to `connectionString` when one is given. */
export async function createSchemaEngine(schemaFile: string, schemaText: string, connectionString?: string) {
  loaded ??= loadModule();
  const bg = await loaded;
  // The engine connects at construction even for a diff between two schema files; an
  // in-memory PGlite serves that case without any server.
  const factory = connectionString
    ? new PrismaPg({ connectionString })
    : new PrismaPGlite(new (await import("@electric-sql/pglite")).PGlite());
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (line: string) => {
    if (process.env.STANDFIRST_DEBUG_MIGRATIONS) console.error(line);
  };
  return bg.SchemaEngine.new({ datamodels: [[schemaFile, schemaText]] }, log, adapter);
}

export const noFilters = { externalTables: [], externalEnums: [] };
