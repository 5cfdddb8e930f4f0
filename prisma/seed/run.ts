// `npm run db:seed`: loads the demo content into DATABASE_URL or the embedded database.
// First: lets this script load lib/ modules marked server-only.
import "../../scripts/server-only-outside-next";
import { withDatabase } from "../../scripts/db/with-database";
import { applyMigrations } from "../../scripts/db/migrations";

withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  await applyMigrations(url);
  const { db } = await import("../../lib/platform/db");
  const { seed } = await import("./index");
  try {
    await seed(db, console.log);
  } finally {
    await db.$disconnect();
  }
});
