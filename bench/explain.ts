// EXPLAIN of the queries behind the public pages, at the archive's size: each must use an
// index, never a sequential scan of the pieces.
import { Client } from "pg";

const queries: [string, string][] = [
  ["home: latest live pieces", `SELECT "articleId" FROM "Publication" WHERE "liveFrom" <= now() ORDER BY "liveFrom" DESC LIMIT 12`],
  ["article by slug", `SELECT * FROM "Publication" WHERE "slug" = 'bench-50000' AND "liveFrom" <= now()`],
  [
    "author page",
    `SELECT p."articleId" FROM "Publication" p JOIN "PublicationAuthor" pa ON pa."publicationId" = p."articleId"
     WHERE pa."authorId" = 'bench-author-7' AND p."liveFrom" <= now() ORDER BY p."liveFrom" DESC LIMIT 12`,
  ],
  [
    "topic page",
    `SELECT p."articleId" FROM "Publication" p JOIN "PublicationTopic" pt ON pt."publicationId" = p."articleId"
     WHERE pt."topicId" = 'bench-topic-3' AND p."liveFrom" <= now() ORDER BY p."liveFrom" DESC LIMIT 12`,
  ],
  [
    "division page",
    `SELECT "articleId" FROM "Publication" WHERE "divisionId" = 'bench-division-2' AND "liveFrom" <= now() ORDER BY "liveFrom" DESC LIMIT 12`,
  ],
  ...["quinquereme", "policy"].map((word): [string, string] => [
    `search: ${word} (the bounded ranking of lib/reader/search.ts)`,
    `SELECT c."slug", ts_rank_cd(c."searchVector", c.query) AS rank FROM (
       SELECT p."slug", p."searchVector", q.query FROM "Publication" p, (SELECT websearch_to_tsquery('english', '${word}') AS query) q
       WHERE p."liveFrom" <= now() AND p."searchVector" @@ q.query ORDER BY p."liveFrom" DESC LIMIT 1000) c
     ORDER BY rank DESC LIMIT 12`,
  ]),
];

export async function explainPublicQueries(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const plans = [];
    for (const [name, sql] of queries) {
      const rows = (await client.query(`EXPLAIN ANALYZE ${sql}`)).rows as { "QUERY PLAN": string }[];
      const text = rows.map((r) => r["QUERY PLAN"]).join("\n");
      plans.push({ name, text, seqScan: /Seq Scan on "?(Publication|Article)"?/.test(text) });
    }
    return plans;
  } finally {
    await client.end();
  }
}
