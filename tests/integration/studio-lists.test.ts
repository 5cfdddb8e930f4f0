// The studio's lists at more than a page: /studio/articles's scope, search, filters and keyset
// paging (forwards and back, no duplicates, no gaps), and the other studio lists' cursors.
import { MINE, STUDIO_PAGE_SIZE, listStudioArticles } from "@/lib/editorial/studio-articles";
import { listReviewQueue } from "@/lib/editorial/review-queue";
import { listAuditEvents } from "@/lib/admin/audit-log";
import { listOutbox } from "@/lib/admin/outbox";
import { listCommentsForModeration } from "@/lib/reader/comments";
import { getDashboard, SECTION_SIZE } from "@/lib/editorial/dashboard";
import { db } from "@/lib/platform/db";
import { NotSignedInError } from "@/lib/platform/errors";
import { encodeCursor, type Cursor } from "@/lib/platform/keyset";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { actorFor } from "../helpers/actors";
import { makeDivision, makeUser, sampleBody } from "../helpers/db";

type Person = Awaited<ReturnType<typeof makeUser>>;
let writer: Person;
let otherWriter: Person;
let editor: Person;
let division: { id: string };
const mine: string[] = [];
const theirs: string[] = [];

const base = Date.UTC(2026, 10, 1);
let n = 0;
/** A piece changed at `minutes` after the base time (several share a minute: the id breaks the tie). */
async function piece(
  who: Person,
  minutes: number,
  extra: { title?: string; standfirst?: string; status?: ArticleStatus; divisionId?: string } = {},
) {
  n += 1;
  const row = await db.article.create({
    data: {
      slug: `studio-list-${n}`,
      title: extra.title ?? `Routine note ${n}`,
      standfirst: extra.standfirst ?? "",
      body: sampleBody,
      status: extra.status ?? "draft",
      submittedAt: extra.status === "in_review" ? new Date(base + minutes * 60_000) : null,
      publishedAt: extra.status === "published" ? new Date(base + minutes * 60_000) : null,
      divisionId: extra.divisionId ?? null,
      createdById: who.id,
      updatedAt: new Date(base + minutes * 60_000),
      authors: { create: [{ authorId: who.author!.id, position: 0 }] },
    },
  });
  return row.id;
}

/** Follows "next" from page 1 to the end, then "previous" from the last page back to page 1. */
async function walk<T extends { id: string }>(
  read: (page: { after?: string; before?: string }) => Promise<{ items: T[]; next: Cursor | null; previous: Cursor | null }>,
) {
  const forwards: string[][] = [];
  let page = await read({});
  forwards.push(page.items.map((r) => r.id));
  while (page.next) {
    page = await read({ after: encodeCursor(page.next) });
    forwards.push(page.items.map((r) => r.id));
  }
  const backwards: string[][] = [forwards[forwards.length - 1]];
  while (page.previous) {
    page = await read({ before: encodeCursor(page.previous) });
    backwards.unshift(page.items.map((r) => r.id));
  }
  return { forwards, backwards };
}

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wren Writer" });
  otherWriter = await makeUser("writer", { name: "Otto Other" });
  editor = await makeUser("editor", { name: "Edna Editor" });
  division = await makeDivision();
  // 130 pieces: 70 of the writer's, 60 of another's, in runs of three sharing a timestamp.
  for (let i = 0; i < 130; i++) {
    const who = i % 13 < 7 ? writer : otherWriter;
    const id = await piece(who, Math.floor(i / 3), {
      status: i % 5 === 0 ? "in_review" : "draft",
      divisionId: i % 4 === 0 ? division.id : undefined,
    });
    (who === writer ? mine : theirs).push(id);
  }
  await piece(writer, 500, { title: "Climate policy after Paris", standfirst: "What the treaty asks of small states." });
  await piece(otherWriter, 501, { title: "Fisheries in the Pacific", standfirst: "Climate and the tuna catch." });
  await piece(otherWriter, 502, { title: "A 100% renewable grid", status: "published" });
});

describe("/studio/articles", () => {
  test("pages through every piece newest change first, forwards and back, with no duplicate and no gap", async () => {
    const e = await actorFor(editor);
    const { forwards, backwards } = await walk((page) => listStudioArticles(e, page));
    expect(forwards.length).toBe(Math.ceil(133 / STUDIO_PAGE_SIZE));
    expect(forwards.slice(0, -1).every((p) => p.length === STUDIO_PAGE_SIZE)).toBe(true);
    expect(backwards).toEqual(forwards);
    const all = forwards.flat();
    expect(new Set(all).size).toBe(all.length);
    const expected = await db.article.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(all).toEqual(expected.map((r) => r.id));
  });

  test("a writer sees only their own pieces, on every page, whatever they filter by", async () => {
    const w = await actorFor(writer);
    // Read as two branches (created, authored: here both) merged into one page, forwards and back.
    const { forwards, backwards } = await walk((page) => listStudioArticles(w, page));
    expect(backwards).toEqual(forwards);
    expect(forwards.length).toBe(2);
    expect(forwards.flat().sort()).toEqual(
      [...mine, (await db.article.findUniqueOrThrow({ where: { slug: "studio-list-131" } })).id].sort(),
    );
    // Naming the other writer's author profile, division or a search for their piece shows nothing of theirs.
    const byOther = await listStudioArticles(w, { author: otherWriter.author!.id });
    expect(byOther.items).toEqual([]);
    expect((await listStudioArticles(w, { q: "Fisheries" })).items).toEqual([]);
    const inDivision = await listStudioArticles(w, { division: division.id });
    expect(inDivision.items.every((r) => mine.includes(r.id))).toBe(true);
  });

  test("filters by state, division and author, alone and together", async () => {
    const e = await actorFor(editor);
    const inReview = await walk((page) => listStudioArticles(e, { status: "in_review", ...page }));
    const reviewIds = inReview.forwards.flat();
    expect(reviewIds.length).toBe(26);
    expect((await db.article.count({ where: { id: { in: reviewIds }, status: "in_review" } })).valueOf()).toBe(26);

    const inDivision = await listStudioArticles(e, { division: division.id, status: "draft" });
    expect(inDivision.items.length).toBeGreaterThan(0);
    expect(inDivision.items.every((r) => r.division?.name !== undefined && r.status === "draft")).toBe(true);

    const byWriter = await walk((page) => listStudioArticles(e, { author: writer.author!.id, ...page }));
    expect(byWriter.forwards.flat().length).toBe(71);
    // "me" is the pieces the person created or is an author of.
    const w = await actorFor(writer);
    expect((await listStudioArticles(w, { author: MINE, status: "published" })).items).toEqual([]);
    expect((await listStudioArticles(e, { author: MINE })).items).toEqual([]);
  });

  test("searches title and standfirst by the words typed, in any case, each word anywhere", async () => {
    const e = await actorFor(editor);
    const titles = async (q: string) => (await listStudioArticles(e, { q })).items.map((r) => r.title);
    expect(await titles("climate")).toEqual(["Fisheries in the Pacific", "Climate policy after Paris"]);
    expect(await titles("CLIM pari")).toEqual(["Climate policy after Paris"]);
    expect(await titles("tuna")).toEqual(["Fisheries in the Pacific"]);
    // LIKE's wildcards are text, not patterns.
    expect(await titles("100%")).toEqual(["A 100% renewable grid"]);
    expect(await titles("_")).toEqual([]);
    expect(await titles("nothing like this")).toEqual([]);
  });

  test("bad values fall back: an unknown state, a malformed id, a stale cursor, a NUL", async () => {
    const e = await actorFor(editor);
    const first = await listStudioArticles(e, {});
    for (const input of [
      { status: "nonsense" },
      { division: "x".repeat(65) },
      { author: ["a", "b"] },
      { after: "not-a-cursor" },
      { before: "1.../" },
      { q: "\u0000" },
    ]) {
      const page = await listStudioArticles(e, input);
      expect(page.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
      expect(page.previous).toBeNull();
    }
    await expect(listStudioArticles(null, {})).rejects.toBeInstanceOf(NotSignedInError);
  });
});

test("the dashboard's sections hold at most ten pieces each", async () => {
  const d = await getDashboard(await actorFor(writer));
  expect(d.myDrafts).toHaveLength(SECTION_SIZE);
  expect(d.awaiting).toHaveLength(SECTION_SIZE);
  const e = await getDashboard(await actorFor(editor));
  expect(e.all).toHaveLength(SECTION_SIZE);
  expect(e.awaiting).toHaveLength(SECTION_SIZE);
});

test("the review queue pages oldest submission first by cursor", async () => {
  const e = await actorFor(editor);
  const { forwards, backwards } = await walk((page) => listReviewQueue(e, page, 10));
  expect(backwards).toEqual(forwards);
  const expected = await db.article.findMany({
    where: { status: "in_review" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  expect(forwards.flat()).toEqual(expected.map((r) => r.id));
  expect((await listReviewQueue(e, { page: "3" }, 10)).items.map((r) => r.id)).toEqual(forwards[0]);
});

test("the audit log, the outbox and the comment queue page by cursor without gaps", async () => {
  const e = await actorFor(editor);
  const admin = await actorFor(await makeUser("admin"));
  const target = mine[0];
  await db.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      actorId: i % 2 ? editor.id : writer.id,
      action: i % 3 ? "test.bulk" : "test.other",
      articleId: i % 4 ? null : target,
      createdAt: new Date(base + Math.floor(i / 2) * 1000),
    })),
  });
  await db.outgoingEmail.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      to: ["someone@example.org"],
      subject: `Mail ${i}`,
      text: "Hello",
      status: i % 2 ? "sent" : "pending",
      createdAt: new Date(base + Math.floor(i / 2) * 1000),
    })),
  });
  const published = await db.article.findUniqueOrThrow({ where: { slug: "studio-list-133" } });
  await db.readerComment.createMany({
    data: Array.from({ length: 70 }, (_, i) => ({
      articleId: i % 2 ? published.id : target,
      name: `Reader ${i}`,
      body: "A thought",
      status: i % 7 ? "pending" : "approved",
      createdAt: new Date(base + Math.floor(i / 2) * 1000),
    })),
  });

  const audit = await walk((page) => listAuditEvents(e, page));
  expect(audit.backwards).toEqual(audit.forwards);
  expect(audit.forwards.flat()).toHaveLength(await db.auditEvent.count());
  const byAction = await walk((page) => listAuditEvents(e, { action: "test.other", actor: editor.id, ...page }));
  expect(byAction.forwards.flat()).toHaveLength(20);
  const byTitle = await listAuditEvents(e, { q: "routine note 1" });
  expect(byTitle.items.length).toBeGreaterThan(0);
  expect(byTitle.items.every((ev) => ev.articleId === target)).toBe(true);

  const outbox = await walk((page) => listOutbox(admin, page));
  expect(outbox.backwards).toEqual(outbox.forwards);
  expect(outbox.forwards.flat()).toHaveLength(await db.outgoingEmail.count());
  const pending = await walk((page) => listOutbox(admin, { status: "pending", ...page }));
  expect(pending.forwards.flat()).toHaveLength(await db.outgoingEmail.count({ where: { status: "pending" } }));

  const waiting = await walk((page) => listCommentsForModeration(e, page).then((q) => ({ ...q, items: q.comments })));
  expect(waiting.backwards).toEqual(waiting.forwards);
  const oldestFirst = await db.readerComment.findMany({
    where: { status: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  expect(waiting.forwards.flat()).toEqual(oldestFirst.map((c) => c.id));
  const onPiece = await listCommentsForModeration(e, { status: "all", q: "renewable" });
  expect(onPiece.comments).toHaveLength(35);
});
