// A delivery run in a process of its own, for tests that kill it mid-send
// (tests/integration/mail-delivery.test.ts): `tsx tests/helpers/deliver-mail.ts [limit]` with
// DATABASE_URL, SMTP_URL and NEXTAUTH_SECRET in the environment. Prints the outcome as JSON.
import "../../scripts/server-only-outside-next";
import { db } from "../../lib/platform/db";
import { deliverPending } from "../../lib/platform/mail";

deliverPending(Number(process.argv[2]) || 100)
  .then((outcome) => console.log(JSON.stringify(outcome)))
  .finally(() => db.$disconnect());
