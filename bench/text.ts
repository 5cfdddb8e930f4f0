// Deterministic, realistic-looking commentary text for the benchmark archive. Words are
// drawn with a Zipf-like skew, as in real prose, so that some words are in most pieces
// ("policy"), some in few, and the planted rare words in a handful.
import type { JSONContent } from "@tiptap/core";

/** A small, seeded generator (mulberry32): the same archive every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
export const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const nouns = `policy government region security trade cooperation agreement alliance strategy market
economy investment energy climate diplomacy institution framework negotiation treaty summit coalition
capacity resilience supply chain infrastructure technology regulation standard governance reform budget
fisheries shipping corridor port coastguard navy deterrence escalation crisis dispute sovereignty border
migration labour productivity inflation currency tariff subsidy export import manufacturing semiconductor
mineral battery grid carbon emission adaptation finance development aid partnership dialogue mechanism
parliament ministry agency court law election campaign reform consensus legitimacy transparency data
privacy platform cyber resilience infrastructure satellite cable telecommunications network research
university skill workforce health pandemic vaccine food water drought flood urban rural province city
community minority identity nationalism multilateralism order rule norm principle obligation commitment`
  .split(/\s+/)
  .filter(Boolean);
const verbs = `shapes limits strengthens weakens reframes tests undermines sustains requires reflects
signals constrains accelerates delays complicates clarifies reinforces erodes rewards exposes`.split(/\s+/);
const adjectives = `regional national strategic economic maritime digital fiscal political durable fragile
credible uneven practical incremental ambitious contested shared bilateral domestic global modest`.split(/\s+/);
const connectors = `However, Moreover, In practice, For now, At the same time, Even so, Crucially, In the long run,`
  .split(/,\s*/)
  .filter(Boolean);
const places = ["Southeast Asia", "the Indo-Pacific", "the Gulf", "the Baltic", "East Africa", "the Pacific Islands", "the Mekong basin"];

/**
 * Every word the generator writes into titles, standfirsts and bodies (bench/run.ts keeps those
 * the archive's search index actually holds): the pool distinct searches are drawn from.
 */
export const VOCABULARY: readonly string[] = [
  ...new Set([...nouns, ...verbs, ...adjectives, ...places.flatMap((place) => place.split(/[\s-]+/)).filter((w) => w !== "the")]),
];

/** A rank in 1..n drawn with probability proportional to 1/rank (Zipf, s = 1), by inverting its CDF approximately. */
export function zipf(rng: Rng, n: number): number {
  const harmonic = Math.log(n) + 0.5772;
  return Math.min(n, Math.max(1, Math.floor(Math.exp(rng() * harmonic - 0.5772))));
}

/** Rank-skewed choice: early words of a list are far more likely than late ones. */
const skewed = (rng: Rng, list: readonly string[]) => list[Math.floor(list.length * rng() ** 2.2)];

function sentence(rng: Rng): string {
  const parts = [
    rng() < 0.25 ? pick(rng, connectors) + "," : "",
    "the",
    skewed(rng, adjectives),
    skewed(rng, nouns),
    "of",
    rng() < 0.3 ? pick(rng, places) : skewed(rng, nouns),
    skewed(rng, verbs),
    "the",
    skewed(rng, nouns),
    rng() < 0.5 ? `and the ${skewed(rng, adjectives)} ${skewed(rng, nouns)}` : "",
    rng() < 0.5 ? `that ${skewed(rng, nouns)} ${skewed(rng, verbs)} in ${pick(rng, places)}` : "",
    rng() < 0.15 ? "in maritime security" : "",
  ].filter(Boolean);
  const text = parts.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

const text = (content: string): JSONContent => ({ type: "text", text: content });

/** A body of about `words` words: paragraphs, a few headings and lists, and footnotes. */
export function body(rng: Rng, words: number, idPrefix: string): JSONContent {
  const notes = between(rng, 3, 8);
  const content: JSONContent[] = [];
  let count = 0;
  let noteAt = 0;
  let paragraphs = 0;
  while (count < words) {
    if (paragraphs > 0 && paragraphs % 5 === 0) {
      content.push({ type: "heading", attrs: { level: 2 }, content: [text(`The ${skewed(rng, adjectives)} ${skewed(rng, nouns)}`)] });
    }
    if (paragraphs % 9 === 4) {
      content.push({
        type: "bulletList",
        content: [0, 1, 2].map(() => ({ type: "listItem", content: [{ type: "paragraph", content: [text(sentence(rng))] }] })),
      });
    }
    const sentences = Array.from({ length: between(rng, 3, 6) }, () => sentence(rng));
    const inline: JSONContent[] = [text(sentences.join(" "))];
    if (noteAt < notes && rng() < 0.5) {
      noteAt += 1;
      inline.push({ type: "footnoteReference", attrs: { "data-id": `${idPrefix}-${noteAt}`, referenceNumber: String(noteAt) } });
    }
    content.push({ type: "paragraph", content: inline });
    count += sentences.join(" ").split(/\s+/).length;
    paragraphs += 1;
  }
  if (noteAt > 0) {
    content.push({
      type: "footnotes",
      content: Array.from({ length: noteAt }, (_, i) => ({
        type: "footnote",
        attrs: { "data-id": `${idPrefix}-${i + 1}`, id: `fn:${i + 1}` },
        content: [
          {
            type: "paragraph",
            content: [text(`See the ${skewed(rng, adjectives)} ${skewed(rng, nouns)} report, ${2010 + between(rng, 0, 15)}.`)],
          },
        ],
      })),
    });
  }
  return { type: "doc", content };
}

export function title(rng: Rng): string {
  const t = `${pick(rng, ["Why", "How", "When", "Beyond", "Rethinking", "After"])} the ${skewed(rng, adjectives)} ${skewed(rng, nouns)} ${skewed(rng, verbs)} ${skewed(rng, nouns)} in ${pick(rng, places)}`;
  return t;
}

export const standfirst = (rng: Rng) => [sentence(rng), sentence(rng)].join(" ");

/** Words planted in exactly a few pieces, for the "rare word" search. */
export const RARE_WORD = "quinquereme";
