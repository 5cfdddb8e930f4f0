// The permission matrix of ARCHITECTURE.md ("Who may do what"), written out: every action the code defines
// x every actor x the states that matter, each with its expected outcome, decided by the
// real code against the real database. Actors come from real sessions, so a disabled
// user is whatever their session resolves to.
import { createArticle, loadAuthorized } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { db } from "@/lib/platform/db";
import { listStudioArticles } from "@/lib/editorial/studio-articles";
import { encodeCursor, type Cursor } from "@/lib/platform/keyset";
import { getDashboard } from "@/lib/editorial/dashboard";
import { listReviewQueue } from "@/lib/editorial/review-queue";
import { articleScopeWhere } from "@/lib/editorial/article-scope";
import { DomainError } from "@/lib/platform/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { articleActions, articleListScope, authorizeSite, siteActions, type ArticleAction, type SiteAction } from "@/lib/permissions";
import { createSession, resolveSession, type CurrentUser } from "@/lib/accounts/sessions";
import { makeArticle, makeDivision, makeUser, sampleBody } from "../helpers/db";
import { publishPiece } from "../helpers/pieces";

type Outcome = "allow" | 401 | 403 | 404;
const ALL: ArticleStatus[] = ["draft", "in_review", "changes_requested", "approved", "scheduled", "published", "unpublished", "archived"];
const WRITER_EDITABLE: ArticleStatus[] = ["draft", "changes_requested"];
const EDITOR_ONLY_EDITABLE: ArticleStatus[] = ["in_review", "approved"];
const LOCKED: ArticleStatus[] = ["scheduled", "published", "unpublished", "archived"];
const NOT_IN_REVIEW = ALL.filter((s) => s !== "in_review");

type Actors = "anonymous" | "owner" | "coauthor" | "otherWriter" | "editor" | "admin" | "disabledOwner";
type Row = [ArticleAction, ArticleStatus[], Record<Actors, Outcome>];
const row = (
  anonymous: Outcome,
  owner: Outcome,
  coauthor: Outcome,
  otherWriter: Outcome,
  editor: Outcome,
  admin: Outcome,
  disabledOwner: Outcome,
) => ({ anonymous, owner, coauthor, otherWriter, editor, admin, disabledOwner });

// Columns: anonymous, owner, co-author, another writer, editor, admin, disabled owner.
const articleMatrix: Row[] = [
  ["articles.read", ALL, row(401, "allow", "allow", 404, "allow", "allow", 401)],
  ["articles.edit", WRITER_EDITABLE, row(401, "allow", "allow", 404, "allow", "allow", 401)],
  ["articles.edit", EDITOR_ONLY_EDITABLE, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.edit", LOCKED, row(401, 403, 403, 404, 403, 403, 401)],
  ["articles.submit", WRITER_EDITABLE, row(401, "allow", "allow", 404, "allow", "allow", 401)],
  ["articles.submit", [...EDITOR_ONLY_EDITABLE, ...LOCKED], row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.withdraw", ["in_review"], row(401, "allow", "allow", 404, "allow", "allow", 401)],
  ["articles.withdraw", NOT_IN_REVIEW, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.comment", ALL, row(401, "allow", "allow", 404, "allow", "allow", 401)],
  ["articles.requestChanges", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.approve", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.publish", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  // Back-dating an archive piece is an editor's call, never a writer's, even on their own piece.
  ["articles.backdate", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.unpublish", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.archive", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.newVersion", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.correct", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.restoreRevision", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  ["articles.sharePreview", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  // Only the draft's creator, before it was ever submitted (below: once submitted, and an editor's own draft).
  ["articles.discard", ["draft"], row(401, "allow", 403, 404, 403, 403, 401)],
  ["articles.discard", ALL.filter((s) => s !== "draft"), row(401, 403, 403, 404, 403, 403, 401)],
  ["articles.sendReviewLink", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
  // The desk's assigned editor, due date and priority: an editor's call, never a writer's, even on their own piece.
  ["articles.assign", ALL, row(401, 403, 403, 404, "allow", "allow", 401)],
];

// Where a division names its own editors, other editors may read its pieces but not act on them.
// Columns: the division's editor, an editor of no division, admin.
type DivisionRow = [ArticleAction, ArticleStatus[], { divisionEditor: Outcome; outsideEditor: Outcome; admin: Outcome }];
const divisionMatrix: DivisionRow[] = articleActions.flatMap((action): DivisionRow[] => {
  if (action === "articles.read") return [[action, ALL, { divisionEditor: "allow", outsideEditor: "allow", admin: "allow" }]];
  // Nobody here created the pieces: discarding is their creator's alone.
  if (action === "articles.discard") return [[action, ALL, { divisionEditor: 403, outsideEditor: 403, admin: 403 }]];
  if (action === "articles.edit") {
    return [
      [action, [...WRITER_EDITABLE, ...EDITOR_ONLY_EDITABLE], { divisionEditor: "allow", outsideEditor: 403, admin: "allow" }],
      [action, LOCKED, { divisionEditor: 403, outsideEditor: 403, admin: 403 }],
    ];
  }
  return [[action, ALL, { divisionEditor: "allow", outsideEditor: 403, admin: "allow" }]];
});

// Columns: anonymous, writer, editor, admin, disabled admin.
const siteMatrix: [SiteAction, Outcome, Outcome, Outcome, Outcome, Outcome][] = [
  ["studio.enter", 401, "allow", "allow", "allow", 401],
  ["articles.create", 401, "allow", "allow", "allow", 401],
  ["articles.assignAuthors", 401, 403, "allow", "allow", 401],
  ["articles.viewReviewQueue", 401, 403, "allow", "allow", 401],
  ["comments.moderate", 401, 403, "allow", "allow", 401],
  ["authors.manage", 401, 403, "allow", "allow", 401],
  ["taxonomy.manage", 401, 403, "allow", "allow", 401],
  ["divisions.assignEditors", 401, 403, 403, "allow", 401],
  ["disclaimers.manage", 401, 403, "allow", "allow", 401],
  ["audit.view", 401, 403, "allow", "allow", 401],
  ["outbox.view", 401, 403, 403, "allow", 401],
  ["users.manage", 401, 403, 403, "allow", 401],
  ["media.browse", 401, "allow", "allow", "allow", 401],
  ["media.upload", 401, "allow", "allow", "allow", 401],
  ["media.manage", 401, 403, "allow", "allow", 401],
  ["import.run", 401, 403, 403, "allow", 401],
  ["settings.manage", 401, 403, 403, "allow", 401],
  ["pitches.file", 401, "allow", "allow", "allow", 401],
  ["pitches.decide", 401, 403, "allow", "allow", 401],
  ["identifiers.manage", 401, 403, "allow", "allow", 401],
];

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    await run();
    return "allow";
  } catch (error) {
    if (error instanceof DomainError) return error.status as Outcome;
    throw error;
  }
}

/** The user a request would see: through a real session, resolved from the database. */
async function actorFor(user: { id: string } | null): Promise<CurrentUser | null> {
  if (!user) return null;
  const session = await createSession(user.id);
  return resolveSession(session.id);
}

describe("the matrix covers every action the code defines", () => {
  test.each([...articleActions])("%s has a row for every state", (action) => {
    const states = articleMatrix.filter(([a]) => a === action).flatMap(([, s]) => s);
    expect([...states].sort()).toEqual([...ALL].sort());
  });
  test.each([...siteActions])("%s has a row", (action) => {
    expect(siteMatrix.filter(([a]) => a === action)).toHaveLength(1);
  });
});

describe("article actions", () => {
  const actors: Partial<Record<Actors, CurrentUser | null>> = {};
  const pieces = new Map<ArticleStatus, string>();

  beforeAll(async () => {
    const owner = await makeUser("writer");
    const coauthor = await makeUser("writer");
    const disabledOwner = await makeUser("writer");
    const users = {
      owner,
      coauthor,
      otherWriter: await makeUser("writer"),
      editor: await makeUser("editor"),
      admin: await makeUser("admin"),
      disabledOwner,
    };
    actors.anonymous = null;
    for (const [name, user] of Object.entries(users)) actors[name as Actors] = await actorFor(user);
    // Disabled after signing in: the session it already has must stop counting.
    const { db } = await import("@/lib/platform/db");
    await db.user.update({ where: { id: disabledOwner.id }, data: { disabled: true } });
    actors.disabledOwner = await resolveSession((await db.session.findFirstOrThrow({ where: { userId: disabledOwner.id } })).id);

    for (const status of ALL) {
      const piece = await makeArticle({
        createdById: owner.id,
        authorIds: [owner.author!.id, coauthor.author!.id, disabledOwner.author!.id],
        status,
      });
      pieces.set(status, piece.id);
    }
  });

  const cases = articleMatrix.flatMap(([action, states, expected]) =>
    states.flatMap((status) => (Object.keys(expected) as Actors[]).map((actor) => ({ action, status, actor, expected: expected[actor] }))),
  );
  test.each(cases)("$action on a $status piece by $actor: $expected", async ({ action, status, actor, expected }) => {
    expect(await outcome(() => loadAuthorized(actors[actor] ?? null, action, pieces.get(status)!))).toBe(expected);
  });
});

describe("article actions in a division with its own editors", () => {
  const actors: Record<string, CurrentUser | null> = {};
  const pieces = new Map<ArticleStatus, string>();

  beforeAll(async () => {
    const writer = await makeUser("writer");
    const divisionEditor = await makeUser("editor");
    actors.divisionEditor = await actorFor(divisionEditor);
    actors.outsideEditor = await actorFor(await makeUser("editor"));
    actors.admin = await actorFor(await makeUser("admin"));
    const division = await makeDivision([divisionEditor.id]);
    for (const status of ALL) {
      pieces.set(
        status,
        (await makeArticle({ createdById: writer.id, authorIds: [writer.author!.id], status, divisionId: division.id })).id,
      );
    }
  });

  const cases = divisionMatrix.flatMap(([action, states, expected]) =>
    states.flatMap((status) => Object.entries(expected).map(([actor, outcome]) => ({ action, status, actor, expected: outcome }))),
  );
  test.each(cases)("$action on a $status piece by $actor: $expected", async ({ action, status, actor, expected }) => {
    expect(await outcome(() => loadAuthorized(actors[actor], action, pieces.get(status)!))).toBe(expected);
  });
});

describe("discarding a draft", () => {
  test("its creator may not once it was submitted, even after withdrawing it to a draft", async () => {
    const owner = await makeUser("writer");
    const piece = await makeArticle({ createdById: owner.id, authorIds: [owner.author!.id], status: "draft" });
    const { db } = await import("@/lib/platform/db");
    await db.article.update({ where: { id: piece.id }, data: { submittedAt: new Date() } });
    const actor = await actorFor(owner);
    expect(await outcome(() => loadAuthorized(actor, "articles.discard", piece.id))).toBe(403);
  });

  test("an editor may discard a draft they started themselves", async () => {
    const editor = await makeUser("editor");
    const piece = await makeArticle({ createdById: editor.id, authorIds: [], status: "draft" });
    const actor = await actorFor(editor);
    expect(await outcome(() => loadAuthorized(actor, "articles.discard", piece.id))).toBe("allow");
  });
});

// Four-eyes sign-off (lib/permissions.ts fourEyesRefusal): approving a piece in review that an
// editor created and submitted, by that editor or another, under the site's setting and the
// division's override (null follows the site). Admins are not exempt (tests/integration/four-eyes.test.ts).
type FourEyesRow = [label: string, site: boolean, division: boolean | null, approver: "submitter" | "otherEditor", expected: Outcome];
const fourEyesMatrix: FourEyesRow[] = [
  ["own submission refused", true, null, "submitter", 403],
  ["another editor allowed", true, null, "otherEditor", "allow"],
  ["division override off allows", true, false, "submitter", "allow"],
  ["division override on refuses", false, true, "submitter", 403],
  ["site off allows", false, null, "submitter", "allow"],
  ["site off, another editor allowed", false, null, "otherEditor", "allow"],
];

describe("four-eyes: articles.approve on an editor's own submission", () => {
  test.each(fourEyesMatrix)("%s", async (_label, site, override, approver, expected) => {
    await db.siteSettings.upsert({
      where: { id: 1 },
      create: { id: 1, siteName: "Test", organisation: "Test", timeZone: "UTC", fourEyes: site },
      update: { fourEyes: site },
    });
    const division = await db.division.update({ where: { id: (await makeDivision()).id }, data: { fourEyes: override } });
    const submitter = await actorFor(await makeUser("editor"));
    const piece = await createArticle(submitter, { title: "Own work", body: sampleBody, divisionId: division.id });
    await transition(submitter, piece.id, "submit");
    const who = approver === "submitter" ? submitter : await actorFor(await makeUser("editor"));
    expect(await outcome(() => loadAuthorized(who, "articles.approve", piece.id))).toBe(expected);
    // Not left in review: the lists below count what waits there.
    await db.article.delete({ where: { id: piece.id } });
  });
  afterAll(() => db.siteSettings.update({ where: { id: 1 }, data: { fourEyes: true } }));
});

describe("site actions", () => {
  const actors: (CurrentUser | null)[] = [];

  beforeAll(async () => {
    const disabledAdmin = await makeUser("admin");
    actors.push(
      null,
      await actorFor(await makeUser("writer")),
      await actorFor(await makeUser("editor")),
      await actorFor(await makeUser("admin")),
    );
    const session = await createSession(disabledAdmin.id);
    const { db } = await import("@/lib/platform/db");
    await db.user.update({ where: { id: disabledAdmin.id }, data: { disabled: true } });
    actors.push(await resolveSession(session.id));
  });

  const names = ["anonymous", "writer", "editor", "admin", "disabled admin"];
  const cases = siteMatrix.flatMap(([action, ...expected]) =>
    expected.map((outcome, i) => ({ action, actor: names[i], index: i, expected: outcome })),
  );
  test.each(cases)("$action by $actor: $expected", async ({ action, index, expected }) => {
    expect(await outcome(() => authorizeSite(actors[index], action))).toBe(expected);
  });
});

// The list scopes: which pieces each studio list shows each person, through the real lists and
// the database. A writer sees what they created or are an author of; editors (a division's own
// editor or not) and admins see every piece, since a division narrows what an editor may do to
// its pieces, not what they see.
type Piece = "ownDraft" | "ownSubmitted" | "coauthored" | "otherSubmitted" | "divisionSubmitted" | "ownPublished" | "otherScheduled";
type Lister = "anonymous" | "writer" | "coauthor" | "otherWriter" | "editor" | "divisionEditor" | "admin";
/** The pieces listed, in any order; a status when the list is refused; null when the person's page has no such list. */
type Listed = Piece[] | 401 | 403 | null;
const lists = (
  anonymous: Listed,
  writer: Listed,
  coauthor: Listed,
  otherWriter: Listed,
  editor: Listed,
  divisionEditor: Listed,
  admin: Listed,
): Record<Lister, Listed> => ({ anonymous, writer, coauthor, otherWriter, editor, divisionEditor, admin });

/** Every row of a keyset-paged list, following its "next" cursors to the end: a scope is proven on all of it, not page 1. */
async function everyPage<T>(read: (input: { after?: string }) => Promise<{ items: T[]; next: Cursor | null }>): Promise<T[]> {
  const rows: T[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await read({ after });
    rows.push(...page.items);
    if (!page.next) return rows;
    after = encodeCursor(page.next);
  }
  throw new Error("The list did not end after 1,000 pages.");
}
const studioList = (actor: CurrentUser | null) => everyPage((input) => listStudioArticles(actor, input));

const EVERY: Piece[] = ["ownDraft", "ownSubmitted", "coauthored", "otherSubmitted", "divisionSubmitted", "ownPublished", "otherScheduled"];
const SUBMITTED: Piece[] = ["ownSubmitted", "otherSubmitted", "divisionSubmitted"];

// Columns: anonymous, the writer, their co-author, another writer, an editor of no division, the
// division's editor, admin.
const listMatrix: [string, (actor: CurrentUser | null) => Promise<{ id: string }[] | null>, Record<Lister, Listed>][] = [
  [
    "studio list",
    studioList,
    lists(
      401,
      ["ownDraft", "ownSubmitted", "ownPublished"],
      ["ownDraft", "ownSubmitted", "coauthored"],
      ["coauthored", "otherSubmitted", "divisionSubmitted", "otherScheduled"],
      EVERY,
      EVERY,
      EVERY,
    ),
  ],
  [
    "review queue",
    (actor) => everyPage((input) => listReviewQueue(actor, input)),
    lists(401, 403, 403, 403, SUBMITTED, SUBMITTED, SUBMITTED),
  ],
  [
    "dashboard: awaiting review",
    async (actor) => (await getDashboard(actor)).awaiting,
    lists(401, ["ownSubmitted"], ["ownSubmitted"], ["otherSubmitted", "divisionSubmitted"], SUBMITTED, SUBMITTED, SUBMITTED),
  ],
  [
    "dashboard: scheduled",
    async (actor) => (await getDashboard(actor)).scheduled,
    lists(401, [], [], ["otherScheduled"], ["otherScheduled"], ["otherScheduled"], ["otherScheduled"]),
  ],
  [
    "dashboard: recently published",
    async (actor) => (await getDashboard(actor)).recentlyPublished.map((p) => ({ id: p.articleId })),
    lists(401, ["ownPublished"], [], [], ["ownPublished"], ["ownPublished"], ["ownPublished"]),
  ],
  ["dashboard: all commentaries", async (actor) => (await getDashboard(actor)).all, lists(401, null, null, null, EVERY, EVERY, EVERY)],
];

describe("studio lists", () => {
  const actors: Partial<Record<Lister, CurrentUser | null>> = {};
  const pieces = new Map<Piece, string>();
  const pieceNamed = new Map<string, Piece>();

  /** Only this block's pieces: the other blocks of this file leave theirs in the database. */
  async function listed(run: () => Promise<{ id: string }[] | null>): Promise<Listed> {
    try {
      const rows = await run();
      if (rows === null) return null;
      return rows.flatMap((row) => pieceNamed.get(row.id) ?? []).sort();
    } catch (error) {
      if (error instanceof DomainError && (error.status === 401 || error.status === 403)) return error.status;
      throw error;
    }
  }

  const own = (user: Awaited<ReturnType<typeof makeUser>>) => {
    if (!user.author) throw new Error("The test user has no author profile.");
    return user.author.id;
  };

  beforeAll(async () => {
    const writer = await makeUser("writer");
    const coauthor = await makeUser("writer");
    const otherWriter = await makeUser("writer");
    const divisionEditor = await makeUser("editor");
    const admin = await makeUser("admin");
    const division = await makeDivision([divisionEditor.id]);
    const users = { writer, coauthor, otherWriter, editor: await makeUser("editor"), divisionEditor, admin };
    actors.anonymous = null;
    for (const [name, user] of Object.entries(users)) actors[name as Lister] = await actorFor(user);

    const made: Record<Piece, { id: string }> = {
      ownDraft: await makeArticle({ createdById: writer.id, authorIds: [own(writer), own(coauthor)] }),
      ownSubmitted: await makeArticle({ createdById: writer.id, authorIds: [own(writer), own(coauthor)], status: "in_review" }),
      // Linked as an author without having created it.
      coauthored: await makeArticle({ createdById: otherWriter.id, authorIds: [own(otherWriter), own(coauthor)] }),
      otherSubmitted: await makeArticle({ createdById: otherWriter.id, authorIds: [own(otherWriter)], status: "in_review" }),
      divisionSubmitted: await makeArticle({
        createdById: otherWriter.id,
        authorIds: [own(otherWriter)],
        status: "in_review",
        divisionId: division.id,
      }),
      ownPublished: await publishPiece(admin, { title: "Published", authorIds: [own(writer)] }),
      otherScheduled: await publishPiece(admin, {
        title: "Scheduled",
        authorIds: [own(otherWriter)],
        publishAt: new Date(Date.now() + 86_400_000),
      }),
    };
    for (const [name, piece] of Object.entries(made) as [Piece, { id: string }][]) {
      pieces.set(name, piece.id);
      pieceNamed.set(piece.id, name);
    }
  });

  const cases = listMatrix.flatMap(([list, run, expected]) =>
    (Object.keys(expected) as Lister[]).map((actor) => ({ list, run, actor, expected: expected[actor] })),
  );
  test.each(cases)("$list for $actor", async ({ run, actor, expected }) => {
    expect(await listed(() => run(actors[actor] ?? null))).toEqual(Array.isArray(expected) ? [...expected].sort() : expected);
  });

  test.each(["writer", "coauthor", "otherWriter", "editor", "divisionEditor", "admin"] as const)(
    "the studio list shows %s exactly the pieces they may read",
    async (actor) => {
      const readable: Piece[] = [];
      for (const [name, id] of pieces) {
        if ((await outcome(() => loadAuthorized(actors[actor] ?? null, "articles.read", id))) === "allow") readable.push(name);
      }
      expect(await listed(() => studioList(actors[actor] ?? null))).toEqual(readable.sort());
    },
  );

  test("no one signed in, or a disabled account, has an empty scope, and an empty scope matches no piece", async () => {
    expect(articleListScope(null)).toEqual({ kind: "none" });
    expect(articleListScope({ id: "w", role: "writer", disabled: true })).toEqual({ kind: "none" });
    expect(articleListScope({ id: "a", role: "admin", disabled: true })).toEqual({ kind: "none" });
    const { db } = await import("@/lib/platform/db");
    expect(await db.article.count({ where: articleScopeWhere({ kind: "none" }) })).toBe(0);
    expect(await db.article.count()).toBeGreaterThan(0);
  });
});
