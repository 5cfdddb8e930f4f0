// The desk's calendar (/studio/calendar and each person's iCalendar feed): pieces' due dates,
// scheduled publications and published pieces, in the site's time zone, of the pieces the
// person may see (permissions.ts's list scope through articleScopeWhere), by division. A view
// is one month or one week, so each read is one bounded range of its date's index.
import "server-only";
import { z } from "zod";
import { db } from "../platform/db";
import { addDays, dayStartsAt, monthBounds, parseDay, siteDay, weekStart } from "../platform/dates";
import { getSiteSettings } from "../platform/site-settings";
import { listIdParam } from "../platform/validation";
import type { ArticleStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { articleListScope, authorizeSite, type Actor } from "../permissions";
import { articleScopeWhere } from "./article-scope";

export type CalendarEventKind = "due" | "scheduled" | "published";

export interface CalendarEvent {
  /** Stable across reads: the kind and the piece ("due-<article id>"); the iCalendar UID is made from it. */
  key: string;
  kind: CalendarEventKind;
  articleId: string;
  title: string;
  at: Date;
  /** The site day it falls on. */
  day: string;
  status: ArticleStatus;
}

/** Most events of each kind in one view or feed: a month of a busy archive stays one bounded read. */
export const EVENTS_PER_KIND = 500;

/** Events of the pieces `actor` may see between two instants, by division, ordered by time. */
export async function calendarEvents(
  actor: Actor,
  range: { from: Date; to: Date },
  timeZone: string,
  division?: string,
): Promise<{ events: CalendarEvent[]; truncated: boolean }> {
  const scope = articleScopeWhere(articleListScope(actor));
  const inDivision: Prisma.ArticleWhereInput = division ? { divisionId: division } : {};
  const now = new Date();
  const between = { gte: range.from, lt: range.to };
  const article = { id: true, title: true, status: true } satisfies Prisma.ArticleSelect;
  const [due, scheduled, published] = await Promise.all([
    db.article.findMany({
      where: { AND: [scope, inDivision, { dueAt: between }] },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: EVENTS_PER_KIND + 1,
      select: { ...article, dueAt: true },
    }),
    // A scheduled piece whose time has come is live (visibility is time): it shows as published.
    db.article.findMany({
      where: { AND: [scope, inDivision, { status: "scheduled", scheduledAt: { ...between, gt: now } }] },
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      take: EVENTS_PER_KIND + 1,
      select: { ...article, scheduledAt: true },
    }),
    db.publication.findMany({
      where: { publishedAt: between, liveFrom: { lte: now }, ...(division ? { divisionId: division } : {}), article: scope },
      orderBy: [{ publishedAt: "asc" }, { articleId: "asc" }],
      take: EVENTS_PER_KIND + 1,
      select: { articleId: true, title: true, publishedAt: true, article: { select: { status: true } } },
    }),
  ]);
  const event = (kind: CalendarEventKind, articleId: string, title: string, at: Date, status: ArticleStatus): CalendarEvent => ({
    key: `${kind}-${articleId}`,
    kind,
    articleId,
    title,
    at,
    day: siteDay(at, timeZone),
    status,
  });
  const events = [
    ...due.slice(0, EVENTS_PER_KIND).map((a) => event("due", a.id, a.title, a.dueAt!, a.status)),
    ...scheduled.slice(0, EVENTS_PER_KIND).map((a) => event("scheduled", a.id, a.title, a.scheduledAt!, a.status)),
    ...published.slice(0, EVENTS_PER_KIND).map((p) => event("published", p.articleId, p.title, p.publishedAt, p.article.status)),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
  const truncated = [due, scheduled, published].some((rows) => rows.length > EVENTS_PER_KIND);
  return { events, truncated };
}

/** The calendar's address: month (default) or week, around a day (default today), by division. Bad values fall back. */
export const calendarQuery = z.object({
  view: z.enum(["month", "week"]).catch("month").default("month"),
  date: z.string().max(10).optional().catch(undefined),
  division: listIdParam,
});

export interface CalendarDay {
  day: string;
  /** False for the days of the previous and next months that fill a month's first and last weeks. */
  inPeriod: boolean;
  today: boolean;
  events: CalendarEvent[];
}

/**
 * One month (whole weeks, Monday first) or one week of the calendar, with the days either
 * side for the previous and next links.
 */
export async function getCalendar(actor: Actor | null, input: unknown = {}) {
  const user = authorizeSite(actor, "articles.create");
  const { view, date, division } = calendarQuery.parse(input ?? {});
  const { timeZone } = await getSiteSettings();
  const today = siteDay(new Date(), timeZone);
  const focus = parseDay(date) ?? today;
  const month = monthBounds(focus);
  const first = view === "month" ? weekStart(month.first) : weekStart(focus);
  const last = view === "month" ? addDays(weekStart(addDays(month.next, -1)), 7) : addDays(first, 7);
  const { events, truncated } = await calendarEvents(
    user,
    { from: dayStartsAt(first, timeZone), to: dayStartsAt(last, timeZone) },
    timeZone,
    division,
  );
  const days: CalendarDay[] = [];
  for (let day = first; day < last; day = addDays(day, 1)) {
    days.push({
      day,
      inPeriod: view === "week" || (day >= month.first && day < month.next),
      today: day === today,
      events: events.filter((e) => e.day === day),
    });
  }
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const previous = view === "month" ? monthBounds(addDays(month.first, -1)).first : addDays(first, -7);
  const next = view === "month" ? month.next : addDays(first, 7);
  return { view, focus, today, division, weeks, previous, next, truncated, monthFirst: month.first, weekFirst: first };
}

export type CalendarView = Awaited<ReturnType<typeof getCalendar>>;
