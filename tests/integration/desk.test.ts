// The editors' desk: pitches (filed, accepted as an assigned draft, declined with a mailed
// reason), assignments and the studio list's desk filters, the dashboard's overdue flag, the
// calendar's month and week, and each person's iCalendar feed.
import ICAL from "ical.js";
import { acceptPitch, declinePitch, filePitch, getPitch, listPitches } from "@/lib/editorial/pitches";
import { setAssignment } from "@/lib/editorial/assignments";
import { listStudioArticles, MINE } from "@/lib/editorial/studio-articles";
import { getDashboard } from "@/lib/editorial/dashboard";
import { getCalendar } from "@/lib/editorial/calendar";
import { calendarFeedIcs, createCalendarFeed, removeCalendarFeed } from "@/lib/editorial/calendar-feed";
import { createArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { addDays, siteDay } from "@/lib/platform/dates";
import { db } from "@/lib/platform/db";
import { encodeCursor } from "@/lib/platform/keyset";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/platform/errors";
import { actorFor as actor } from "../helpers/actors";
import { makeDivision, makeUser, sampleBody } from "../helpers/db";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";

let sink: SmtpSink;
let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
let secondEditor: Awaited<ReturnType<typeof makeUser>>;
const tz = "UTC";
const today = () => siteDay(new Date(), tz);

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  writer = await makeUser("writer", { name: "Wendy Writer" });
  otherWriter = await makeUser("writer", { name: "Oscar Other" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  secondEditor = await makeUser("editor", { name: "Sally Second" });
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});

const pitch = async (who: typeof writer, workingTitle: string, extra: Record<string, string> = {}) =>
  filePitch(await actor(who), { workingTitle, summary: `Why ${workingTitle} matters.`, proposedAuthorId: who.author!.id, ...extra });

describe("pitches", () => {
  test("a writer files a pitch, sees only their own; an editor accepts it as an assigned draft the writer then sees", async () => {
    const division = await makeDivision();
    const { id } = await pitch(writer, "Ports and Power", { divisionId: division.id });
    const other = await pitch(otherWriter, "Someone else's idea");

    const w = await actor(writer);
    expect((await listPitches(w)).items.map((p) => p.workingTitle)).toEqual(["Ports and Power"]);
    await expect(getPitch(w, other.id)).rejects.toBeInstanceOf(NotFoundError);
    const e = await actor(editor);
    expect((await listPitches(e)).items.map((p) => p.workingTitle)).toEqual(
      expect.arrayContaining(["Ports and Power", "Someone else's idea"]),
    );

    // Only editors decide, and an accepted draft needs a due date and an assigned editor.
    await expect(acceptPitch(w, id, { assignedEditorId: editor.id, dueOn: "2031-03-14" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acceptPitch(e, id, { assignedEditorId: editor.id, dueOn: "" })).rejects.toThrow("Give the draft a due date.");
    await expect(acceptPitch(e, id, { assignedEditorId: writer.id, dueOn: "2031-03-14" })).rejects.toThrow(
      "Choose an editor or an admin as the assigned editor.",
    );

    const { articleId } = await acceptPitch(e, id, { assignedEditorId: secondEditor.id, dueOn: "2031-03-14", priority: "high" });
    const draft = await db.article.findUniqueOrThrow({
      where: { id: articleId },
      include: { authors: true, revisions: true, assignedEditor: true },
    });
    expect(draft).toMatchObject({
      title: "Ports and Power",
      standfirst: "Why Ports and Power matters.",
      status: "draft",
      slug: "ports-and-power",
      divisionId: division.id,
      createdById: writer.id,
      priority: "high",
    });
    expect(draft.authors.map((a) => a.authorId)).toEqual([writer.author!.id]);
    expect(draft.assignedEditor?.name).toBe("Sally Second");
    expect(siteDay(draft.dueAt!, tz)).toBe("2031-03-14");
    expect(draft.revisions).toHaveLength(1);
    const decided = await db.pitch.findUniqueOrThrow({ where: { id } });
    expect(decided).toMatchObject({ status: "accepted", articleId, decidedById: editor.id });
    const audit = await db.auditEvent.findMany({
      where: { OR: [{ subject: `pitch:${id}` }, { articleId }] },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["pitches.file", "articles.create", "pitches.accept"]);

    // The writer finds the draft among their pieces, assigned, and is told by mail with a link.
    const mine = await listStudioArticles(w, { author: MINE });
    expect(mine.items.map((a) => a.title)).toContain("Ports and Power");
    const mail = sink.received.find((m) => m.to.includes(writer.email) && m.text.includes("Pitch accepted: Ports and Power"));
    expect(mail?.text).toContain(`/studio/articles/${articleId}`);

    // Deciding twice is refused by name.
    await expect(declinePitch(e, id, { reason: "Too late." })).rejects.toBeInstanceOf(ConflictError);
  });

  test("declining needs a reason, which the filer receives by mail with a link to the pitch", async () => {
    const { id } = await pitch(writer, "A Weak Idea");
    const e = await actor(editor);
    await expect(declinePitch(e, id, { reason: "  " })).rejects.toBeInstanceOf(ValidationError);
    expect((await db.pitch.findUniqueOrThrow({ where: { id } })).status).toBe("open");

    await declinePitch(e, id, { reason: "We covered this in March." });
    expect(await db.pitch.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "declined",
      declineReason: "We covered this in March.",
    });
    const mail = sink.received.find((m) => m.to.includes(writer.email) && m.text.includes("Pitch declined: A Weak Idea"));
    expect(mail?.text).toContain("We covered this in March.");
    expect(mail?.text).toMatch(new RegExp(`https?://[^\\s]+/studio/pitches/${id}`));
    expect(await db.auditEvent.count({ where: { subject: `pitch:${id}`, action: "pitches.decline" } })).toBe(1);
  });

  test("the list filters by state and by filer, and pages by keyset", async () => {
    const titles = ["Paged one", "Paged two", "Paged three"];
    for (const title of titles) await pitch(secondEditor, title);
    const e = await actor(secondEditor);
    const first = await listPitches(e, { mine: "1" }, 2);
    expect(first.items.map((p) => p.workingTitle)).toEqual(["Paged three", "Paged two"]);
    const second = await listPitches(e, { mine: "1", after: encodeCursor(first.next!) }, 2);
    expect(second.items.map((p) => p.workingTitle)).toEqual(["Paged one"]);
    expect(second.next).toBeNull();
    const back = await listPitches(e, { mine: "1", before: encodeCursor(second.previous!) }, 2);
    expect(back.items.map((p) => p.workingTitle)).toEqual(["Paged three", "Paged two"]);

    const declined = await listPitches(await actor(editor), { status: "declined" });
    expect(declined.items.map((p) => p.workingTitle)).toEqual(["A Weak Idea"]);
    // A writer asking for everyone's pitches still gets only their own.
    const writerAll = await listPitches(await actor(otherWriter), { status: "open" });
    expect(writerAll.items.map((p) => p.workingTitle)).toEqual(["Someone else's idea"]);
  });
});

describe("assignments, the desk filters and the dashboard", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const w = await actor(writer);
    const e = await actor(editor);
    for (const title of ["Late piece", "Due today", "Later piece", "Unassigned"])
      ids[title] = (await createArticle(w, { title, body: sampleBody })).id;
    await setAssignment(e, ids["Late piece"], { assignedEditorId: editor.id, dueOn: addDays(today(), -2), priority: "urgent" });
    await setAssignment(e, ids["Due today"], { assignedEditorId: editor.id, dueOn: today() });
    await setAssignment(e, ids["Later piece"], { assignedEditorId: secondEditor.id, dueOn: addDays(today(), 30) });
  });

  test("only editors set an assignment; the change is audited with what changed", async () => {
    await expect(setAssignment(await actor(writer), ids["Unassigned"], { dueOn: today() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setAssignment(await actor(otherWriter), ids["Unassigned"], { dueOn: today() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setAssignment(await actor(editor), ids["Unassigned"], { dueOn: "2031-02-30" })).rejects.toThrow(
      "Give the due date as a day (YYYY-MM-DD).",
    );
    const events = await db.auditEvent.findMany({ where: { articleId: ids["Late piece"], action: "articles.assign" } });
    expect(events).toHaveLength(1);
    expect(events[0].details).toMatchObject({
      assignedEditorId: { from: null, to: editor.id },
      priority: { from: "normal", to: "urgent" },
    });
  });

  test("the studio list filters by assigned editor, overdue and due this week, in due order", async () => {
    const e = await actor(editor);
    const titles = async (input: Record<string, string>) => (await listStudioArticles(e, input)).items.map((a) => a.title);
    expect(await titles({ assigned: MINE })).toEqual(expect.arrayContaining(["Late piece", "Due today"]));
    expect(await titles({ assigned: MINE })).not.toContain("Later piece");
    expect(await titles({ assigned: secondEditor.id })).toContain("Later piece");
    expect(await titles({ due: "overdue" })).toEqual(["Late piece"]);
    expect(await titles({ due: "week" })).toContain("Due today");
    expect(await titles({ due: "week" })).not.toContain("Later piece");

    // Paged in due order by keyset.
    const page = await listStudioArticles(e, { assigned: MINE, due: "week" }, 1);
    const rest = await listStudioArticles(e, { assigned: MINE, due: "week", after: encodeCursor(page.next!) }, 1);
    expect([...page.items, ...rest.items].map((a) => a.dueAt!.getTime())).toEqual(
      [...page.items, ...rest.items].map((a) => a.dueAt!.getTime()).sort((a, b) => a - b),
    );

    // A piece no longer in the works is not overdue, whatever its due date said.
    await db.article.update({ where: { id: ids["Late piece"] }, data: { status: "archived" } });
    expect(await titles({ due: "overdue" })).toEqual([]);
    await db.article.update({ where: { id: ids["Late piece"] }, data: { status: "draft" } });
  });

  test("the dashboard flags overdue pieces and shows what is assigned to me and due this week", async () => {
    const d = await getDashboard(await actor(editor));
    expect(d.overdue.map((a) => a.title)).toEqual(["Late piece"]);
    expect(d.assignedToMe?.map((a) => a.title)).toEqual(expect.arrayContaining(["Late piece", "Due today"]));
    expect(d.dueThisWeek.map((a) => a.title)).toContain("Due today");
    // A writer's dashboard holds only their own pieces, and no "assigned to me".
    const other = await getDashboard(await actor(otherWriter));
    expect(other.overdue).toEqual([]);
    expect(other.assignedToMe).toBeNull();
  });
});

describe("calendar", () => {
  let dueId: string;
  let otherDueId: string;
  let publishedId: string;
  beforeAll(async () => {
    const division = await makeDivision();
    const e = await actor(editor);
    dueId = (await createArticle(await actor(writer), { title: "Calendar due", body: sampleBody, divisionId: division.id })).id;
    otherDueId = (await createArticle(await actor(otherWriter), { title: "Oscar's due", body: sampleBody })).id;
    await setAssignment(e, dueId, { assignedEditorId: editor.id, dueOn: "2031-05-14" });
    await setAssignment(e, otherDueId, { assignedEditorId: editor.id, dueOn: "2031-05-20" });
    publishedId = (await createArticle(await actor(writer), { title: "Calendar published", body: sampleBody })).id;
    await transition(await actor(writer), publishedId, "submit");
    await transition(e, publishedId, "approve");
    await transition(e, publishedId, "publish");
  });

  const titlesOn = (cal: Awaited<ReturnType<typeof getCalendar>>, day: string) =>
    cal.weeks
      .flat()
      .filter((d) => d.day === day)
      .flatMap((d) => d.events.map((e) => `${e.kind}: ${e.title}`));

  test("a month shows due dates on their day, whole weeks from Monday; a writer sees only their own", async () => {
    const cal = await getCalendar(await actor(editor), { view: "month", date: "2031-05-10" });
    expect(cal.weeks[0][0].day).toBe("2031-04-28");
    expect(cal.weeks.flat().every((d, i, all) => i === 0 || d.day === addDays(all[i - 1].day, 1))).toBe(true);
    expect(titlesOn(cal, "2031-05-14")).toEqual(["due: Calendar due"]);
    expect(titlesOn(cal, "2031-05-20")).toEqual(["due: Oscar's due"]);
    expect(cal.previous).toBe("2031-04-01");
    expect(cal.next).toBe("2031-06-01");

    const writers = await getCalendar(await actor(writer), { view: "month", date: "2031-05-10" });
    expect(titlesOn(writers, "2031-05-14")).toEqual(["due: Calendar due"]);
    expect(titlesOn(writers, "2031-05-20")).toEqual([]);
  });

  test("a week shows its seven days; the division filter narrows it; today's publication shows as published", async () => {
    const week = await getCalendar(await actor(editor), { view: "week", date: "2031-05-15" });
    expect(week.weeks).toHaveLength(1);
    expect(week.weeks[0].map((d) => d.day)).toEqual([
      "2031-05-12",
      "2031-05-13",
      "2031-05-14",
      "2031-05-15",
      "2031-05-16",
      "2031-05-17",
      "2031-05-18",
    ]);
    expect(titlesOn(week, "2031-05-14")).toEqual(["due: Calendar due"]);
    expect(week.previous).toBe("2031-05-05");

    const division = (await db.article.findUniqueOrThrow({ where: { id: dueId } })).divisionId!;
    const other = await makeDivision();
    expect(titlesOn(await getCalendar(await actor(editor), { view: "week", date: "2031-05-15", division }), "2031-05-14")).toEqual([
      "due: Calendar due",
    ]);
    expect(
      titlesOn(await getCalendar(await actor(editor), { view: "week", date: "2031-05-15", division: other.id }), "2031-05-14"),
    ).toEqual([]);

    const now = await getCalendar(await actor(editor), { view: "week" });
    expect(titlesOn(now, today())).toContain("published: Calendar published");
    expect(now.weeks[0].find((d) => d.day === today())?.today).toBe(true);
  });

  test("the iCalendar feed parses, holds what its owner may see with stable UIDs, and its secret is revocable", async () => {
    const w = await actor(writer);
    const { secret } = await createCalendarFeed(w);
    const client = { ip: "198.51.100.7" };
    // The feed covers a window around today: a due date inside it.
    await setAssignment(await actor(editor), dueId, { assignedEditorId: editor.id, dueOn: addDays(today(), 3) });
    await setAssignment(await actor(editor), otherDueId, { assignedEditorId: editor.id, dueOn: addDays(today(), 3) });

    const read = async () => {
      const component = new ICAL.Component(ICAL.parse(await calendarFeedIcs(secret, client)));
      return component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    };
    const events = await read();
    const summaries = events.map((e) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(["Due: Calendar due", "Published: Calendar published"]));
    expect(summaries).not.toContain("Due: Oscar's due");
    const due = events.find((e) => e.summary === "Due: Calendar due")!;
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe(addDays(today(), 3));
    expect(due.uid).toMatch(new RegExp(`^due-${dueId}@[a-z0-9.-]+$`));
    expect((await read()).map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());

    // Replacing revokes the old address; removing closes the new one.
    const replaced = await createCalendarFeed(w);
    await expect(calendarFeedIcs(secret, client)).rejects.toBeInstanceOf(NotFoundError);
    expect(await calendarFeedIcs(replaced.secret, client)).toContain("BEGIN:VCALENDAR");
    await removeCalendarFeed(w);
    await expect(calendarFeedIcs(replaced.secret, client)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.count({ where: { action: "account.calendarFeed", subject: `user:${writer.id}` } })).toBe(3);
  });

  test("guessing secrets is locked out per address, even for a right one afterwards", async () => {
    const { secret } = await createCalendarFeed(await actor(editor));
    const client = { ip: "203.0.113.9" };
    let refusal: unknown;
    for (let i = 0; i < 25 && !(refusal instanceof RateLimitedError); i++) {
      refusal = await calendarFeedIcs(`wrong-${i}`, client).catch((error: unknown) => error);
    }
    expect(refusal).toBeInstanceOf(RateLimitedError);
    await expect(calendarFeedIcs(secret, client)).rejects.toBeInstanceOf(RateLimitedError);
    // Another address is not held back.
    expect(await calendarFeedIcs(secret, { ip: "203.0.113.10" })).toContain("BEGIN:VCALENDAR");
  });
});
