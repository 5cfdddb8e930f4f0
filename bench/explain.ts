// EXPLAIN of the queries behind the public pages, at the archive's size: each must use an
// index, never a sequential scan of the pieces.
import { Client } from "pg";
import { relatedQuery } from "../lib/reader/related-query";

const queries: [string, string][] = [
  ["newest live time (the listings' cache key)", `SELECT max("liveFrom") FROM "Publication" WHERE "liveFrom" <= now()`],
  ["article by slug", `SELECT * FROM "Publication" WHERE "slug" = 'bench-50000' AND "liveFrom" <= now()`],
  ...["quinquereme", "policy"].map((word): [string, string] => [
    `search: ${word} (the bounded ranking of lib/reader/search.ts)`,
    `SELECT c."slug", ts_rank_cd(c."searchVector", c.query) AS rank FROM (
       SELECT p."slug", p."searchVector", q.query FROM "Publication" p, (SELECT websearch_to_tsquery('english', '${word}') AS query) q
       WHERE p."liveFrom" <= now() AND p."searchVector" @@ q.query ORDER BY p."liveFrom" DESC LIMIT 1000) c
     ORDER BY rank DESC LIMIT 12`,
  ]),
];

// The listings' keyset pages (lib/reader/listings.ts), as Prisma writes them: the first page, and
// a deep page after a cursor (older) and before one (newer). Each must read one range of one
// index, about a page of rows, however deep: compare the plans' "rows=" of first and deep.
const LISTINGS = [
  { name: "home", table: "Publication", id: "articleId", where: "" },
  { name: "division", table: "Publication", id: "articleId", where: `"divisionId" = 'bench-division-2' AND` },
  { name: "series", table: "Publication", id: "articleId", where: `"seriesId" = (SELECT "id" FROM "Series" LIMIT 1) AND` },
  { name: "author", table: "PublicationAuthor", id: "publicationId", where: `"authorId" = 'bench-author-7' AND` },
  { name: "topic", table: "PublicationTopic", id: "publicationId", where: `"topicId" = 'bench-topic-3' AND` },
];

/** The keyset queries, with cursors taken 60% of the way down each listing. */
async function keysetQueries(client: Client): Promise<[string, string][]> {
  const entries: [string, string][] = [];
  for (const { name, table, id, where } of LISTINGS) {
    const base = `SELECT "${id}" FROM "${table}" WHERE ${where} "liveFrom" <= now()`;
    const { rows } = await client.query<{ at: Date; id: string }>(
      `SELECT "publishedAt" AS at, "${id}" AS id FROM (${base.replace(`SELECT "${id}"`, `SELECT "publishedAt", "${id}"`)}) l
       ORDER BY "publishedAt" DESC, "${id}" DESC OFFSET (SELECT count(*) * 6 / 10 FROM (${base}) c) LIMIT 1`,
    );
    entries.push([`${name} listing: first page`, `${base} ORDER BY "publishedAt" DESC, "${id}" DESC LIMIT 13`]);
    entries.push([`${name} listing: count`, `SELECT count(*) FROM (${base}) c`]);
    const cursor = rows[0];
    if (!cursor) continue;
    const at = `'${cursor.at.toISOString()}'::timestamptz AT TIME ZONE 'UTC'`;
    const key = `'${cursor.id}'`;
    entries.push([
      `${name} listing: deep page after a cursor`,
      `${base} AND "publishedAt" <= ${at} AND ("publishedAt" < ${at} OR ("publishedAt" = ${at} AND "${id}" < ${key}))
       ORDER BY "publishedAt" DESC, "${id}" DESC LIMIT 13`,
    ]);
    entries.push([
      `${name} listing: deep page before a cursor`,
      `${base} AND "publishedAt" >= ${at} AND ("publishedAt" > ${at} OR ("publishedAt" = ${at} AND "${id}" > ${key}))
       ORDER BY "publishedAt" ASC, "${id}" ASC LIMIT 13`,
    ]);
  }
  return entries;
}

export async function explainPublicQueries(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const plans = [];
    // Related reading under a piece in the middle of the archive (lib/reader/related.ts), with its parameters.
    const related = relatedQuery("bench-50000");
    const entries: [string, string, unknown[]][] = [
      ...[...queries, ...(await keysetQueries(client))].map(([name, sql]): [string, string, unknown[]] => [name, sql, []]),
      ["related reading (bounded candidates by topic, author and words)", related.text, related.values],
    ];
    for (const [name, sql, values] of entries) {
      const rows = (await client.query(`EXPLAIN ANALYZE ${sql}`, values)).rows as { "QUERY PLAN": string }[];
      const text = rows.map((r) => r["QUERY PLAN"]).join("\n");
      plans.push({ name, text, seqScan: /Seq Scan on "?(Publication|Article)"?/.test(text) });
    }
    return plans;
  } finally {
    await client.end();
  }
}
