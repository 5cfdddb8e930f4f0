// A piece's lead image and figures through the studio's save, the workflow and publication:
// what is saved (and refused), what the history shows, what review refuses without alt text,
// and what the public copy, its listings and search carry.
import { createArticle, getArticleForEditing, getLeadImageSummary, saveArticle } from "@/lib/editorial/working-copy";
import { compareRevisions } from "@/lib/editorial/revision-diff";
import { restoreRevision } from "@/lib/editorial/revision-history";
import { transition } from "@/lib/editorial/workflow";
import { loadRevision } from "@/lib/editorial/revisions";
import { getLivePublication } from "@/lib/reader/publications";
import { listLivePublications } from "@/lib/reader/listings";
import { searchPublications } from "@/lib/reader/search";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { PUT } from "@/app/api/articles/[id]/route";
import { authSecret } from "@/lib/platform/env";
import { createSession } from "@/lib/accounts/sessions";
import { setRequest } from "../helpers/next-headers";
import { db } from "@/lib/platform/db";
import { ValidationError } from "@/lib/platform/errors";
import { figureNode, makeMediaAsset, makeUser } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { doc, paragraph, pieceAt, publishedPiece } from "../helpers/pieces";

let writer: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
});

const withFigures = (...figures: object[]) => ({ type: "doc", content: [paragraph("Before the chart."), ...figures] });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).message;
}

test("a save keeps the lead image and records every image the piece uses", async () => {
  const w = await actorFor(writer);
  const [lead, chart] = await Promise.all([makeMediaAsset(), makeMediaAsset()]);
  const piece = await createArticle(w, { title: "Harbours", body: doc("One.") });
  const saved = await saveArticle(w, piece.id, piece.version, {
    title: "Harbours",
    body: withFigures(figureNode(chart.id), figureNode(lead.id)),
    leadImageId: lead.id,
  });
  const row = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  expect(row.leadImageId).toBe(lead.id);
  expect(row.mediaIds).toEqual([lead.id, chart.id]);
  expect((await getArticleForEditing(w, piece.id)).leadImageId).toBe(lead.id);
  expect((await loadRevision(piece.id, saved.version)).meta.leadImageId).toBe(lead.id);

  // Removing the lead image and the figures empties the list ("where is this image used" reads it).
  await saveArticle(w, piece.id, saved.version, { title: "Harbours", body: doc("One."), leadImageId: null });
  expect(await db.article.findUniqueOrThrow({ where: { id: piece.id }, select: { leadImageId: true, mediaIds: true } })).toEqual({
    leadImageId: null,
    mediaIds: [],
  });
});

test("an image the library no longer has is refused, as lead image or figure, and nothing is saved", async () => {
  const w = await actorFor(writer);
  const kept = await makeMediaAsset();
  const piece = await createArticle(w, { title: "Gone", body: doc("One.") });
  expect(await refusal(saveArticle(w, piece.id, piece.version, { title: "Gone", body: doc("One."), leadImageId: "no-such-image" }))).toBe(
    "The lead image is no longer in the media library.",
  );
  expect(
    await refusal(
      saveArticle(w, piece.id, piece.version, { title: "Gone", body: withFigures(figureNode(kept.id), figureNode("deleted-image-0001")) }),
    ),
  ).toBe("The image of figure 2 is no longer in the media library.");
  expect(await refusal(createArticle(w, { title: "New", body: doc("One."), leadImageId: "no-such-image" }))).toBe(
    "The lead image is no longer in the media library.",
  );
  const row = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  expect(row.version).toBe(piece.version);
  expect(row.leadImageId).toBeNull();
});

test("the comparison names the lead image by its title, and a restore brings the old one back", async () => {
  const w = await actorFor(writer);
  const [harbour, crane] = await Promise.all([makeMediaAsset({ title: "Harbour at dawn" }), makeMediaAsset({ title: "Cranes" })]);
  const piece = await createArticle(w, { title: "Ports", body: doc("One."), leadImageId: harbour.id });
  const second = await saveArticle(w, piece.id, piece.version, { title: "Ports", body: doc("One."), leadImageId: crane.id });
  const comparison = await compareRevisions(w, piece.id, piece.version, second.version);
  const row = comparison.meta.find((m) => m.label === "Lead image")!;
  expect(row.changed).toBe(true);
  expect(row.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(["Harbour at dawn"]);
  expect(row.parts.filter((p) => p.added).map((p) => p.value)).toEqual(["Cranes"]);

  await restoreRevision(await actorFor(editor), piece.id, piece.version, second.version);
  const restored = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  expect(restored.leadImageId).toBe(harbour.id);
  expect(restored.mediaIds).toEqual([harbour.id]);
});

test("revisions written before lead images existed read as having none", async () => {
  const w = await actorFor(writer);
  const piece = await createArticle(w, { title: "Old", body: doc("One.") });
  await db.$executeRaw`UPDATE "Revision" SET "meta" = "meta" - 'leadImageId' WHERE "articleId" = ${piece.id}`;
  expect((await loadRevision(piece.id, piece.version)).meta.leadImageId).toBeNull();
  const comparison = await compareRevisions(w, piece.id, piece.version, piece.version);
  expect(comparison.meta.find((m) => m.label === "Lead image")?.changed).toBe(false);
});

test("submission, approval and publication are refused while the lead image or a figure lacks alt text, naming each", async () => {
  const w = await actorFor(writer);
  const e = await actorFor(editor);
  const lead = await makeMediaAsset({ alt: "" });
  const chart = await makeMediaAsset();
  const piece = await createArticle(w, {
    title: "Charts",
    body: withFigures(figureNode(chart.id, "Exports by year"), figureNode(chart.id, "  ")),
    leadImageId: lead.id,
  });
  expect(await refusal(transition(w, piece.id, "submit"))).toBe(
    "The lead image has no alt text. Figure 2 has no alt text. Add alt text before the piece goes to review or to readers.",
  );
  expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).status).toBe("draft");

  // Alt text written in the library for the lead image, and in the figure: now it goes.
  await db.mediaAsset.update({ where: { id: lead.id }, data: { alt: "Container cranes at dusk" } });
  const current = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  await saveArticle(w, piece.id, current.version, {
    title: "Charts",
    body: withFigures(figureNode(chart.id, "Exports by year"), figureNode(chart.id, "Imports by year")),
    leadImageId: lead.id,
  });
  await transition(w, piece.id, "submit");

  // Alt text removed in the library while the piece was in review: the editor cannot approve it.
  await db.mediaAsset.update({ where: { id: lead.id }, data: { alt: "" } });
  expect(await refusal(transition(e, piece.id, "approve"))).toMatch(/^The lead image has no alt text\./);
});

test("publishing copies the lead image and the images used onto the publication, and the live read returns its record", async () => {
  const lead = await makeMediaAsset({
    title: "Strait",
    alt: "A strait at night",
    caption: "The strait at night.",
    credit: "Illustration: Demo",
  });
  const chart = await makeMediaAsset();
  const piece = await publishedPiece({ writer, editor, body: withFigures(figureNode(chart.id)), leadImageId: lead.id });
  const publication = await db.publication.findUniqueOrThrow({ where: { articleId: piece.id } });
  expect(publication.leadImageId).toBe(lead.id);
  expect(publication.mediaIds).toEqual([lead.id, chart.id]);

  const live = await getLivePublication(piece.slug);
  expect(live?.leadImage).toEqual({
    id: lead.id,
    rev: lead.rev,
    width: 2400,
    height: 1600,
    alt: "A strait at night",
    caption: "The strait at night.",
    credit: "Illustration: Demo",
    focalX: 0.3,
    focalY: 0.6,
  });
  const plain = await publishedPiece({ writer, editor });
  expect((await getLivePublication(plain.slug))?.leadImage).toBeNull();
});

test("listings and search give each card its lead image record (or none)", async () => {
  const lead = await makeMediaAsset({ alt: "Tankers queueing" });
  const withImage = await publishedPiece({ writer, editor, title: "Tankers queue off the port", leadImageId: lead.id });
  const without = await publishedPiece({ writer, editor, title: "Tankers wait without a picture" });
  const { items } = await listLivePublications();
  expect(items.find((i) => i.slug === withImage.slug)?.leadImage).toMatchObject({ id: lead.id, rev: lead.rev, alt: "Tankers queueing" });
  expect(items.find((i) => i.slug === without.slug)?.leadImage).toBeNull();

  const found = await searchPublications({ q: "tankers" }, "UTC");
  if (found.prompt) throw new Error("The search should have run.");
  expect(found.items.find((i) => i.slug === withImage.slug)?.leadImage).toMatchObject({ id: lead.id, alt: "Tankers queueing" });
  expect(found.items.find((i) => i.slug === without.slug)?.leadImage).toBeNull();
});

test("a piece in review keeps its draft lead image out of the public copy until it is published again", async () => {
  const first = await makeMediaAsset();
  const second = await makeMediaAsset();
  const piece = await pieceAt("published", { writer, editor, leadImageId: first.id });
  const e = await actorFor(editor);
  await transition(e, piece.id, "newVersion");
  const current = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  await saveArticle(e, piece.id, current.version, { title: current.title, body: doc("Changed."), leadImageId: second.id });
  expect((await getLivePublication(piece.slug))?.leadImage?.id).toBe(first.id);
  await transition(e, piece.id, "submit");
  // Four-eyes: another editor approves what this one submitted.
  await transition(await actorFor(await makeUser("editor")), piece.id, "approve");
  await transition(e, piece.id, "publish");
  expect((await getLivePublication(piece.slug))?.leadImage?.id).toBe(second.id);
});

test("the editor's autosave route saves the lead image the draft names", async () => {
  const w = await actorFor(writer);
  const lead = await makeMediaAsset();
  const piece = await createArticle(w, { title: "Autosaved", body: doc("One.") });
  const cookie = await encode({ token: { sid: (await createSession(writer.id)).id }, secret: authSecret() });
  setRequest({ cookies: { "next-auth.session-token": cookie } });
  const origin = "http://studio.test";
  const response = await PUT(
    new NextRequest(`${origin}/api/articles/${piece.id}`, {
      method: "PUT",
      body: JSON.stringify({ baseVersion: piece.version, article: { title: "Autosaved", body: doc("One."), leadImageId: lead.id } }),
      headers: { host: "studio.test", origin, "content-type": "application/json" },
    }),
    { params: Promise.resolve({ id: piece.id }) },
  );
  expect(response.status).toBe(200);
  expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).leadImageId).toBe(lead.id);
  // What the editor's field shows when the piece is opened again.
  expect(await getLeadImageSummary(w, piece.id)).toEqual({ id: lead.id, title: lead.title, alt: lead.alt });
});

test("two saves from one version merge when one changed the lead image and the other the text", async () => {
  const w = await actorFor(writer);
  const e = await actorFor(editor);
  const lead = await makeMediaAsset();
  const piece = await createArticle(w, { title: "Merging", body: doc("One.", "Two.") });
  await saveArticle(e, piece.id, piece.version, { title: "Merging", body: doc("One.", "Two."), leadImageId: lead.id });
  const merged = await saveArticle(w, piece.id, piece.version, { title: "Merging", body: doc("One, changed.", "Two."), leadImageId: null });
  expect(merged.merged?.leadImageId).toBe(lead.id);
  const row = await db.article.findUniqueOrThrow({ where: { id: piece.id } });
  expect(row.leadImageId).toBe(lead.id);
  expect(JSON.stringify(row.body)).toContain("One, changed.");
});
