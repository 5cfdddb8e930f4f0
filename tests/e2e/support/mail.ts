// Mail the site sent during the run, as the SMTP sink recorded it.
import { existsSync, readFileSync } from "node:fs";
import type { LoggedMail } from "../../helpers/smtp-sink";

export type SentMail = LoggedMail;

export function sentMail(): SentMail[] {
  const file = process.env.E2E_MAIL_LOG;
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SentMail);
}

/** Waits until a message matching the test arrives (delivery happens after the transaction commits). */
export async function waitForMail(match: (mail: SentMail) => boolean, timeoutMs = 15_000): Promise<SentMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sentMail().find(match);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error("No matching mail arrived; sent so far: " + JSON.stringify(sentMail().map((m) => [m.to, m.subject])));
    await new Promise((r) => setTimeout(r, 250));
  }
}
