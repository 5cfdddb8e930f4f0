// Figures and tables through the editorial path: a save keeps them as sent (canonical), and the
// studio's views, the preview and the publication all render the figure from the library's record.
import { publishedPiece } from "../helpers/pieces";
import { getPreview } from "@/lib/editorial/previews";
import { compareRevisions } from "@/lib/editorial/revision-diff";
import { createArticle, getArticleForEditing, getCurrentVersion, saveArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { actorFor as actor } from "../helpers/actors";
import { makeUser } from "../helpers/db";

let writer: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
let chartId: string;

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const cell = (type: "tableHeader" | "tableCell", text: string) => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(text)],
});
const body = (mediaId: string) => ({
  type: "doc",
  content: [
    paragraph("Spending rose."),
    { type: "figure", attrs: { mediaId, alt: "Bar chart of spending", caption: "Spending, 2015–2025", credit: "Data: SIPRI", href: null } },
    {
      type: "table",
      attrs: { caption: "Spending by country" },
      content: [
        { type: "tableRow", content: [cell("tableHeader", "Country"), cell("tableHeader", "2024")] },
        { type: "tableRow", content: [cell("tableCell", "Japan"), cell("tableCell", "1.4%")] },
      ],
    },
  ],
});

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Wendy Writer" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  const chart = await db.mediaAsset.create({
    data: {
      title: "chart",
      alt: "Bar chart",
      format: "png",
      width: 1600,
      height: 900,
      bytes: 1000,
      rev: "r3v1s10n",
      uploadedById: writer.id,
    },
  });
  chartId = chart.id;
});

test("a save round-trips a figure and a table unchanged, and the studio's view of the saved version shows both", async () => {
  const w = await actor(writer);
  const piece = await createArticle(w, { title: "With a chart", body: { type: "doc", content: [paragraph("Draft.")] } });
  await saveArticle(w, piece.id, piece.version, { title: "With a chart", body: body(chartId) });
  expect((await getArticleForEditing(w, piece.id)).body).toEqual(body(chartId));

  const { bodyHtml } = await getCurrentVersion(w, piece.id);
  expect(bodyHtml).toContain(`<img src="/media/${chartId}/r3v1s10n/w960.jpg"`);
  expect(bodyHtml).toContain('width="1600" height="900" alt="Bar chart of spending"');
  expect(bodyHtml).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Spending by country">');
});

test("the preview and the publication render the figure; an image missing from the library renders nothing", async () => {
  const published = await publishedPiece({ writer, editor, body: body(chartId) });
  const publication = await db.publication.findUniqueOrThrow({ where: { articleId: published.id } });
  expect(publication.bodyHtml).toContain(`<source type="image/avif" srcset="/media/${chartId}/r3v1s10n/w320.avif 320w`);
  expect(publication.bodyHtml).toContain(
    '<figcaption><span class="figure__caption">Spending, 2015–2025</span> <span class="figure__credit">Data: SIPRI</span>',
  );
  expect(publication.bodyHtml).toContain("<caption>Spending by country</caption>");

  const { piece } = await getPreview(await actor(editor), published.id);
  expect(piece.bodyHtml).toContain(`/media/${chartId}/r3v1s10n/w960.jpg`);

  // A save refuses an image the library does not have; one removed from under a draft since (a
  // row deleted outside the library, which checks where an image is used) renders nothing.
  const w = await actor(writer);
  const gone = await db.mediaAsset.create({
    data: { title: "gone.png", format: "png", width: 800, height: 600, bytes: 1000, rev: "g0n3g0n3", uploadedById: writer.id },
  });
  const draft = await createArticle(w, { title: "A deleted image", body: body(gone.id) });
  await db.mediaAsset.delete({ where: { id: gone.id } });
  const { piece: preview } = await getPreview(w, draft.id);
  expect(preview.bodyHtml).not.toContain("<figure");
  expect(preview.bodyHtml).toContain("<p>Spending rose.</p>");
});

test("comparing revisions tells the image and table changes in words, and shows the table row by row in the text", async () => {
  const w = await actor(writer);
  const photo = await db.mediaAsset.create({
    data: {
      title: "harbour.jpg",
      alt: "",
      format: "jpeg",
      width: 2000,
      height: 1333,
      bytes: 1000,
      rev: "h4rb0ur0",
      uploadedById: writer.id,
    },
  });
  const first = body(chartId);
  const piece = await createArticle(w, { title: "Revised", body: first });
  const second = structuredClone(first);
  second.content[1] = { type: "figure", attrs: { mediaId: photo.id, alt: "", caption: "Busan", credit: "", href: null } };
  const table = second.content[2] as { content: object[] };
  table.content.push({ type: "tableRow", content: [cell("tableCell", "Korea"), cell("tableCell", "2.6%")] });
  await saveArticle(w, piece.id, piece.version, { title: "Revised", body: second });

  const diff = await compareRevisions(await actor(editor), piece.id, 1, 2);
  expect(diff.structure).toEqual([
    "image replaced: Bar chart of spending → harbour.jpg",
    "image caption changed (harbour.jpg)",
    "image credit changed (harbour.jpg)",
    "table “Spending by country”: row added",
  ]);
  const text = diff.text.find((f) => f.label === "Body")!;
  expect(text.parts.filter((p) => p.added).map((p) => p.value.trim())).toContain("Korea | 2.6%");
  expect(text.parts.map((p) => p.value).join("")).toContain("[Table: Spending by country]\n\nCountry | 2024\n\nJapan | 1.4%");
});
