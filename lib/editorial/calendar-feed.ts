// Each person's iCalendar feed of the desk's calendar (lib/editorial/calendar.ts): a secret URL
// they add to their calendar application, which fetches it without a session. The secret is
// shown once; only its SHA-256 is kept (User.calendarTokenHash), so making a new one revokes the
// old, and removing it closes the feed. Wrong secrets are counted per address and locked out
// like share-preview tokens. The feed holds what its owner may see now: a disabled account's
// feed, or one whose role changed, follows the person.
import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { db } from "../platform/db";
import { recordAudit } from "../platform/audit";
import { addDays, siteDay, dayStartsAt } from "../platform/dates";
import { NotFoundError, RateLimitedError } from "../platform/errors";
import { paths, urlOn } from "../platform/paths";
import { describeWait, hit, lockedFor, type LimitRule } from "../platform/rate-limit";
import { getSiteSettings } from "../platform/site-settings";
import { hashToken, newLinkToken } from "../platform/tokens";
import { authorizeSite, type Actor } from "../permissions";
import { calendarEvents, type CalendarEvent } from "./calendar";

/** The feed covers this many days back and ahead: what a calendar application shows, bounded. */
export const FEED_DAYS_BACK = 90;
export const FEED_DAYS_AHEAD = 365;

const auditOf = (userId: string) => ({ actorId: userId, action: "account.calendarFeed", subject: `user:${userId}` });

/** Whether the person has a feed now (the URL itself cannot be shown again). */
export async function calendarFeedStatus(actor: Actor | null) {
  const user = authorizeSite(actor, "studio.enter");
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarTokenHash: true } });
  return { active: row.calendarTokenHash !== null };
}

/** Makes a new feed secret, replacing (and so revoking) any earlier one; the secret is returned once. */
export async function createCalendarFeed(actor: Actor | null) {
  const user = authorizeSite(actor, "studio.enter");
  const secret = newLinkToken();
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarTokenHash: true } });
    await tx.user.update({ where: { id: user.id }, data: { calendarTokenHash: hashToken(secret) } });
    await recordAudit(tx, { ...auditOf(user.id), details: { created: true, replaced: before.calendarTokenHash !== null } });
  });
  return { secret, path: paths.calendarFeed(secret) };
}

/** Closes the feed: its URL answers 404 from now on. */
export async function removeCalendarFeed(actor: Actor | null) {
  const user = authorizeSite(actor, "studio.enter");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, calendarTokenHash: { not: null } },
      data: { calendarTokenHash: null },
    });
    // Removing a feed already removed changes nothing, so the log says nothing.
    if (count > 0) await recordAudit(tx, { ...auditOf(user.id), details: { removed: true } });
  });
  return { removed: true };
}

const secretShape = /^[A-Za-z0-9_-]{43}$/;

/** Failed secrets from one address: 20 in 10 minutes locks it out for 10 minutes, doubling up to a day. */
const guessRule = (ip: string): LimitRule => ({
  key: `calendar:ip:${ip}`,
  max: 20,
  windowSeconds: 600,
  lockSeconds: 600,
  maxLockSeconds: 86_400,
});

const tooMany = (seconds: number) =>
  new RateLimitedError(`Too many invalid calendar addresses from your address. Try again in ${describeWait(seconds)}.`, seconds);

const kindWords: Record<CalendarEvent["kind"], string> = { due: "Due", scheduled: "Scheduled", published: "Published" };

/** The iCalendar text of the feed a secret opens; NotFoundError for a wrong or revoked one. */
export async function calendarFeedIcs(secret: string, client: { ip: string }): Promise<string> {
  const rule = guessRule(client.ip);
  const wait = await lockedFor([rule.key]);
  if (wait > 0) throw tooMany(wait);
  const owner = secretShape.test(secret)
    ? await db.user.findUnique({ where: { calendarTokenHash: hashToken(secret) }, select: { id: true, role: true, disabled: true } })
    : null;
  if (!owner || owner.disabled) {
    const locked = await hit(rule);
    if (locked > 0) throw tooMany(locked);
    throw new NotFoundError("No such calendar.");
  }
  const site = await getSiteSettings();
  const today = siteDay(new Date(), site.timeZone);
  const range = {
    from: dayStartsAt(addDays(today, -FEED_DAYS_BACK), site.timeZone),
    to: dayStartsAt(addDays(today, FEED_DAYS_AHEAD), site.timeZone),
  };
  const { events } = await calendarEvents(owner, range, site.timeZone);
  const host = new URL(site.baseUrl).hostname;
  const calendar = ical({
    name: `${site.siteName}: editorial calendar`,
    prodId: "//Standfirst//Editorial calendar//EN",
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    const url = urlOn(site.baseUrl, paths.studio.article(event.articleId));
    const [y, m, d] = event.day.split("-").map(Number);
    calendar.createEvent({
      // Stable: a calendar application updates the event it has rather than adding another.
      id: `${event.key}@${host}`,
      summary: `${kindWords[event.kind]}: ${event.title}`,
      url,
      description: url,
      // A due date is a day; a publication a moment.
      ...(event.kind === "due" ? { allDay: true, start: new Date(Date.UTC(y, m - 1, d)) } : { start: event.at }),
    });
  }
  return calendar.toString();
}
