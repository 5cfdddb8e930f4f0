// The studio's outbox: what mail the site has queued and sent. Admins only, because it is a log
// of people's personal mail (invitations, password resets), which no editorial task needs.
import "server-only";
import { db } from "../platform/db";
import { authorizeSite, type Actor } from "../permissions";

const OUTBOX_PAGE_SIZE = 25;

/** The studio outbox (admins only: it is a log of people's personal mail), newest first, a page at a time. */
export async function listOutbox(actor: Actor | null, page = 1) {
  authorizeSite(actor, "outbox.view");
  const current = Number.isInteger(page) && page > 0 ? page : 1;
  const [items, total] = await Promise.all([
    db.outgoingEmail.findMany({
      // Never the sealed secret: what leaves this module for a page is what the page may show.
      select: {
        id: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        attempts: true,
        lastError: true,
        leaseUntil: true,
        createdAt: true,
        sentAt: true,
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
    }),
    db.outgoingEmail.count(),
  ]);
  // A message being sent is claimed by one delivery run until its lease ends; a lapsed lease means that run stopped midway.
  const now = Date.now();
  const withLease = items.map((mail) => ({
    ...mail,
    leaseLapsed: mail.status === "sending" && mail.leaseUntil !== null && mail.leaseUntil.getTime() <= now,
  }));
  return { items: withLease, total, page: current, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
