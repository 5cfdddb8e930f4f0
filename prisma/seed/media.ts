// The demo's media library: a lead image for most demo pieces, a chart and a table for one body,
// and a portrait for each demo author, made by ./images.ts and stored through the library's
// own ingest (the bytes checked, the original stored, the record written) as an upload would be.
// Idempotent: an image whose title is already in the library is used as it is, not made again.
import type { JSONContent } from "@tiptap/core";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ingestImage } from "../../lib/media/ingest";
import { barChart, leadImage, portrait, type Palette, type Scene } from "./images";

export const DEMO_CREDIT = "Illustration: Standfirst demo";

interface DemoLead {
  title: string;
  scene: Scene;
  palette: Palette;
  alt: string;
  caption: string;
  /** Where crops centre (0..1), as an editor would set it: on the scene's subject. */
  focal?: [number, number];
}

const dusk: Palette = { sky: ["#1d2b53", "#f28c5b"], ground: "#142033", accent: "#2f4f6f", light: "#ffd38a" };
const circuit: Palette = { sky: ["#0c1424", "#18324f"], ground: "#0f1d30", accent: "#3fa7d6", light: "#9fe3ff" };
const deep: Palette = { sky: ["#04223a", "#0a4a6e"], ground: "#06304d", accent: "#1f6f8b", light: "#ffc857" };
const chartPaper: Palette = { sky: ["#8fb9d6", "#d8e8f2"], ground: "#e9dfc8", accent: "#9c8a64", light: "#1d6f42" };
const ochre: Palette = { sky: ["#3b2417", "#d9a05b"], ground: "#5a3a22", accent: "#a0522d", light: "#f4e3c1" };
const summit: Palette = { sky: ["#e7eef5", "#f7f3ea"], ground: "#d7c7a5", accent: "#8a1c2b", light: "#0b4f8a" };

/**
 * Lead images by demo piece slug. Pieces not named here have none: the home page shows a card
 * without an image beside those with one.
 */
export const demoLeads: Record<string, DemoLead> = {
  "coastguards-not-navies-quiet-architecture-of-maritime-order": {
    title: "Harbour at dusk",
    scene: "harbour",
    palette: dusk,
    alt: "A container port at dusk: cranes over a city skyline, two patrol vessels on the water.",
    caption: "Most encounters at sea now involve white-hulled law-enforcement vessels, not warships.",
    focal: [0.55, 0.6],
  },
  "undersea-cables-and-the-limits-of-deterrence": {
    title: "Cable across the seabed",
    scene: "strata",
    palette: deep,
    alt: "A golden cable winding across layers of dark blue seabed.",
    caption: "Undersea cables carry almost all intercontinental data traffic.",
  },
  "green-shipping-corridors-from-declarations-to-fuel-contracts": {
    title: "Shipping routes between ports",
    scene: "map",
    palette: chartPaper,
    alt: "A chart-style map with dashed green shipping routes linking ports on several coastlines.",
    caption: "Green corridors link ports that commit to supplying zero-emission fuels.",
  },
  "beyond-the-joint-statement-measuring-regional-summits": {
    title: "Summit venues on a map",
    scene: "map",
    palette: summit,
    alt: "A pale map with red-outlined coastlines and blue routes between summit venues.",
    caption: "Regional summits rotate between member capitals.",
  },
  "critical-minerals-partnerships-need-more-than-offtake-agreements": {
    title: "Mineral strata",
    scene: "strata",
    palette: ochre,
    alt: "Layers of ochre and brown rock with a bright seam running through them.",
    caption: "Processing, not mining, is where supply chains concentrate.",
  },
  "testing-together-regional-cooperation-on-ai-evaluation": {
    title: "Circuit network",
    scene: "network",
    palette: circuit,
    alt: "A glowing chip at the centre of a network of blue circuit traces.",
    caption: "Shared evaluation methods let smaller states test the models they deploy.",
  },
};

/** The piece whose body gets the chart and a table, after its first section. */
export const CHART_PIECE = "coastguards-not-navies-quiet-architecture-of-maritime-order";

const CHART = {
  title: "Reported incidents at sea, 2019-2024",
  alt: "Bar chart of reported incidents at sea by year, 2019 to 2024. Incidents involving a law-enforcement vessel rose from 18 to 43; those involving naval vessels only rose from 6 to 11.",
  caption: "Reported incidents by the vessels involved (fictional figures for the demo).",
};

const years = [2019, 2020, 2021, 2022, 2023, 2024];
const lawEnforcement = [18, 23, 28, 33, 38, 43];
const navalOnly = [6, 7, 8, 9, 10, 11];

const chartPng = () =>
  barChart({
    title: "Reported incidents at sea, 2019–2024",
    unit: "Incidents by the vessels involved",
    rows: years.map((year, i) => ({ label: String(year), values: [lawEnforcement[i], navalOnly[i]] })),
    series: [
      { name: "Law-enforcement vessel involved", colour: "#0b4f8a" },
      { name: "Naval vessels only", colour: "#c96f2d" },
    ],
  });

const text = (value: string): JSONContent => ({ type: "paragraph", content: [{ type: "text", text: value }] });
const cell = (type: "tableHeader" | "tableCell", value: string): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [text(value)],
});
const row = (type: "tableHeader" | "tableCell", values: string[]): JSONContent => ({
  type: "tableRow",
  content: values.map((v) => cell(type, v)),
});

/** The chart as a figure and the cooperation mechanisms as a table, put into the body after its first section. */
export function withChartAndTable(body: JSONContent, chartId: string): JSONContent {
  const figure: JSONContent = {
    type: "figure",
    attrs: { mediaId: chartId, alt: CHART.alt, caption: CHART.caption, credit: "Chart: Standfirst demo", href: null },
  };
  const table: JSONContent = {
    type: "table",
    attrs: { caption: "Coastguard cooperation mechanisms in the region (fictional, for the demo)" },
    content: [
      row("tableHeader", ["Mechanism", "Members", "Since", "Meets"]),
      row("tableCell", ["Heads of coastguard agencies forum", "18 agencies", "2004", "Yearly"]),
      row("tableCell", ["Bilateral hotlines", "7 pairs of agencies", "2012", "On call"]),
      row("tableCell", ["Search-and-rescue exercise", "9 agencies", "2016", "Every two years"]),
      row("tableCell", ["Oil spill response network", "11 agencies", "2019", "Twice a year"]),
    ],
  };
  const content = [...(body.content ?? [])];
  // Before the second heading: the chart illustrates the first section, the table the second.
  const headings = content.flatMap((node, i) => (node.type === "heading" ? [i] : []));
  const at = headings[1] ?? content.length;
  content.splice(at, 0, figure);
  content.splice(at + 2, 0, table);
  return { ...body, content };
}

type Upload = Omit<Parameters<typeof ingestImage>[0], "bytes">;

/** The library's image of this title, or a new one made by `make` and ingested as `upload`. */
async function stored(db: PrismaClient, title: string, make: () => Promise<Buffer>, upload: Upload, focal = [0.5, 0.5]) {
  const existing = await db.mediaAsset.findFirst({ where: { title }, select: { id: true } });
  if (existing) return existing.id;
  const asset = await ingestImage({ ...upload, bytes: await make() });
  // The ingest names an image after its file; the demo's titles are what the library shows.
  await db.mediaAsset.update({ where: { id: asset.id }, data: { title, focalX: focal[0], focalY: focal[1] } });
  return asset.id;
}

/** Makes (or finds) the demo's images; answers their ids by piece slug, author slug, and the chart's. */
export async function seedMedia(db: PrismaClient, uploadedById: string, authors: { slug: string; displayName: string }[]) {
  const leads: Record<string, string> = {};
  let seedNumber = 1;
  for (const [slug, lead] of Object.entries(demoLeads)) {
    const n = seedNumber++;
    const upload = { fileName: `${slug.slice(0, 40)}.jpg`, uploadedById, alt: lead.alt, caption: lead.caption, credit: DEMO_CREDIT };
    leads[slug] = await stored(db, lead.title, () => leadImage(lead.scene, lead.palette, n), upload, lead.focal);
  }
  const chart = await stored(db, CHART.title, chartPng, {
    fileName: "incidents-at-sea.png",
    uploadedById,
    alt: CHART.alt,
    caption: CHART.caption,
    credit: "Chart: Standfirst demo",
  });
  const portraits: Record<string, string> = {};
  for (const [i, author] of authors.entries()) {
    const initials = author.displayName
      .split(/\s+/)
      .map((part) => part[0])
      .filter(Boolean)
      .slice(0, 2)
      .join("");
    portraits[author.slug] = await stored(db, `Portrait: ${author.displayName}`, () => portrait(initials, 20 + i * 110), {
      fileName: `${author.slug}.jpg`,
      uploadedById,
      alt: `Portrait of ${author.displayName}`,
      credit: DEMO_CREDIT,
    });
  }
  return { leads, chart, portraits };
}
