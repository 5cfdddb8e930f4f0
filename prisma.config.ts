// Prisma CLI configuration (Prisma 7 reads the connection URL here, not from the schema).
// The app itself connects through lib/platform/db.ts; migrations run through scripts/db/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
