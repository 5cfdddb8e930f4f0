// Four-eyes sign-off: whoever submitted or substantially edited a version may not approve it, and
// whoever substantially edited it after approval may not publish it; the site's setting, a
// division's override, and refusals that name the rule. Through the real workflow and database.
import { db } from "@/lib/platform/db";
import { ForbiddenError } from "@/lib/platform/errors";
import { createArticle, loadAuthorized, saveArticle } from "@/lib/editorial/working-copy";
import { transition } from "@/lib/editorial/workflow";
import { getArticleOverview } from "@/lib/editorial/overview";
import { restoreRevision } from "@/lib/editorial/revision-history";
import { changedWords, SUBSTANTIAL_WORDS } from "@/lib/editorial/sign-off";
import { updateDivision } from "@/lib/admin/divisions";
import { makeDivision, makeUser } from "../helpers/db";
import { actorFor } from "../helpers/actors";
import { doc, type User } from "../helpers/pieces";

let editorA: User;
let editorB: User;
let admin: User;
let writer: User;

const longText = "The committee met three times this year and each time it postponed the vote on the new maritime code.";
const SUBMITTED = "Four-eyes rule: you submitted this version, so another editor must approve it.";
const EDITED = "Four-eyes rule: you substantially edited this version, so another editor must approve it.";

async function setSiteFourEyes(on: boolean) {
  await db.siteSettings.upsert({
    where: { id: 1 },
    create: { id: 1, siteName: "Test", organisation: "Test", timeZone: "UTC", fourEyes: on },
    update: { fourEyes: on },
  });
}

/** A piece the person created with real text and submitted themselves. */
async function submittedBy(person: User, options: { divisionId?: string | null } = {}) {
  const me = await actorFor(person);
  const piece = await createArticle(me, { title: "Ports and Power", body: doc(longText), divisionId: options.divisionId ?? null });
  await transition(me, piece.id, "submit");
  return piece.id;
}

/** Saves the piece's text as `person`, from the version it is at now. */
async function saveText(person: User, id: string, body: string, title = "Ports and Power") {
  const { version } = await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } });
  await saveArticle(await actorFor(person), id, version, { title, body: doc(body) });
}

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (error instanceof ForbiddenError) return error.message;
    throw error;
  }
  return "allowed";
}

beforeAll(async () => {
  editorA = await makeUser("editor");
  editorB = await makeUser("editor");
  admin = await makeUser("admin");
  writer = await makeUser("writer");
});

beforeEach(() => setSiteFourEyes(true));

describe("the matrix: approving one's own submission", () => {
  // Each row: who submits, who approves, the site's setting, the division's override, the outcome.
  type Case = [string, () => User, () => User, boolean, boolean | null, "allowed" | string];
  const cases: Case[] = [
    ["own submission refused (editor)", () => editorA, () => editorA, true, null, SUBMITTED],
    ["own submission refused (admin: not exempt)", () => admin, () => admin, true, null, SUBMITTED],
    ["another editor allowed", () => editorA, () => editorB, true, null, "allowed"],
    ["a writer's submission, approved by an editor", () => writer, () => editorA, true, null, "allowed"],
    ["division override off allows", () => editorA, () => editorA, true, false, "allowed"],
    ["division override on refuses though the site is off", () => editorA, () => editorA, false, true, SUBMITTED],
    ["site off allows", () => editorA, () => editorA, false, null, "allowed"],
  ];
  test.each(cases)("%s", async (_name, submitter, approver, site, division, expected) => {
    await setSiteFourEyes(site);
    const divisionId = (await makeDivision()).id;
    await db.division.update({ where: { id: divisionId }, data: { fourEyes: division } });
    const id = await submittedBy(submitter(), { divisionId });
    expect(await refusal(async () => transition(await actorFor(approver()), id, "approve"))).toBe(expected);
    const { status } = await db.article.findUniqueOrThrow({ where: { id }, select: { status: true } });
    expect(status).toBe(expected === "allowed" ? "approved" : "in_review");
  });
});

test("transition takes the actor itself: the refusal comes from the workflow, named, and nothing changes", async () => {
  const id = await submittedBy(editorA);
  const before = await db.revision.count({ where: { articleId: id } });
  await expect(transition(await actorFor(editorA), id, "approve")).rejects.toThrow(SUBMITTED);
  expect(await db.revision.count({ where: { articleId: id } })).toBe(before);
  expect(await db.auditEvent.count({ where: { articleId: id, action: "articles.approve" } })).toBe(0);
});

test("an editor who substantially rewrote a writer's submission may not approve it; a typo fix does not count", async () => {
  const w = await actorFor(writer);
  const piece = await createArticle(w, { title: "Ports and Power", body: doc(longText) });
  await transition(w, piece.id, "submit");

  // Editor B fixes one word: still free to approve. Editor A rewrites the paragraph: not.
  await saveText(editorB, piece.id, longText.replace("committee", "Committee"));
  await saveText(editorA, piece.id, "An entirely different opening that argues the opposite case with new evidence from three ports.");
  expect(await refusal(async () => loadAuthorized(await actorFor(editorA), "articles.approve", piece.id))).toBe(EDITED);
  await transition(await actorFor(editorB), piece.id, "approve");
  expect((await db.article.findUniqueOrThrow({ where: { id: piece.id } })).status).toBe("approved");
});

test("many small autosaves by one person add up to a substantial edit", async () => {
  const w = await actorFor(writer);
  const piece = await createArticle(w, { title: "Ports and Power", body: doc(longText) });
  await transition(w, piece.id, "submit");
  let text = longText;
  for (const word of ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"]) {
    text = `${text} ${word}`;
    await saveText(editorA, piece.id, text);
  }
  // Seven words added, one save at a time: under the threshold still.
  expect(await refusal(async () => loadAuthorized(await actorFor(editorA), "articles.approve", piece.id))).toBe("allowed");
  for (const word of ["hotel", "india", "juliet", "kilo"]) {
    text = `${text} ${word}`;
    await saveText(editorA, piece.id, text);
  }
  expect(await refusal(async () => loadAuthorized(await actorFor(editorA), "articles.approve", piece.id))).toBe(EDITED);
});

test("restoring an older text is an edit like any other", async () => {
  const w = await actorFor(writer);
  const piece = await createArticle(w, { title: "Ports and Power", body: doc(longText) });
  await saveText(writer, piece.id, "A complete rewrite by the writer with a new argument about shipping lanes and tariffs.");
  await transition(w, piece.id, "submit");
  const { version } = await db.article.findUniqueOrThrow({ where: { id: piece.id }, select: { version: true } });
  await restoreRevision(await actorFor(editorA), piece.id, 1, version);
  expect(await refusal(async () => loadAuthorized(await actorFor(editorA), "articles.approve", piece.id))).toBe(EDITED);
});

test("edits before the last publication do not count against approving the next version", async () => {
  // Editor A wrote the first version; B approved and published it.
  const id = await submittedBy(editorA);
  await transition(await actorFor(editorB), id, "approve");
  await transition(await actorFor(editorB), id, "publish");
  // B reopens it, rewrites the ending and submits the new version.
  await transition(await actorFor(editorB), id, "newVersion");
  await saveText(editorB, id, `${longText} A new closing paragraph with several more words about the vote and its consequences.`);
  await transition(await actorFor(editorB), id, "submit");
  // A wrote the first version only: A may approve B's new one.
  await transition(await actorFor(editorA), id, "approve");
  expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("approved");
});

describe("no way around approval to publication", () => {
  test("publishing needs an approved piece: from draft or in review it is refused, whoever asks", async () => {
    const id = await submittedBy(editorA);
    await expect(transition(await actorFor(editorA), id, "publish")).rejects.toThrow(/in review, so it cannot be published now/);
    await expect(transition(await actorFor(editorA), id, "schedule", { publishAt: new Date(Date.now() + 3600_000) })).rejects.toThrow(
      /cannot be scheduled now/,
    );
    const a = await actorFor(editorA);
    const draft = await createArticle(a, { title: "Straight to press", body: doc(longText) });
    await expect(transition(a, draft.id, "publish")).rejects.toThrow(/draft, so it cannot be published now/);
  });

  test("rewriting a piece after another editor approved it: the rewriter may not publish or schedule it, another editor may", async () => {
    const id = await submittedBy(editorA);
    await transition(await actorFor(editorB), id, "approve");
    await saveText(editorA, id, "After approval the author replaced everything with a different argument about naval budgets.");
    const rule = "Four-eyes rule: you substantially edited this piece after it was approved, so another editor must publish it.";
    await expect(transition(await actorFor(editorA), id, "publish")).rejects.toThrow(rule);
    await expect(transition(await actorFor(editorA), id, "schedule", { publishAt: new Date(Date.now() + 3600_000) })).rejects.toThrow(rule);
    await transition(await actorFor(editorB), id, "publish");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("published");
  });

  test("the one who submitted may publish once someone else approved", async () => {
    const id = await submittedBy(editorA);
    await transition(await actorFor(editorB), id, "approve");
    await transition(await actorFor(editorA), id, "publish");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("published");
  });
});

test("the overview hides Approve from the submitter and says why; another editor sees it", async () => {
  const id = await submittedBy(editorA);
  const own = await getArticleOverview(await actorFor(editorA), id);
  expect(own.actions).not.toContain("approve");
  expect(own.actions).toContain("requestChanges");
  expect(own.fourEyes).toBe(SUBMITTED);
  const other = await getArticleOverview(await actorFor(editorB), id);
  expect(other.actions).toContain("approve");
  expect(other.fourEyes).toBeNull();
  // A writer is not told about a rule that is not what stops them.
  const w = await actorFor(writer);
  const piece = await createArticle(w, { title: "Mine", body: doc(longText) });
  await transition(w, piece.id, "submit");
  expect((await getArticleOverview(w, piece.id)).fourEyes).toBeNull();
});

test("changed words count what was added and removed in title, standfirst and body", () => {
  const base = { title: "A title", standfirst: "", body: doc("one two three") };
  expect(changedWords(base, base)).toBe(0);
  expect(changedWords(base, { ...base, body: doc("one too three") })).toBe(2);
  expect(changedWords(base, { ...base, title: "A new title", standfirst: "Four more words here" })).toBe(5);
  expect(SUBSTANTIAL_WORDS).toBe(10);
});

test("a division's override is an admin's to set, and an editor's edit of the division leaves it as it is", async () => {
  const division = await makeDivision();
  const fields = { name: division.name, slug: division.slug, description: "" };
  await expect(updateDivision(await actorFor(editorA), division.id, { ...fields, fourEyes: "off" })).rejects.toThrow(
    "Only an admin can change a division's four-eyes rule.",
  );
  await updateDivision(await actorFor(admin), division.id, { ...fields, fourEyes: "off" });
  expect((await db.division.findUniqueOrThrow({ where: { id: division.id } })).fourEyes).toBe(false);
  // The editor's form does not send the field: the rule stays off.
  await updateDivision(await actorFor(editorA), division.id, { ...fields, description: "Seas." });
  expect((await db.division.findUniqueOrThrow({ where: { id: division.id } })).fourEyes).toBe(false);
  await updateDivision(await actorFor(admin), division.id, { ...fields, fourEyes: "site" });
  expect((await db.division.findUniqueOrThrow({ where: { id: division.id } })).fourEyes).toBeNull();
  const event = await db.auditEvent.findFirstOrThrow({
    where: { action: "divisions.update", subject: `division:${division.id}` },
    orderBy: { createdAt: "asc" },
  });
  expect(event.details).toMatchObject({ fourEyes: { from: null, to: false } });
});
