// Generates the benchmark archive straight into PostgreSQL: authors, divisions, topics and
// N published pieces, each with its working copy, first revision, publication and bylines,
// as the workflow would have written them. Rows go in with multi-row INSERT ... SELECT
// FROM unnest(...) in batches, two batches at a time; the database computes each
// publication's search vector as it stores the row. A run that was stopped part way resumes
// where it stopped: batch i always holds the same pieces, and rows already stored are skipped.
import type { JSONContent } from "@tiptap/core";
import { Pool } from "pg";
import { countWords, plainText, renderRichText, validateRichText } from "../lib/content";
import { between, body, pick, random, RARE_WORD, standfirst, title, type Rng } from "./text";

export interface ArchiveOptions {
  pieces: number;
  authors: number;
  divisions: number;
  topics: number;
  log: (line: string) => void;
}

interface Template {
  json: string;
  html: string;
  text: string;
  words: number;
}

const BATCH = 500;
/** Batches written at once: at most this many can be incomplete when a run is stopped. */
const WORKERS = 2;
const TEMPLATES = 240;
const DAY = 24 * 3600_000;

/** Bodies are drawn from a set of templates: generating and rendering 100,000 distinct ones would dominate the run. */
function templates(rng: Rng): Template[] {
  return Array.from({ length: TEMPLATES }, (_, i) => {
    const doc = validateRichText("body", body(rng, between(rng, 800, 2500), `b${i}`)) as JSONContent;
    return {
      json: JSON.stringify(doc),
      html: renderRichText("body", doc),
      text: plainText(doc, { footnotes: true }),
      words: countWords(plainText(doc)),
    };
  });
}

const prose = (sentence: string) =>
  JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: sentence }] }] });

async function insert(pool: Pool, table: string, columns: Record<string, { type: string; values: unknown[] }>) {
  const names = Object.keys(columns);
  const list = names.map((n) => `"${n}"`).join(", ");
  const unnest = names.map((n, i) => `$${i + 1}::${columns[n].type}[]`).join(", ");
  await pool.query(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM unnest(${unnest}) AS t(${list}) ON CONFLICT DO NOTHING`,
    names.map((n) => columns[n].values),
  );
}

const col = (type: string, values: unknown[]) => ({ type, values });

export async function generateArchive(url: string, options: ArchiveOptions): Promise<{ seconds: number; created: number }> {
  const started = Date.now();
  const pool = new Pool({ connectionString: url, max: 3 });
  // A lost last batch on a crash costs nothing here (the run starts over with --fresh).
  pool.on("connect", (client) => void client.query("SET synchronous_commit = off"));
  try {
    const existing = Number((await pool.query(`SELECT count(*) FROM "Publication" WHERE "slug" LIKE 'bench-%'`)).rows[0].count);
    if (existing >= options.pieces) {
      options.log(`Archive already holds ${existing} generated pieces; nothing to generate.`);
      return { seconds: 0, created: 0 };
    }
    // Every batch below the lowest one still being written when the run stopped is complete,
    // and at most WORKERS batches were being written: starting that many batches back is safe.
    const resumeAt = Math.max(0, (Math.floor(existing / BATCH) - WORKERS) * BATCH);
    if (existing > 0) options.log(`The archive holds ${existing} of ${options.pieces} pieces: resuming at piece ${resumeAt}.`);

    const rng = random(20261127);
    const editor = (await pool.query(`SELECT "id" FROM "User" WHERE "role" = 'editor' ORDER BY "createdAt" LIMIT 1`)).rows[0]?.id as string;
    if (!editor) throw new Error("The bench database has no editor: the demo seed must run first.");
    const series = (await pool.query(`SELECT "id", "defaultDisclaimerId" FROM "Series" LIMIT 1`)).rows[0] as {
      id: string;
      defaultDisclaimerId: string | null;
    };

    // Piece i was published i/N of ten years before the newest (bench-0): a resumed run keeps
    // the dates of the run it continues.
    const newest = existing
      ? ((await pool.query(`SELECT "publishedAt" FROM "Publication" WHERE "slug" = 'bench-0'`)).rows[0]?.publishedAt as Date | undefined)
      : undefined;
    const now = newest ? new Date(newest.getTime() + DAY) : new Date();
    const authorIds = Array.from({ length: options.authors }, (_, i) => `bench-author-${i}`);
    const names = authorIds.map(
      (_, i) =>
        `${pick(rng, ["Amina", "Daniel", "Hiroshi", "Lena", "Rahul", "Sofia", "Tomasz", "Wei", "Yusuf", "Zara"])} ${pick(rng, ["Abdullah", "Bergström", "Castillo", "Dlamini", "Everett", "Fujita", "Goh", "Haddad", "Ivanova", "Jensen"])} ${i}`,
    );
    await insert(pool, "AuthorProfile", {
      id: col("text", authorIds),
      slug: col("text", authorIds),
      displayName: col("text", names),
      position: col(
        "text",
        authorIds.map(() => "Research Fellow"),
      ),
      affiliation: col(
        "text",
        authorIds.map(() => "Meridian Institute"),
      ),
      bio: col(
        "jsonb",
        authorIds.map((_, i) => prose(`${names[i]} writes on regional security and economic policy.`)),
      ),
      updatedAt: col(
        "timestamp",
        authorIds.map(() => now),
      ),
    });
    const divisionIds = Array.from({ length: options.divisions }, (_, i) => `bench-division-${i}`);
    await insert(pool, "Division", {
      id: col("text", divisionIds),
      slug: col("text", divisionIds),
      name: col(
        "text",
        divisionIds.map((_, i) => `Bench Division ${i + 1}`),
      ),
      updatedAt: col(
        "timestamp",
        divisionIds.map(() => now),
      ),
    });
    const topicIds = Array.from({ length: options.topics }, (_, i) => `bench-topic-${i}`);
    await insert(pool, "Topic", {
      id: col("text", topicIds),
      slug: col("text", topicIds),
      name: col(
        "text",
        topicIds.map((_, i) => `Bench Topic ${i + 1}`),
      ),
      updatedAt: col(
        "timestamp",
        topicIds.map(() => now),
      ),
    });
    options.log(`${options.authors} authors, ${options.divisions} divisions, ${options.topics} topics.`);

    const bodies = templates(rng);
    options.log(
      `${bodies.length} body templates rendered (${Math.min(...bodies.map((b) => b.words))}-${Math.max(...bodies.map((b) => b.words))} words).`,
    );

    const batch = async (from: number) => {
      const ids: string[] = [];
      const rows = {
        slug: [] as string[],
        title: [] as string[],
        standfirst: [] as string[],
        template: [] as Template[],
        division: [] as string[],
        published: [] as Date[],
        authors: [] as string[][],
        topics: [] as string[][],
      };
      const r = random(from + 1);
      for (let i = from; i < Math.min(from + BATCH, options.pieces); i++) {
        ids.push(`bench-${i}`);
        // A handful of pieces carry the rare word, for the rare-word search.
        const t = i % 5000 === 17 ? `${title(r)}: the ${RARE_WORD} question` : title(r);
        rows.slug.push(`bench-${i}`);
        rows.title.push(t);
        rows.standfirst.push(standfirst(r));
        rows.template.push(bodies[i % bodies.length]);
        rows.division.push(divisionIds[i % divisionIds.length]);
        rows.published.push(new Date(now.getTime() - (i / options.pieces) * 3650 * DAY - DAY));
        const a = [...new Set(Array.from({ length: between(r, 1, 3) }, () => pick(r, authorIds)))];
        rows.authors.push(a);
        rows.topics.push([...new Set(Array.from({ length: between(r, 1, 3) }, () => pick(r, topicIds)))]);
      }
      const same = <T>(v: T) => ids.map(() => v);
      await insert(pool, "Article", {
        id: col("text", ids),
        slug: col("text", rows.slug),
        title: col("text", rows.title),
        standfirst: col("text", rows.standfirst),
        body: col(
          "jsonb",
          rows.template.map((t) => t.json),
        ),
        status: col('"ArticleStatus"', same("published")),
        divisionId: col("text", rows.division),
        seriesId: col("text", same(series?.id ?? null)),
        publishedAt: col("timestamp", rows.published),
        createdById: col("text", same(editor)),
        updatedAt: col("timestamp", rows.published),
      });
      await insert(pool, "Revision", {
        id: col(
          "text",
          ids.map((id) => `${id}-r1`),
        ),
        articleId: col("text", ids),
        number: col("int", same(1)),
        title: col("text", rows.title),
        standfirst: col("text", rows.standfirst),
        body: col(
          "jsonb",
          rows.template.map((t) => t.json),
        ),
        meta: col(
          "jsonb",
          ids.map((_, i) =>
            JSON.stringify({ slug: rows.slug[i], authorIds: rows.authors[i], divisionId: rows.division[i], topicIds: rows.topics[i] }),
          ),
        ),
        kind: col("text", same("publish")),
        userId: col("text", same(editor)),
        createdAt: col("timestamp", rows.published),
      });
      await insert(pool, "Publication", {
        articleId: col("text", ids),
        revisionId: col(
          "text",
          ids.map((id) => `${id}-r1`),
        ),
        slug: col("text", rows.slug),
        title: col("text", rows.title),
        standfirst: col("text", rows.standfirst),
        body: col(
          "jsonb",
          rows.template.map((t) => t.json),
        ),
        bodyHtml: col(
          "text",
          rows.template.map((t) => t.html),
        ),
        bodyText: col(
          "text",
          rows.template.map((t) => t.text),
        ),
        authorNames: col(
          "text",
          rows.authors.map((a) => a.map((id) => names[authorIds.indexOf(id)]).join(", ")),
        ),
        wordCount: col(
          "int",
          rows.template.map((t) => t.words),
        ),
        divisionId: col("text", rows.division),
        seriesId: col("text", same(series?.id ?? null)),
        publishedAt: col("timestamp", rows.published),
        liveFrom: col("timestamp", rows.published),
        updatedAt: col("timestamp", rows.published),
      });
      const byline = ids.flatMap((id, i) =>
        rows.authors[i].map((authorId, position) => ({ id, authorId, position, at: rows.published[i] })),
      );
      const tags = ids.flatMap((id, i) => rows.topics[i].map((topicId) => ({ id, topicId, at: rows.published[i] })));
      // A publication's links carry its publishedAt and liveFrom (equal here): part of their key
      // to it (the listings' indexes).
      const times = (links: { at: Date }[]) => ({
        publishedAt: col(
          "timestamp",
          links.map((l) => l.at),
        ),
        liveFrom: col(
          "timestamp",
          links.map((l) => l.at),
        ),
      });
      for (const [table, key, extra] of [
        ["ArticleAuthor", "articleId", {}],
        ["PublicationAuthor", "publicationId", times(byline)],
      ] as const) {
        await insert(pool, table, {
          ...extra,
          [key]: col(
            "text",
            byline.map((b) => b.id),
          ),
          authorId: col(
            "text",
            byline.map((b) => b.authorId),
          ),
          position: col(
            "int",
            byline.map((b) => b.position),
          ),
        });
      }
      for (const [table, key, extra] of [
        ["ArticleTopic", "articleId", {}],
        ["PublicationTopic", "publicationId", times(tags)],
      ] as const) {
        await insert(pool, table, {
          ...extra,
          [key]: col(
            "text",
            tags.map((t) => t.id),
          ),
          topicId: col(
            "text",
            tags.map((t) => t.topicId),
          ),
        });
      }
      return ids.length;
    };

    // Building the search index once at the end is several times faster than keeping it
    // current row by row; the definition is the migration's (20261127070913_publication_search).
    await pool.query(`DROP INDEX IF EXISTS "Publication_searchVector_idx"`);
    let next = resumeAt;
    let created = 0;
    const worker = async () => {
      while (next < options.pieces) {
        const from = next;
        next += BATCH;
        const made = await batch(from);
        created += made;
        if ((resumeAt + created) % 10_000 < BATCH)
          options.log(`${resumeAt + created} pieces (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    options.log(`Building the search index (${Math.round((Date.now() - started) / 1000)} s)`);
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '1GB'`);
      await client.query(`CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector")`);
    } finally {
      client.release();
    }
    // VACUUM too, as autovacuum would soon after: it marks the freshly written pages all-visible,
    // without which the listings' counts read every row instead of their index alone.
    await pool.query(`VACUUM ANALYZE`);
    return { seconds: (Date.now() - started) / 1000, created };
  } finally {
    await pool.end();
  }
}
