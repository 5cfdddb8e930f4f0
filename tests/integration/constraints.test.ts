// Rules the database enforces, and how their violations reach people: as clear messages.
import { createArticle, saveArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { ConflictError, ForbiddenError, NotFoundError, NotSignedInError, ValidationError } from "@/lib/platform/errors";
import { signedIn } from "../helpers/actors";
import { sampleBody } from "../helpers/db";

test("a second piece with the same slug is refused with a message naming the slug", async () => {
  const { actor } = await signedIn("writer");
  await createArticle(actor, { title: "On tides", slug: "on-tides", body: sampleBody });
  const attempt = createArticle(actor, { title: "On tides again", slug: "on-tides", body: sampleBody });
  await expect(attempt).rejects.toBeInstanceOf(ConflictError);
  await expect(createArticle(actor, { title: "x", slug: "on-tides", body: sampleBody })).rejects.toThrow(
    'A piece with the slug "on-tides" already exists.',
  );
  expect(await db.article.count({ where: { slug: "on-tides" } })).toBe(1);
});

test("two writers: a slug held by the other's draft is refused without saying that a piece exists", async () => {
  const { actor: amara } = await signedIn("writer");
  const { actor: boris } = await signedIn("writer");
  const { user: editorUser, actor: editor } = await signedIn("editor");
  await createArticle(amara, { title: "Secret merger", slug: "secret-merger", body: sampleBody });
  const unavailable = "This web address (slug) is not available; choose another.";

  // Boris cannot read Amara's draft: creating or saving with its slug tells him only that the address is taken.
  const created = await createArticle(boris, { title: "Mine", slug: "secret-merger", body: sampleBody }).catch((e) => e);
  expect(created).toBeInstanceOf(ConflictError);
  expect({ message: created.message, fieldErrors: created.fieldErrors }).toEqual({
    message: unavailable,
    fieldErrors: { slug: [unavailable] },
  });
  const own = await createArticle(boris, { title: "Mine", body: sampleBody });
  const saved = await saveArticle(boris, own.id, own.version, { title: "Mine", slug: "secret-merger", body: sampleBody }).catch((e) => e);
  expect({ status: saved.status, message: saved.message, fieldErrors: saved.fieldErrors }).toEqual({
    status: 409,
    message: unavailable,
    fieldErrors: { slug: [unavailable] },
  });
  // The same answer as for a piece everyone can read on the site.
  const published = await db.article.create({
    data: {
      slug: "public-piece",
      title: "Public",
      body: sampleBody,
      status: "published",
      publishedAt: new Date(),
      createdById: editorUser.id,
    },
  });
  await expect(saveArticle(boris, own.id, own.version, { title: "Mine", slug: published.slug, body: sampleBody })).rejects.toThrow(
    unavailable,
  );
  expect(await db.article.findUniqueOrThrow({ where: { id: own.id }, select: { slug: true, version: true } })).toEqual({
    slug: own.slug,
    version: own.version,
  });

  // Those who may read the piece still get its slug named: its own writer, and editors.
  await expect(createArticle(amara, { title: "Again", slug: "secret-merger", body: sampleBody })).rejects.toThrow(
    'A piece with the slug "secret-merger" already exists.',
  );
  await expect(createArticle(editor, { title: "Again", slug: "secret-merger", body: sampleBody })).rejects.toThrow(
    'A piece with the slug "secret-merger" already exists.',
  );
});

test("without a slug, one is made from the title and kept unique", async () => {
  const { actor } = await signedIn("writer");
  const a = await createArticle(actor, { title: "Ports & Power: Ça va?", body: sampleBody });
  const b = await createArticle(actor, { title: "Ports & Power: Ça va?", body: sampleBody });
  expect(a.slug).toBe("ports-and-power-ca-va");
  expect(b.slug).toBe("ports-and-power-ca-va-2");
});

test("malformed fields are refused with field errors, and nothing is written", async () => {
  const { actor } = await signedIn("writer");
  const before = await db.article.count();
  await expect(createArticle(actor, { title: "  ", body: sampleBody })).rejects.toThrow("Give the piece a title.");
  await expect(createArticle(actor, { title: "T", slug: "Not A Slug", body: sampleBody })).rejects.toThrow(
    "Slugs use lower-case letters, digits and single hyphens.",
  );
  const bad = createArticle(actor, { title: "T", body: { type: "doc", content: [{ type: "script", text: "alert(1)" }] } });
  await expect(bad).rejects.toBeInstanceOf(ValidationError);
  await expect(createArticle(actor, { title: "T", body: { type: "doc", content: [{ type: "iframe" }] } })).rejects.toThrow(
    'Unknown node type "iframe".',
  );
  expect(await db.article.count()).toBe(before);
});

test("a missing session is 'not signed in', never 'no filter'", async () => {
  await expect(createArticle(null, { title: "T", body: sampleBody })).rejects.toBeInstanceOf(NotSignedInError);
});

test("the database itself refuses invalid values, whoever writes them", async () => {
  const { user } = await signedIn("writer");
  await expect(
    db.$executeRaw`INSERT INTO "Article" (id, slug, title, body, status, "createdById", "updatedAt") VALUES ('x1', 'ok-slug', 'T', '{}', 'invented', ${user.id}, now())`,
  ).rejects.toThrow(/invalid input value for enum "ArticleStatus"/);
  await expect(db.article.create({ data: { slug: "Bad Slug", title: "T", body: {}, createdById: user.id } })).rejects.toThrow(
    /Article_slug_format/,
  );
  await expect(
    db.article.create({ data: { slug: "scheduled-without-time", title: "T", body: {}, status: "scheduled", createdById: user.id } }),
  ).rejects.toThrow(/Article_scheduled_has_time/);
  await expect(db.article.create({ data: { slug: "orphan", title: "T", body: {}, createdById: "no-such-user" } })).rejects.toThrow(
    /Foreign key constraint/i,
  );
  await expect(
    db.siteSettings.create({ data: { id: 2, siteName: "a", organisation: "b", baseUrl: "c", timeZone: "UTC" } }),
  ).rejects.toThrow(/SiteSettings_single_row/);
});

describe("saving the working copy", () => {
  test("two saves from the same version: exactly one wins, the other gets a conflict and changes nothing", async () => {
    const { actor } = await signedIn("writer");
    const piece = await createArticle(actor, { title: "Draft", body: sampleBody });
    const text = (t: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: t }] }] });

    const results = await Promise.allSettled([
      saveArticle(actor, piece.id, piece.version, { title: "First", body: text("first") }),
      saveArticle(actor, piece.id, piece.version, { title: "Second", body: text("second") }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ConflictError);
    expect(lost[0].reason.message).toMatch(/Someone else saved this piece since you opened it/);

    const saved = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
    expect(saved.version).toBe(piece.version + 1);
    expect(["First", "Second"]).toContain(saved.title);
    // Both the original and the winning save are kept as revisions.
    expect(await db.revision.count({ where: { articleId: piece.id } })).toBe(2);
  });

  test("a writer cannot save someone else's draft, or their own once it is in review", async () => {
    const { actor: owner } = await signedIn("writer");
    const { actor: other } = await signedIn("writer");
    const piece = await createArticle(owner, { title: "Mine", body: sampleBody });
    await expect(saveArticle(other, piece.id, piece.version, { title: "Theirs", body: sampleBody })).rejects.toBeInstanceOf(NotFoundError);
    await db.article.update({ where: { id: piece.id }, data: { status: "in_review" } });
    await expect(saveArticle(owner, piece.id, piece.version, { title: "Late change", body: sampleBody })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).title).toBe("Mine");
  });

  test("a save cannot change the status: it is not a field", async () => {
    const { actor } = await signedIn("writer");
    const piece = await createArticle(actor, { title: "Mine", body: sampleBody });
    await saveArticle(actor, piece.id, piece.version, { title: "Mine", body: sampleBody, status: "published", publishedAt: new Date() });
    const saved = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
    expect(saved.status).toBe("draft");
    expect(saved.publishedAt).toBeNull();
  });

  test("a writer cannot remove a co-author's byline", async () => {
    const { user: owner, actor } = await signedIn("writer");
    const { user: coauthor } = await signedIn("writer");
    const piece = await createArticle(actor, { title: "Joint", body: sampleBody, authorIds: [coauthor.author!.id] });
    await expect(
      saveArticle(actor, piece.id, piece.version, { title: "Joint", body: sampleBody, authorIds: [owner.author!.id] }),
    ).rejects.toThrow("Only an editor can remove another author from a piece.");
  });
});
