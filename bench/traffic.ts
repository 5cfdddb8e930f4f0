// The real-traffic scenarios: addresses drawn from the archive in the database, so that the
// server is asked for thousands of different pages, as by readers and crawlers, instead of one
// URL its response cache answers after the first request. Each scenario hands out its
// addresses in an order fixed by a seed and never hands out the same one twice while its
// supply lasts (the warm-up, each pass and the measured run all get fresh ones).
import { Client } from "pg";
import { encodeCursor, type Cursor } from "../lib/platform/keyset";
import { paths } from "../lib/platform/paths";
import { listingUrl } from "./listing-urls";
import { random, VOCABULARY, zipf, type Rng } from "./text";

/** Rows per public listing page (lib/reader/publications.ts PAGE_SIZE). */
const LISTING_PAGE = 12;
/** The studio's list of pieces, paged by `?after=<cursor>` and searched by `?q=` (being built; a 404 until it lands). */
const STUDIO_LIST = "/studio/articles";
/** Every how many studio rows a deep studio-list cursor is taken: the studio list's page size does not matter to a cursor. */
const STUDIO_STEP = 25;

export interface Scenario {
  name: string;
  /** The next `count` addresses (paths on the site). */
  take: (count: number) => string[];
  /** Asked with the demo editor's session cookie. */
  signedIn: boolean;
  /** How many different addresses the scenario can give before it starts again. */
  supply: number;
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** Hands out `list` in turn, starting again at the end. */
function inTurn(name: string, list: string[], signedIn = false): Scenario {
  if (list.length === 0) throw new Error(`${name}: the archive gives no addresses for this scenario`);
  let next = 0;
  return {
    name,
    signedIn,
    supply: list.length,
    take: (count) => Array.from({ length: count }, () => list[next++ % list.length]),
  };
}

type PageRow = { slug: string; at: Date; id: string };

const cursorOf = (row: PageRow): Cursor => ({ at: row.at, id: row.id });

/**
 * The cursor of every page after the first of each author's (or topic's) live pieces, newest
 * first: the last row of each full page is the cursor of the next (unless it is the last row).
 */
async function collectionPages(client: Client, kind: "author" | "topic"): Promise<{ slug: string; cursor: Cursor }[]> {
  const [table, link, key] =
    kind === "author" ? ["AuthorProfile", "PublicationAuthor", "authorId"] : ["Topic", "PublicationTopic", "topicId"];
  const rows = await client.query<PageRow>(
    `SELECT c."slug", t."publishedAt" AS at, t."articleId" AS id FROM (
       SELECT l."${key}" AS owner, p."publishedAt", p."articleId",
              row_number() OVER (PARTITION BY l."${key}" ORDER BY p."publishedAt" DESC, p."articleId" DESC) AS rn,
              count(*) OVER (PARTITION BY l."${key}") AS n
       FROM "Publication" p JOIN "${link}" l ON l."publicationId" = p."articleId" WHERE p."liveFrom" <= now()) t
     JOIN "${table}" c ON c."id" = t.owner
     WHERE t.rn % ${LISTING_PAGE} = 0 AND t.rn < t.n`,
  );
  return rows.rows.map((row) => ({ slug: row.slug, cursor: cursorOf(row) }));
}

/** Vocabulary words that the archive's search index holds (stop words and unused words left out). */
async function searchableWords(client: Client): Promise<string[]> {
  const rows = await client.query<{ word: string }>(
    `SELECT w AS word FROM unnest($1::text[]) AS w
     WHERE numnode(websearch_to_tsquery('english', w)) > 0
       AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."searchVector" @@ websearch_to_tsquery('english', w))`,
    [VOCABULARY],
  );
  return rows.rows.map((r) => r.word);
}

/** Distinct searches: every word alone, then every pair of different words, shuffled (single words first come up one in five). */
function searches(rng: Rng, words: string[]): string[] {
  const singles = shuffle(rng, [...words]);
  const pairs = shuffle(
    rng,
    words.flatMap((a, i) => words.slice(i + 1).map((b) => `${a} ${b}`)),
  );
  const mixed: string[] = [];
  while (singles.length || pairs.length) {
    const single = singles.length && (!pairs.length || rng() < 0.2);
    mixed.push((single ? singles.pop() : pairs.pop())!);
  }
  return mixed;
}

export interface Traffic {
  scenarios: Scenario[];
  /** Live pieces, authors and topics with live pieces, words the searches draw on. */
  counts: { pieces: number; authors: number; topics: number; words: number; studioCursors: number };
}

/** Reads the archive at `databaseUrl` and builds the scenarios. */
export async function trafficScenarios(databaseUrl: string, seed = 20261202): Promise<Traffic> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rng = random(seed);
    const slugs = (
      await client.query<{ slug: string }>(
        `SELECT "slug" FROM "Publication" WHERE "liveFrom" <= now() ORDER BY "publishedAt" DESC, "articleId" DESC`,
      )
    ).rows.map((r) => r.slug);
    const commentaryPages = (
      await client.query<PageRow>(
        `SELECT '' AS slug, at, id FROM (
           SELECT "publishedAt" AS at, "articleId" AS id, row_number() OVER (ORDER BY "publishedAt" DESC, "articleId" DESC) AS rn,
                  count(*) OVER () AS n
           FROM "Publication" WHERE "liveFrom" <= now()) t
         WHERE rn % ${LISTING_PAGE} = 0 AND rn < n`,
      )
    ).rows;
    const authorPages = await collectionPages(client, "author");
    const topicPages = await collectionPages(client, "topic");
    const owners = async (table: string, link: string, key: string) =>
      (
        await client.query<{ slug: string }>(
          `SELECT c."slug" FROM "${table}" c WHERE EXISTS (
             SELECT 1 FROM "${link}" l JOIN "Publication" p ON p."articleId" = l."publicationId" WHERE l."${key}" = c."id" AND p."liveFrom" <= now())`,
        )
      ).rows.map((r) => r.slug);
    const authors = await owners("AuthorProfile", "PublicationAuthor", "authorId");
    const topics = await owners("Topic", "PublicationTopic", "topicId");
    const words = await searchableWords(client);
    // The studio list is every piece the editor may see, drafts included, most recently changed first.
    const studioCursors = (
      await client.query<{ at: Date; id: string }>(
        `SELECT at, id FROM (
           SELECT "updatedAt" AS at, "id", row_number() OVER (ORDER BY "updatedAt" DESC, "id" DESC) AS rn FROM "Article") t
         WHERE rn % ${STUDIO_STEP} = 0`,
      )
    ).rows.map((r): Cursor => ({ at: r.at, id: r.id }));
    const zipfRng = random(seed + 1);
    const scenarios: Scenario[] = [
      {
        // Popular pieces are the newest: rank 1 is the latest piece. Draws repeat, as real readers do.
        name: "articles, Zipf over the archive",
        signedIn: false,
        supply: slugs.length,
        take: (count) => Array.from({ length: count }, () => paths.piece(slugs[zipf(zipfRng, slugs.length) - 1])),
      },
      inTurn(
        "articles, uniform over the archive",
        shuffle(rng, [...slugs]).map((slug) => paths.piece(slug)),
      ),
      inTurn(
        "search, distinct 1-2 words",
        searches(rng, words).map((q) => paths.search({ q })),
      ),
      inTurn(
        "commentaries, deep pages",
        shuffle(rng, commentaryPages.map(cursorOf)).map((cursor) => listingUrl("commentaries", "", cursor)),
      ),
      inTurn(
        "authors and topics, first pages",
        shuffle(rng, [
          ...authors.map((slug) => listingUrl("author", slug, null)),
          ...topics.map((slug) => listingUrl("topic", slug, null)),
        ]),
      ),
      inTurn(
        "authors and topics, deep pages",
        shuffle(rng, [
          ...authorPages.map(({ slug, cursor }) => listingUrl("author", slug, cursor)),
          ...topicPages.map(({ slug, cursor }) => listingUrl("topic", slug, cursor)),
        ]),
      ),
      inTurn("studio home", [paths.studio.home()], true),
      inTurn("studio list, first page", [STUDIO_LIST], true),
      inTurn(
        "studio list, deep pages",
        shuffle(rng, studioCursors).map((cursor) => `${STUDIO_LIST}?after=${encodeURIComponent(encodeCursor(cursor))}`),
        true,
      ),
      inTurn(
        "studio list, searched",
        searches(rng, words).map((q) => `${STUDIO_LIST}?q=${encodeURIComponent(q)}`),
        true,
      ),
    ];
    return {
      scenarios,
      counts: {
        pieces: slugs.length,
        authors: authors.length,
        topics: topics.length,
        words: words.length,
        studioCursors: studioCursors.length,
      },
    };
  } finally {
    await client.end();
  }
}
