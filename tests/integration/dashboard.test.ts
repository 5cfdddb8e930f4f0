// The studio dashboard per role, the review queue's order, the overview's offered actions
// and the outbox listing's permission.
import { createArticle } from "@/lib/editorial/working-copy";
import { getArticleOverview } from "@/lib/editorial/overview";
import { getDashboard } from "@/lib/editorial/dashboard";
import { db } from "@/lib/platform/db";
import { ForbiddenError, NotFoundError, NotSignedInError } from "@/lib/platform/errors";
import { listOutbox } from "@/lib/admin/outbox";
import { listReviewQueue } from "@/lib/editorial/review-queue";
import { transition } from "@/lib/editorial/workflow";
import { actorFor as actor } from "../helpers/actors";
import { makeUser, sampleBody } from "../helpers/db";

let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

const ids: Record<string, string> = {};

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  otherWriter = await makeUser("writer", { name: "Oscar Other" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  admin = await makeUser("admin", { name: "Ada Admin" });
  const w = await actor(writer);
  const o = await actor(otherWriter);
  const e = await actor(editor);
  const make = async (who: typeof w, title: string) => (ids[title] = (await createArticle(who, { title, body: sampleBody })).id);

  await make(w, "Wendy draft");
  await make(o, "Oscar draft");
  // Submitted in this order; the queue must show the oldest first even though it was touched last.
  await make(o, "Oscar submitted first");
  await make(w, "Wendy submitted second");
  await transition(o, ids["Oscar submitted first"], "submit");
  await transition(w, ids["Wendy submitted second"], "submit");
  await db.article.update({ where: { id: ids["Oscar submitted first"] }, data: { submittedAt: new Date(Date.now() - 3 * 86400_000) } });

  await make(w, "Wendy returned");
  await transition(w, ids["Wendy returned"], "submit");
  await transition(e, ids["Wendy returned"], "requestChanges", { reason: "Tighten the ending." });

  await make(w, "Wendy scheduled");
  await transition(w, ids["Wendy scheduled"], "submit");
  await transition(e, ids["Wendy scheduled"], "approve");
  await transition(e, ids["Wendy scheduled"], "schedule", { publishAt: new Date(Date.now() + 86400_000) });

  await make(o, "Oscar published");
  await transition(o, ids["Oscar published"], "submit");
  await transition(e, ids["Oscar published"], "approve");
  await transition(e, ids["Oscar published"], "publish");
});

test("a writer's dashboard holds only their own pieces, in the right sections", async () => {
  const d = await getDashboard(await actor(writer));
  expect(d.isEditor).toBe(false);
  expect(titles(d.myDrafts)).toEqual(["Wendy draft"]);
  expect(titles(d.returned)).toEqual(["Wendy returned"]);
  expect(d.returned[0].request?.reason).toBe("Tighten the ending.");
  expect(d.returned[0].request?.user?.name).toBe("Eddie Editor");
  expect(titles(d.awaiting)).toEqual(["Wendy submitted second"]);
  expect(titles(d.scheduled)).toEqual(["Wendy scheduled"]);
  expect(titles(d.recentlyPublished)).toEqual([]);
  expect(d.all).toBeNull();
});

test("an editor's dashboard shows the whole review queue, every scheduled and published piece, and all commentaries", async () => {
  const d = await getDashboard(await actor(editor));
  expect(d.isEditor).toBe(true);
  expect(titles(d.myDrafts)).toEqual([]);
  expect(titles(d.awaiting)).toEqual(["Oscar submitted first", "Wendy submitted second"]);
  expect(titles(d.scheduled)).toEqual(["Wendy scheduled"]);
  expect(titles(d.recentlyPublished)).toEqual(["Oscar published"]);
  expect(d.all).toHaveLength(7);
});

test("a scheduled piece whose time has come counts as published, not scheduled", async () => {
  const id = ids["Wendy scheduled"];
  const past = new Date(Date.now() - 60_000);
  await db.article.update({ where: { id }, data: { scheduledAt: past } });
  await db.publication.update({ where: { articleId: id }, data: { liveFrom: past } });
  try {
    const d = await getDashboard(await actor(editor));
    expect(titles(d.scheduled)).toEqual([]);
    expect(d.recentlyPublished.map((p) => [p.title, p.article.status])).toContainEqual(["Wendy scheduled", "published"]);
  } finally {
    const later = new Date(Date.now() + 86400_000);
    await db.article.update({ where: { id }, data: { scheduledAt: later } });
    await db.publication.update({ where: { articleId: id }, data: { liveFrom: later } });
  }
});

test("the dashboard needs a session", async () => {
  await expect(getDashboard(null)).rejects.toBeInstanceOf(NotSignedInError);
});

test("the review queue lists submissions oldest first, with who submitted them; writers and anonymous callers are refused", async () => {
  const { items: queue, total } = await listReviewQueue(await actor(admin));
  expect(total).toBe(2);
  expect(queue.map((q) => [q.title, q.submittedBy])).toEqual([
    ["Oscar submitted first", "Oscar Other"],
    ["Wendy submitted second", "Wendy Writer"],
  ]);
  expect(queue[0].submittedAt.getTime()).toBeLessThan(queue[1].submittedAt.getTime());
  await expect(listReviewQueue(await actor(writer))).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listReviewQueue(null)).rejects.toBeInstanceOf(NotSignedInError);
});

describe("the overview offers exactly the actions the person may take now", () => {
  test("writer on their draft: edit and submit; on their submission: withdraw", async () => {
    const w = await actor(writer);
    const draft = await getArticleOverview(w, ids["Wendy draft"]);
    expect(draft.actions).toEqual(["submit"]);
    expect(draft.can).toEqual({
      edit: true,
      comment: true,
      correct: false,
      restore: false,
      backdate: false,
      discard: true,
      manageIdentifiers: false,
    });
    expect((await getArticleOverview(w, ids["Wendy submitted second"])).actions).toEqual(["withdraw"]);
  });

  test("editor on a submission: withdraw, request changes, approve", async () => {
    const o = await getArticleOverview(await actor(editor), ids["Oscar submitted first"]);
    expect(o.actions).toEqual(["withdraw", "requestChanges", "approve"]);
    expect(o.can.edit).toBe(true);
  });

  test("editor on a piece sent back: the reason is shown", async () => {
    const o = await getArticleOverview(await actor(editor), ids["Wendy returned"]);
    expect(o.article.lastRequest?.reason).toBe("Tighten the ending.");
    expect(o.actions).toEqual(["submit", "archive"]);
  });

  test("editor on a published piece: unpublish, archive, new version, correct; the live copy is reported", async () => {
    const o = await getArticleOverview(await actor(editor), ids["Oscar published"]);
    expect(o.actions).toEqual(["unpublish", "archive", "newVersion"]);
    expect(o.can).toEqual({
      edit: false,
      comment: true,
      correct: true,
      restore: false,
      backdate: true,
      discard: false,
      manageIdentifiers: true,
    });
    expect(o.publication?.live).toBe(true);
  });

  test("a scheduled piece reports its publication as not yet live", async () => {
    const o = await getArticleOverview(await actor(editor), ids["Wendy scheduled"]);
    expect(o.actions).toEqual(["publish", "unpublish"]);
    expect(o.publication?.live).toBe(false);
  });

  test("another writer gets not-found and anonymous callers must sign in", async () => {
    await expect(getArticleOverview(await actor(otherWriter), ids["Wendy draft"])).rejects.toBeInstanceOf(NotFoundError);
    await expect(getArticleOverview(null, ids["Wendy draft"])).rejects.toBeInstanceOf(NotSignedInError);
  });
});

test("the outbox lists mail newest first, for admins only", async () => {
  const page = await listOutbox(await actor(admin));
  expect(page.total).toBeGreaterThan(0);
  const times = page.items.map((m) => m.createdAt.getTime());
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  expect(page.items[0].subject).toBe("Published: Oscar published");
  // Paged by keyset now: an old `?page=N` address finds the first page.
  expect((await listOutbox(await actor(admin), { page: "99" })).items.map((m) => m.id)).toEqual(page.items.map((m) => m.id));
  await expect(listOutbox(await actor(editor))).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listOutbox(await actor(writer))).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listOutbox(null)).rejects.toBeInstanceOf(NotSignedInError);
});

test("the outbox tells a message being sent from one whose sending run stopped midway", async () => {
  const [active, lapsed] = await Promise.all(
    [60_000, -60_000].map((offset) =>
      db.outgoingEmail.create({
        data: {
          to: ["reader@example.org"],
          subject: `Lease ${offset}`,
          text: "…",
          status: "sending",
          leaseUntil: new Date(Date.now() + offset),
        },
      }),
    ),
  );
  const { items } = await listOutbox(await actor(admin));
  const byId = new Map(items.map((m) => [m.id, m.leaseLapsed]));
  expect([byId.get(active.id), byId.get(lapsed.id)]).toEqual([false, true]);
  expect(items.filter((m) => m.status !== "sending").every((m) => !m.leaseLapsed)).toBe(true);
});
