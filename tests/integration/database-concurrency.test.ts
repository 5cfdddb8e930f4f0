// Many people at once on one database: every answer belongs to the request that asked.
// The embedded PostgreSQL is a single backend behind a socket server; when it let two
// connections' wire messages interleave, a writer's request ran with the admin's session
// rows and drafts crossed between writers. These tests run against whatever database the
// suite uses (the embedded one by default, the server in CI's second pass).
import { Client } from "pg";
import { createArticle, getArticleForEditing, saveArticle } from "@/lib/editorial/working-copy";
import { db } from "@/lib/platform/db";
import { createSession, resolveSession } from "@/lib/accounts/sessions";
import { transition } from "@/lib/editorial/workflow";
import { makeUser } from "../helpers/db";

const url = process.env.DATABASE_URL!;
const body = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function connect() {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe("separate connections at once", () => {
  const CONNECTIONS = 12;
  const ROUNDS = 25;

  test("each query, failed query and transaction answers its own connection", async () => {
    const clients = await Promise.all(Array.from({ length: CONNECTIONS }, connect));
    const errors: string[] = [];
    const mismatches: string[] = [];
    try {
      await Promise.all(
        clients.map(async (client, c) => {
          for (let round = 0; round < ROUNDS; round++) {
            const tag = `c${c}-r${round}`;
            try {
              // Statements with different parameter counts: an interleaved Bind fails loudly.
              const one = await client.query("SELECT $1::text AS tag", [tag]);
              if (one.rows[0].tag !== tag) mismatches.push(`${tag} got ${one.rows[0].tag}`);
              const three = await client.query("SELECT $1::text || $2::text || $3::text AS tag", [tag, "-", String(round)]);
              if (three.rows[0].tag !== `${tag}-${round}`) mismatches.push(`${tag} got ${three.rows[0].tag}`);

              // A transaction-local setting is visible only inside its own transaction.
              await client.query("BEGIN");
              await client.query("SELECT set_config('standfirst.tag', $1, true)", [tag]);
              await new Promise((resolve) => setImmediate(resolve));
              const seen = await client.query("SELECT current_setting('standfirst.tag', true) AS tag");
              await client.query("COMMIT");
              if (seen.rows[0].tag !== tag) mismatches.push(`${tag} saw setting ${seen.rows[0].tag}`);

              // A failing statement fails only its own connection, which then carries on.
              if (round % 5 === 0) {
                await expect(client.query("SELECT 1 / $1::int AS n", [0])).rejects.toThrow("division by zero");
              }
            } catch (error) {
              errors.push(`${tag}: ${(error as Error).message}`);
            }
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    expect(errors).toEqual([]);
    expect(mismatches).toEqual([]);
  });

  test("a connection that dies inside a transaction leaves nothing behind for the next", async () => {
    const dying = await connect();
    dying.on("error", () => undefined);
    await dying.query("BEGIN");
    await dying.query("CREATE TEMP TABLE half_done (n int)");
    await dying.query("SELECT set_config('standfirst.tag', 'left-open', true)");
    // Ended without COMMIT or ROLLBACK, as a crashed app instance would.
    (dying as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();

    const next = await connect();
    try {
      const { rows } = await next.query("SELECT current_setting('standfirst.tag', true) AS tag, pg_current_xact_id_if_assigned() AS xact");
      expect(rows[0].tag ?? "").toBe("");
      expect(rows[0].xact).toBeNull();
      const counts = await next.query("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'half_done'");
      expect(counts.rows[0].n).toBe(0);
    } finally {
      await next.end();
    }
  });
});

describe("signed-in people working at once through the app", () => {
  test("sessions, drafts, saves and transitions stay with their owners", async () => {
    const people = await Promise.all([
      makeUser("writer"),
      makeUser("writer"),
      makeUser("writer"),
      makeUser("writer"),
      makeUser("editor"),
      makeUser("admin"),
    ]);
    const sessions = await Promise.all(people.map((person) => createSession(person.id)));
    const writers = people.filter((p) => p.role === "writer");
    const drafts = await Promise.all(
      writers.map(async (w) =>
        createArticle((await resolveSession(sessions[people.indexOf(w)]!.id))!, {
          title: `Draft of ${w.name}`,
          body: body(`Text of ${w.name}`),
        }),
      ),
    );

    const problems: string[] = [];
    const ROUNDS = 15;
    await Promise.all(
      people.map(async (person, p) => {
        let version = drafts[writers.indexOf(person)]?.version ?? 0;
        for (let round = 0; round < ROUNDS; round++) {
          try {
            const actor = await resolveSession(sessions[p]!.id);
            if (actor?.id !== person.id || actor.role !== person.role) {
              problems.push(`${person.name} resolved as ${actor?.name} (${actor?.role})`);
              continue;
            }
            const own = drafts[writers.indexOf(person)];
            if (own) {
              const saved = await saveArticle(actor, own.id, version, {
                title: `Draft of ${person.name}`,
                body: body(`Text of ${person.name}, round ${round}`),
              });
              version = saved.version;
              const loaded = await getArticleForEditing(actor, own.id);
              if (loaded.id !== own.id || !JSON.stringify(loaded.body).includes(`Text of ${person.name}, round ${round}`)) {
                problems.push(`${person.name} loaded ${loaded.title}`);
              }
              // Someone else's draft stays invisible to a writer, however busy the database is.
              const other = drafts[(writers.indexOf(person) + 1) % drafts.length]!;
              await getArticleForEditing(actor, other.id).then(
                () => problems.push(`${person.name} read ${other.title}`),
                () => undefined,
              );
            } else {
              // Editors and admins read every draft and get each one's own text.
              const piece = drafts[round % drafts.length]!;
              const loaded = await getArticleForEditing(actor, piece.id);
              if (loaded.id !== piece.id || loaded.title !== piece.title)
                problems.push(`${person.name} asked for ${piece.title}, got ${loaded.title}`);
            }
          } catch (error) {
            problems.push(`${person.name}, round ${round}: ${(error as Error).message}`);
          }
        }
        const own = drafts[writers.indexOf(person)];
        if (own) {
          // A transition is a transaction with a revision, an audit entry and mail.
          const actor = (await resolveSession(sessions[p]!.id))!;
          await transition(actor, own.id, "submit").catch((error: Error) => problems.push(`${person.name} submit: ${error.message}`));
        }
      }),
    );

    expect(problems).toEqual([]);
    for (const [i, draft] of drafts.entries()) {
      const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
      expect(row.status).toBe("in_review");
      // Created at 1, one version per save, one for the submission.
      expect(row.version).toBe(1 + ROUNDS + 1);
      expect(JSON.stringify(row.body)).toContain(`Text of ${writers[i]!.name}, round ${ROUNDS - 1}`);
      const audit = await db.auditEvent.findMany({ where: { articleId: draft.id, action: "articles.submit" } });
      expect(audit.map((a) => a.actorId)).toEqual([writers[i]!.id]);
    }
  });
});

const embeddedOnly = process.env.TEST_DATABASE_EMBEDDED ? describe : describe.skip;

embeddedOnly("the embedded database's door", () => {
  test("a wrong password is refused, the right one admitted", async () => {
    const wrong = new URL(url);
    wrong.password = "postgres";
    const client = new Client({ connectionString: wrong.toString() });
    await expect(client.connect()).rejects.toThrow('password authentication failed for user "postgres"');
    const right = await connect();
    expect((await right.query("SELECT 1 AS one")).rows[0].one).toBe(1);
    await right.end();
  });
});
