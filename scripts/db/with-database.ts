// Runs a task against DATABASE_URL, or against the embedded database (started for the
// task and stopped after it) when DATABASE_URL is not set.
import { startEmbeddedPostgres } from "./embedded";

export function withDatabase(task: (url: string) => Promise<void>) {
  const run = async () => {
    const configured = process.env.DATABASE_URL;
    if (configured) return task(configured);
    const embedded = await startEmbeddedPostgres();
    try {
      await task(embedded.url);
    } finally {
      await embedded.stop();
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
