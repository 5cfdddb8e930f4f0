// The transitions and refusals workflow.test.ts leaves out: withdraw, archive from every
// allowed state, unpublishing a scheduled piece, a new version of a published piece while
// the public keeps the old one, and scheduling in the site's time zone.
import { createArticle, saveArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { getLivePublication } from "@/lib/reader/publications";
import { scheduleAtSiteTime, transition, transitions } from "@/lib/editorial/workflow";
import { makeUser, sampleBody } from "../helpers/db";
import { actorFor as actor } from "../helpers/actors";

let writer: Awaited<ReturnType<typeof makeUser>>;
let otherWriter: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  otherWriter = await makeUser("writer", { name: "Oscar Other" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
});

async function draft(title = `A piece ${Math.random()}`) {
  const piece = await createArticle(await actor(writer), { title, body: sampleBody });
  return piece.id;
}

/** A piece taken through the real workflow up to published. */
async function published(title?: string) {
  const id = await draft(title);
  const e = await actor(editor);
  await transition(await actor(writer), id, "submit");
  await transition(e, id, "approve");
  return transition(e, id, "publish");
}

const statusOf = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id } })).status;

describe("withdraw", () => {
  test("the writer takes a submitted piece back to draft, with a revision and an audit event", async () => {
    const id = await draft();
    await transition(await actor(writer), id, "submit");
    const back = await transition(await actor(writer), id, "withdraw");
    expect(back.status).toBe("draft");
    const last = await db.revision.findFirstOrThrow({ where: { articleId: id }, orderBy: { number: "desc" } });
    expect(last.kind).toBe("withdraw");
    expect(await db.auditEvent.count({ where: { articleId: id, action: "articles.withdraw", actorId: writer.id } })).toBe(1);
  });

  test("another writer gets not-found and an anonymous caller is told to sign in", async () => {
    const id = await draft();
    await transition(await actor(writer), id, "submit");
    await expect(transition(await actor(otherWriter), id, "withdraw")).rejects.toBeInstanceOf(NotFoundError);
    await expect(transition(null, id, "withdraw")).rejects.toBeInstanceOf(NotSignedInError);
    expect(await statusOf(id)).toBe("in_review");
  });
});

describe("archive", () => {
  test.each(transitions.archive.from.map((s) => [s]))("an editor archives a piece in %s", async (status) => {
    const id = await draft();
    await db.article.update({
      where: { id },
      data: { status: status as ArticleStatus, publishedAt: status === "published" ? new Date() : null },
    });
    const archived = await transition(await actor(editor), id, "archive");
    expect(archived.status).toBe("archived");
    expect(await db.auditEvent.findFirst({ where: { articleId: id, action: "articles.archive" } })).toMatchObject({
      details: { from: status, to: "archived" },
    });
  });

  test("a writer may not archive their own piece", async () => {
    const id = await draft();
    await expect(transition(await actor(writer), id, "archive")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await statusOf(id)).toBe("draft");
  });

  test("archiving a published piece takes it off the public site", async () => {
    const piece = await published();
    expect(await getLivePublication(piece.slug)).not.toBeNull();
    await transition(await actor(editor), piece.id, "archive");
    expect(await getLivePublication(piece.slug)).toBeNull();
  });
});

test("unpublishing a scheduled piece removes its pending publication, so it never appears", async () => {
  const id = await draft();
  const e = await actor(editor);
  await transition(await actor(writer), id, "submit");
  await transition(e, id, "approve");
  await transition(e, id, "schedule", { publishAt: new Date(Date.now() + 3600_000) });
  expect(await db.publication.count({ where: { articleId: id } })).toBe(1);
  const after = await transition(e, id, "unpublish");
  expect(after.status).toBe("unpublished");
  expect(await db.publication.count({ where: { articleId: id } })).toBe(0);
});

describe("a new version of a published piece", () => {
  test("the public keeps the published copy through review, and the next publish replaces it", async () => {
    const piece = await published("The first version");
    const e = await actor(editor);
    const reopened = await transition(e, piece.id, "newVersion");
    expect(reopened.status).toBe("draft");

    // The writer revises the draft; readers still get the published text.
    const w = await actor(writer);
    await saveArticle(w, piece.id, reopened.version, { title: "The second version", body: sampleBody });
    await transition(w, piece.id, "submit");
    let live = await getLivePublication(piece.slug);
    expect(live?.title).toBe("The first version");

    await transition(e, piece.id, "approve");
    const republished = await transition(e, piece.id, "publish");
    live = await getLivePublication(piece.slug);
    expect(live?.title).toBe("The second version");
    // The first publication date stands through later versions.
    expect(republished.publishedAt?.toISOString()).toBe(piece.publishedAt?.toISOString());
    const kinds = (await db.revision.findMany({ where: { articleId: piece.id }, orderBy: { number: "asc" } })).map((r) => r.kind);
    expect(kinds).toEqual(["create", "submit", "approve", "publish", "newVersion", "save", "submit", "approve", "publish"]);
  });

  test("only editors may start one, and only from published", async () => {
    const piece = await published();
    await expect(transition(await actor(writer), piece.id, "newVersion")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transition(await actor(otherWriter), piece.id, "newVersion")).rejects.toBeInstanceOf(NotFoundError);
    await expect(transition(null, piece.id, "newVersion")).rejects.toBeInstanceOf(NotSignedInError);
    const id = await draft();
    await expect(transition(await actor(editor), id, "newVersion")).rejects.toThrow(
      "This piece is draft, so it cannot be reopened as a new version now.",
    );
    expect(await statusOf(piece.id)).toBe("published");
  });

  test("archiving the new draft still takes the live copy down", async () => {
    const piece = await published();
    const e = await actor(editor);
    await transition(e, piece.id, "newVersion");
    expect(await getLivePublication(piece.slug)).not.toBeNull();
    await transition(e, piece.id, "archive");
    expect(await getLivePublication(piece.slug)).toBeNull();
  });

  test("the new version cannot be scheduled while the old one is live, since that would take it down", async () => {
    const piece = await published("Live and well");
    const e = await actor(editor);
    await transition(e, piece.id, "newVersion");
    await transition(e, piece.id, "submit");
    // Four-eyes: another editor approves what this one submitted.
    await transition(await actor(await makeUser("editor")), piece.id, "approve");
    await expect(transition(e, piece.id, "schedule", { publishAt: new Date(Date.now() + 3600_000) })).rejects.toBeInstanceOf(ConflictError);
    expect((await getLivePublication(piece.slug))?.title).toBe("Live and well");
    expect(await statusOf(piece.id)).toBe("approved");
  });
});

describe("scheduling in the site's time zone", () => {
  beforeAll(async () => {
    await db.siteSettings.upsert({
      where: { id: 1 },
      create: { id: 1, siteName: "Test", organisation: "Test", baseUrl: "http://localhost", timeZone: "Asia/Singapore" },
      update: { timeZone: "Asia/Singapore" },
    });
  });

  async function approved() {
    const id = await draft();
    await transition(await actor(writer), id, "submit");
    await transition(await actor(editor), id, "approve");
    return id;
  }

  test("09:00 typed by an editor is 09:00 in Singapore (01:00 UTC)", async () => {
    const id = await approved();
    const scheduled = await scheduleAtSiteTime(await actor(editor), id, "2030-01-15T09:00");
    expect(scheduled.status).toBe("scheduled");
    expect(scheduled.scheduledAt?.toISOString()).toBe("2030-01-15T01:00:00.000Z");
    expect((await db.publication.findUniqueOrThrow({ where: { articleId: id } })).liveFrom.toISOString()).toBe("2030-01-15T01:00:00.000Z");
  });

  test("a time in the past is refused and the piece stays approved", async () => {
    const id = await approved();
    await expect(scheduleAtSiteTime(await actor(editor), id, "2020-01-15T09:00")).rejects.toThrow(
      "Choose a publication time in the future.",
    );
    expect(await statusOf(id)).toBe("approved");
  });

  test("a malformed or impossible date is refused with a message naming the format", async () => {
    const id = await approved();
    await expect(scheduleAtSiteTime(await actor(editor), id, "next tuesday")).rejects.toThrow(
      "Give the date and time as YYYY-MM-DD and HH:MM.",
    );
    await expect(scheduleAtSiteTime(await actor(editor), id, "2030-02-31T09:00")).rejects.toBeInstanceOf(ValidationError);
    expect(await statusOf(id)).toBe("approved");
  });

  test("anonymous callers and writers cannot schedule", async () => {
    const id = await approved();
    await expect(scheduleAtSiteTime(null, id, "2030-01-15T09:00")).rejects.toBeInstanceOf(NotSignedInError);
    await expect(scheduleAtSiteTime(await actor(writer), id, "2030-01-15T09:00")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await statusOf(id)).toBe("approved");
  });
});
