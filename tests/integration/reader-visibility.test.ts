// Who sees a piece in each state: the public reads (article, listings, author and topic
// pages, search) show only live pieces; previews show any working copy to its authors and
// editors and to no one else.
import { db } from "@/lib/platform/db";
import { NotFoundError, NotSignedInError } from "@/lib/platform/errors";
import { getPreview } from "@/lib/editorial/previews";
import { getLivePublication, getPublicAuthor } from "@/lib/reader/publications";
import { listLivePublications } from "@/lib/reader/listings";
import { searchPublications } from "@/lib/reader/search";
import { transition } from "@/lib/editorial/workflow";
import { makeUser } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { doc, pieceAt, type Stage, type User } from "../helpers/pieces";

let editor: User;
let otherWriter: User;

beforeAll(async () => {
  editor = await makeUser("editor", { withAuthor: false });
  otherWriter = await makeUser("writer");
});

const stages: [Stage, boolean][] = [
  ["draft", false],
  ["in_review", false],
  ["changes_requested", false],
  ["approved", false],
  ["scheduled", false],
  ["scheduled-past", true],
  ["published", true],
  ["unpublished", false],
  ["archived", false],
];

describe.each(stages)("a piece that is %s", (stage, live) => {
  let writer: User;
  let piece: Awaited<ReturnType<typeof pieceAt>>;
  let topicSlug: string;
  const word = `zyx${stage.replace(/[^a-z]/g, "")}quill`;

  beforeAll(async () => {
    writer = await makeUser("writer");
    const topic = await db.topic.create({ data: { slug: `topic-${stage.replace(/_/g, "-")}`, name: `Topic ${stage}` } });
    topicSlug = topic.slug;
    piece = await pieceAt(stage, {
      writer,
      editor,
      title: `The ${stage} piece`,
      body: doc(`A paragraph about ${word}.`),
      topicIds: [topic.id],
    });
  });

  test(`is ${live ? "" : "not "}on its public page, in listings, on author and topic pages, or in search`, async () => {
    const article = await getLivePublication(piece.slug);
    expect(article?.title ?? null).toBe(live ? `The ${stage} piece` : null);

    const home = await listLivePublications();
    expect(home.items.some((i) => i.slug === piece.slug)).toBe(live);
    const byAuthor = await listLivePublications({ author: writer.author!.slug });
    expect(byAuthor.items.map((i) => i.slug)).toEqual(live ? [piece.slug] : []);
    const byTopic = await listLivePublications({ topic: topicSlug });
    expect(byTopic.items.map((i) => i.slug)).toEqual(live ? [piece.slug] : []);
    // An author with nothing live has no public page at all.
    expect((await getPublicAuthor(writer.author!.slug))?.displayName ?? null).toBe(live ? writer.name : null);

    const found = await searchPublications({ q: word });
    expect(found.prompt).toBe(false);
    if (!found.prompt) expect(found.items.map((i) => i.slug)).toEqual(live ? [piece.slug] : []);
  });

  test("is previewed, as its working copy, by its author and by an editor", async () => {
    for (const user of [writer, editor]) {
      const preview = await getPreview(await actorFor(user), piece.id);
      expect(preview.piece.title).toBe(`The ${stage} piece`);
      expect(preview.piece.bodyHtml).toContain(word);
      expect(preview.status).toBe(stage === "scheduled-past" ? "scheduled" : stage);
    }
  });

  test("is not previewed by another writer (not found) or anyone signed out", async () => {
    await expect(getPreview(await actorFor(otherWriter), piece.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPreview(null, piece.id)).rejects.toBeInstanceOf(NotSignedInError);
  });
});

test("a scheduled piece appears in every public read once its time has come, and not before", async () => {
  const writer = await makeUser("writer");
  const piece = await pieceAt("scheduled", { writer, editor, title: "Timed piece", body: doc("Vexillology matters.") });
  const reads = async () => ({
    page: (await getLivePublication(piece.slug))?.title ?? null,
    listed: (await listLivePublications()).items.some((i) => i.slug === piece.slug),
    author: (await getPublicAuthor(writer.author!.slug)) !== null,
    found: await searchPublications({ q: "vexillology" }).then((r) => (r.prompt ? [] : r.items.map((i) => i.slug))),
  });
  expect(await reads()).toEqual({ page: null, listed: false, author: false, found: [] });

  await db.publication.update({ where: { articleId: piece.id }, data: { liveFrom: new Date(Date.now() - 1000) } });
  expect(await reads()).toEqual({ page: "Timed piece", listed: true, author: true, found: [piece.slug] });
});

test("while a new version is in review, the public keeps reading the published one", async () => {
  const writer = await makeUser("writer");
  const piece = await pieceAt("published", { writer, editor, title: "First version" });
  // The working copy moves on; the publication does not.
  await db.article.update({ where: { id: piece.id }, data: { title: "Second version", status: "in_review" } });
  expect((await getLivePublication(piece.slug))?.title).toBe("First version");
  expect((await getPreview(await actorFor(editor), piece.id)).piece.title).toBe("Second version");
});

test("a live piece's page carries its authors, division, series disclaimer, topics and corrections", async () => {
  const writer = await makeUser("writer", { name: "Grace Hopper" });
  await db.authorProfile.update({
    where: { id: writer.author!.id },
    data: { position: "Senior Fellow", affiliation: "Meridian Institute", bio: doc("Grace writes about <systems>.") },
  });
  const division = await db.division.create({ data: { slug: "security", name: "Security Division" } });
  const disclaimer = await db.disclaimer.create({ data: { name: "Series note", body: doc("Views are the author's own.") } });
  const series = await db.series.create({ data: { slug: "policy", name: "Policy Commentaries", defaultDisclaimerId: disclaimer.id } });
  const topic = await db.topic.create({ data: { slug: "maritime", name: "Maritime" } });
  const article = await pieceAt("approved", { writer, editor, title: "Full piece", divisionId: division.id, topicIds: [topic.id] });
  await db.article.update({ where: { id: article.id }, data: { seriesId: series.id } });
  await transition(await actorFor(editor), article.id, "publish");
  await db.correction.create({ data: { articleId: article.id, body: "An earlier version misdated the treaty.", createdById: editor.id } });

  const piece = await getLivePublication(article.slug);
  expect(piece).toMatchObject({
    title: "Full piece",
    division: { slug: "security", name: "Security Division" },
    series: { slug: "policy", name: "Policy Commentaries" },
    topics: [{ slug: "maritime", name: "Maritime" }],
    corrections: [{ body: "An earlier version misdated the treaty." }],
  });
  expect(piece!.disclaimerHtml).toContain("Views are the author");
  expect(piece!.authors).toEqual([
    expect.objectContaining({ displayName: "Grace Hopper", position: "Senior Fellow", affiliation: "Meridian Institute" }),
  ]);
  // Bios are rendered by lib/content: text is escaped.
  expect(piece!.authors[0].bioHtml).toContain("&lt;systems&gt;");
});
