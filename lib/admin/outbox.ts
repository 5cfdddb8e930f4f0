// The studio's outbox: what mail the site has queued and sent. Admins only, because it is a log
// of people's personal mail (invitations, password resets), which no editorial task needs.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { smtpConfigured } from "../platform/mail";
import { EmailStatus } from "../generated/prisma/enums";
import { keysetPage, keysetQuery, pageAtFrom, pageAtParams } from "../platform/keyset";
import { authorizeSite, type Actor } from "../permissions";

export const OUTBOX_PAGE_SIZE = 25;

// An unknown state shows all mail; an old `?page=N` address is not read and finds the first page.
const outboxQuery = z.object({ status: z.enum(EmailStatus).optional().catch(undefined), ...pageAtParams });

/**
 * The studio outbox (admins only: it is a log of people's personal mail), newest first, a page
 * at a time by keyset on (createdAt, id), all mail or one state; with the count of each state.
 */
export async function listOutbox(actor: Actor | null, input: unknown = {}) {
  authorizeSite(actor, "outbox.view");
  const { status, after, before } = outboxQuery.parse(input ?? {});
  const at = pageAtFrom({ after, before });
  const page = keysetQuery({ at: "createdAt", id: "id" }, at, OUTBOX_PAGE_SIZE);
  const [rows, grouped] = await Promise.all([
    db.outgoingEmail.findMany({
      where: { AND: [status ? { status } : {}, page.where] },
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
      orderBy: page.orderBy,
      take: page.take,
    }),
    db.outgoingEmail.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const { items, next, previous } = keysetPage(rows, at, OUTBOX_PAGE_SIZE, (m) => ({ at: m.createdAt, id: m.id }));
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<Record<EmailStatus, number>>;
  // A message being sent is claimed by one delivery run until its lease ends; a lapsed lease means that run stopped midway.
  const now = Date.now();
  const withLease = items.map((mail) => ({
    ...mail,
    leaseLapsed: mail.status === "sending" && mail.leaseUntil !== null && mail.leaseUntil.getTime() <= now,
  }));
  const total = grouped.reduce((sum, g) => sum + g._count._all, 0);
  // Without SMTP nothing leaves: the page must say why mail stays pending, not let it look stuck.
  return { items: withLease, next, previous, status, counts, total, smtpConfigured: smtpConfigured() };
}
