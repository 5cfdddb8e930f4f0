// The PDF of a piece, as a reader gets it from /commentaries/<slug>/pdf: its text read back by
// MuPDF (tests/helpers/pdf-pages.mjs) holds the title, the byline, series number and DOI, the
// table and figure, the notes in order, the disclaimer with its link, the bios, the citation and
// the link back; it is stored once and answered with an ETag, a correction gives a new PDF (and
// the old one is gone), and a piece that is not live has none. Set PDF_PAGES_DIR to keep each
// page as a PNG there, to look at.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GET } from "@/app/(public)/commentaries/[slug]/pdf/route";
import { appendCorrection } from "@/lib/editorial/corrections";
import { transition } from "@/lib/editorial/workflow";
import { ingestImage } from "@/lib/media/ingest";
import { db } from "@/lib/platform/db";
import { paths } from "@/lib/platform/paths";
import { siteUrl } from "@/lib/platform/site-settings";
import { loadPieceFacts } from "@/lib/reader/piece-facts";
import { buildArticleMetadata } from "@/lib/reader/seo";
import { actorFor } from "../helpers/actors";
import { makeSeries, makeUser } from "../helpers/db";
import { chartPng } from "../helpers/images";
import { noteText, pdfBody } from "../helpers/pdf-body";
import { pieceAt } from "../helpers/pieces";

// The first PDF a process makes loads the renderer and its fonts, and each is laid out in full: on a
// shared machine that took longer than the default 30 s.
jest.setTimeout(180_000);

const NOTES = 12;
const prose = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

let writer: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
let coAuthorId: string;
let chartId: string;
let seriesId: string;
let disclaimerId: string;

function pdfText(bytes: ArrayBuffer, pngFolder?: string): { pages: string[]; links: string[] } {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "piece-pdf-")), "piece.pdf");
  writeFileSync(file, Buffer.from(bytes));
  const args = [path.join(__dirname, "../helpers/pdf-pages.mjs"), file, ...(pngFolder ? [pngFolder] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
}

const getPdf = (slug: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost${paths.piecePdf(slug)}`, { headers }), { params: Promise.resolve({ slug }) });

/** A published piece with everything a PDF shows: two authors, series and number, DOI, figure, table, notes, disclaimer. */
async function fullPiece(title: string) {
  const draft = await pieceAt("draft", {
    writer,
    editor,
    title,
    standfirst: "Small states have learnt to hedge; the question is whether hedging survives a harder rivalry.",
    body: pdfBody({ words: 900, notes: NOTES, figureMediaId: chartId, table: true }),
    authorIds: [writer.author!.id, coAuthorId],
  });
  await db.article.update({
    where: { id: draft.id },
    data: {
      status: "approved",
      seriesId,
      disclaimerId,
      seriesNumber: "Meridian Commentaries No. 2026/017",
      doi: `10.12345/mc.${draft.id}`,
    },
  });
  await transition(await actorFor(editor), draft.id, "publish");
  return db.article.findUniqueOrThrow({ where: { id: draft.id } });
}

beforeAll(async () => {
  writer = await makeUser("writer", { name: "Amara Nguyen" });
  editor = await makeUser("editor", { name: "Eddie Editor" });
  await db.authorProfile.update({
    where: { id: writer.author!.id },
    data: {
      position: "Senior Fellow",
      affiliation: "Meridian Institute",
      bio: prose("Amara Nguyen studies maritime law in Southeast Asia."),
    },
  });
  const coAuthor = await db.authorProfile.create({
    data: { slug: "jan-lukasz", displayName: "Jan Łukasz", position: "Research Fellow", bio: prose("Jan Łukasz works on trade policy.") },
  });
  coAuthorId = coAuthor.id;
  const chart = await ingestImage({ fileName: "chart.png", bytes: await chartPng(), uploadedById: editor.id, alt: "Trade volumes" });
  chartId = chart.id;
  seriesId = (await makeSeries("Meridian Commentaries")).id;
  const disclaimer = await db.disclaimer.create({
    data: {
      name: "Series disclaimer",
      body: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "This content is part of Meridian Commentaries. Read how to submit: " },
              { type: "text", text: "our guidelines", marks: [{ type: "link", attrs: { href: "https://example.org/submit" } }] },
            ],
          },
        ],
      },
    },
  });
  disclaimerId = disclaimer.id;
});

test("the PDF of a live piece has its title, byline, identifiers, notes in order, disclaimer, bios, citation and link back", async () => {
  const piece = await fullPiece("Why the quiet diplomacy of small states still matters");
  const response = await getPdf(piece.slug);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  expect(response.headers.get("content-disposition")).toBe(`inline; filename="${piece.slug}.pdf"`);
  expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  const bytes = await response.arrayBuffer();
  expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe("%PDF-");

  const { pages, links } = pdfText(bytes, process.env.PDF_PAGES_DIR);
  const text = pages.join("\n").replace(/\s+/g, " ");
  const url = `${await siteUrl()}${paths.piece(piece.slug)}`;
  expect(text).toContain("Why the quiet diplomacy of small states still matters");
  expect(text).toContain("Amara Nguyen, Senior Fellow, Meridian Institute");
  expect(text).toContain("Jan Łukasz, Research Fellow");
  expect(text).toContain("Meridian Commentaries No. 2026/017");
  expect(text).toContain(`DOI: https://doi.org/10.12345/mc.${piece.id}`);
  expect(text).toContain("Table 1. Exports by sector, 2023");
  expect(text).toMatch(/Electronics 41% \+3\.2%/);
  expect(text).toContain("Trade volumes by quarter. Chart: the authors");
  // Notes: every one, in order, under the site's heading.
  const notesAt = text.indexOf("NOTES");
  expect(notesAt).toBeGreaterThan(0);
  const positions = Array.from({ length: NOTES }, (_, i) => text.indexOf(noteText(i + 1), notesAt));
  expect(positions.every((at) => at > notesAt)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(text).toContain("This content is part of Meridian Commentaries. Read how to submit: our guidelines");
  expect(text).toContain("Amara Nguyen studies maritime law in Southeast Asia.");
  expect(text).toContain("Jan Łukasz works on trade policy.");
  expect(text).toContain("APA (7th edition)");
  expect(text).toContain("Nguyen, A., & Łukasz, J.");
  expect(text).toContain(`Read online at ${url}`);
  expect(pages.at(-1)).toMatch(new RegExp(`${pages.length} of ${pages.length}`));
  expect(links).toEqual(expect.arrayContaining(["https://example.org/submit", url, `https://doi.org/10.12345/mc.${piece.id}`]));

  // The page names it for Google Scholar, absolute.
  const metadata = buildArticleMetadata((await loadPieceFacts(piece.slug))!);
  expect(metadata.other?.citation_pdf_url).toBe(`${url}/pdf`);
});

test("the PDF is made once and answered by its ETag; a correction makes a new one and the old one is gone", async () => {
  const piece = await fullPiece("A piece that will be corrected");
  const first = await getPdf(piece.slug);
  const etag = first.headers.get("etag")!;
  expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
  const firstBytes = Buffer.from(await first.arrayBuffer());
  const folder = path.join(process.env.MEDIA_DIR!, "pdfs", piece.id);
  expect(readdirSync(folder)).toEqual([`${etag.slice(1, -1)}.pdf`]);

  const again = await getPdf(piece.slug);
  expect(again.headers.get("etag")).toBe(etag);
  expect(Buffer.from(await again.arrayBuffer()).equals(firstBytes)).toBe(true);
  const unchanged = await getPdf(piece.slug, { "if-none-match": etag });
  expect(unchanged.status).toBe(304);

  await appendCorrection(await actorFor(editor), piece.id, "An earlier version gave the wrong year for the survey.");
  const stale = await getPdf(piece.slug, { "if-none-match": etag });
  expect(stale.status).toBe(200);
  const newEtag = stale.headers.get("etag")!;
  expect(newEtag).not.toBe(etag);
  const text = pdfText(await stale.arrayBuffer())
    .pages.join("\n")
    .replace(/\s+/g, " ");
  expect(text).toContain("CORRECTIONS");
  expect(text).toContain("An earlier version gave the wrong year for the survey.");
  expect(readdirSync(folder)).toEqual([`${newEtag.slice(1, -1)}.pdf`]);
});

test("a draft, an unpublished piece and an unknown slug have no PDF", async () => {
  const draft = await pieceAt("draft", { writer, editor });
  const unpublished = await pieceAt("unpublished", { writer, editor });
  for (const slug of [draft.slug, unpublished.slug, "no-such-piece"]) {
    const response = await getPdf(slug);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("No such commentary.");
  }
});
