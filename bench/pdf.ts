// `npm run bench -- --pdf`: what the PDF of a piece costs to make (lib/reader/pdf/document.tsx,
// the work GET /commentaries/<slug>/pdf does once per version of a piece; later requests are
// answered from the store). A 3,000-word body with 40 notes, then the same with a figure (a
// 960 px JPEG, the print rendition) and a table. The first PDF of a process also loads the
// renderer and its fonts: shown apart. Medians and p95 of `runs` after it, the PDF's size and
// pages, and the process's peak resident memory. No database. The machine is shared: read ratios.
import type { PdfPiece } from "../lib/reader/pdf/model";
import { photoJpeg } from "../tests/helpers/images";
import { pdfBody } from "../tests/helpers/pdf-body";

const prose = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** Nearest-rank percentile. */
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

function piece(figure: boolean, jpeg: Buffer): PdfPiece {
  return {
    title: "Coastguards, not navies: the quiet architecture of maritime order in Southeast Asia",
    standfirst: "Small states have learnt to hedge. The question now is whether hedging survives a harder rivalry at sea.",
    url: "https://commentaries.example.org/commentaries/coastguards-not-navies",
    publishedAt: "2026-06-03T02:00:00.000Z",
    site: { name: "Meridian Commentaries", organisation: "Meridian Institute", timeZone: "Asia/Singapore" },
    labels: { notes: "Notes", about: "About the writer", disclaimer: "Disclaimer" },
    division: "Foreign Policy and Public Diplomacy",
    series: { name: "Meridian Commentaries", number: "Meridian Commentaries No. 2026/017" },
    doi: "10.12345/mc.2026.017",
    authors: [
      {
        name: "Amara Okafor",
        position: "Senior Fellow",
        affiliation: "Meridian Institute",
        bio: prose("Amara Okafor studies maritime law."),
        url: "https://commentaries.example.org/authors/amara-okafor",
      },
      {
        name: "Lucas Brandt",
        position: "Research Fellow",
        affiliation: "",
        bio: prose("Lucas Brandt works on trade policy."),
        url: "https://commentaries.example.org/authors/lucas-brandt",
      },
    ],
    body: pdfBody({ words: 3000, notes: 40, ...(figure ? { figureMediaId: "figure", table: true } : {}) }),
    images: new Map(figure ? [["figure", { jpeg, width: 960, height: 540 }]] : []),
    disclaimer: prose("This content is part of Meridian Commentaries. Read how to submit: https://example.org/submit"),
    corrections: [],
    citations: [
      {
        label: "APA (7th edition)",
        text: "Okafor, A., & Brandt, L. (2026, June 3). Coastguards, not navies. Meridian Commentaries. https://commentaries.example.org/commentaries/coastguards-not-navies",
      },
    ],
  };
}

export async function pdfBench({ runs = 7 }: { runs?: number } = {}) {
  const { typesetPiece } = await import("../lib/reader/pdf/document");
  const jpeg = await photoJpeg(960, 540);
  const cases = [
    { name: "3,000 words, 40 notes", piece: piece(false, jpeg) },
    { name: "3,000 words, 40 notes, a figure and a table", piece: piece(true, jpeg) },
  ];
  const rows: string[][] = [];
  let first: number | null = null;
  for (const { name, piece } of cases) {
    const times: number[] = [];
    let bytes: Buffer = Buffer.alloc(0);
    for (let run = 0; run <= runs; run += 1) {
      const started = performance.now();
      bytes = await typesetPiece(piece);
      const elapsed = performance.now() - started;
      if (run === 0) first ??= elapsed;
      else times.push(elapsed);
    }
    const pages = (bytes.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    rows.push([
      name,
      `${percentile(times, 50).toFixed(0)} ms`,
      `${percentile(times, 95).toFixed(0)} ms`,
      `${(bytes.length / 1024).toFixed(0)} KB`,
      String(pages),
    ]);
  }
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `\nPDF of a piece: ${runs} runs each after the first; the process's first PDF (renderer and fonts loaded) took ${first?.toFixed(0)} ms.`,
  );
  console.log("| piece | median | p95 | size | pages |");
  console.log("|---|---|---|---|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(`Peak resident memory of the bench process: ${peak.toFixed(0)} MiB.`);
}
