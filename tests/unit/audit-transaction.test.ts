// recordAudit takes a transaction's client, never the database client itself, so an event is
// always written inside its change's transaction. The types decide it: `npm run typecheck`
// compiles this file, and fails if either line stops holding.
import type { recordAudit } from "@/lib/platform/audit";
import type { PrismaClient, Tx } from "@/lib/platform/db";

type Client = Parameters<typeof recordAudit>[0];
const refusesTheDatabaseClient: PrismaClient extends Client ? false : true = true;
const takesATransaction: Tx extends Client ? true : false = true;

test("recordAudit takes a transaction's client and refuses the database client", () => {
  expect([refusesTheDatabaseClient, takesATransaction]).toEqual([true, true]);
});
