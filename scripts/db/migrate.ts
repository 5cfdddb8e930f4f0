// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// database when none is set.
import { withDatabase } from "./with-database";
import { applyMigrations } from "./migrations";

withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
});
