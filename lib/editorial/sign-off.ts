// Four-eyes sign-off (ARCHITECTURE.md, "The workflow"): the facts lib/permissions.ts's
// `fourEyesRefusal` reads. Whether the rule holds for a piece (its division's setting, else the
// site's), who submitted the version under review, and who substantially edited it since its last
// sign-off.
//
// "Substantially edited": since the piece's last sign-off (its latest approve, publish, schedule
// or import revision; since its creation if it has none), the person's saves changed more than
// SUBSTANTIAL_WORDS words of its title, standfirst and body together, counted as words added plus
// words removed by the revision comparison's diff (lib/editorial/text-diff.ts). So a few typos
// fixed by the approver do not count, a rewritten sentence does, and so does a restore of an
// older text; metadata (byline, topics, division, lead image) never does. A person's consecutive
// saves (autosave makes hundreds) are compared as one stretch: the text before their first and
// after their last.
import "server-only";
import type { JSONContent } from "@tiptap/core";
import { db, type Tx } from "../platform/db";
import { getSiteSettings } from "../platform/site-settings";
import { bodyParagraphs } from "./body-structure";
import { diffParagraphs } from "./text-diff";

/** More changed words than this, across one person's saves since the last sign-off, is a substantial edit. */
export const SUBSTANTIAL_WORDS = 10;

/** Revisions that sign a version off: what came before them was seen by a second person. */
const SIGN_OFF_KINDS = ["approve", "publish", "schedule", "import"];

/** Revisions that change a status and never the text (lib/editorial/workflow.ts's transitions). */
const STATUS_ONLY_KINDS: ReadonlySet<string> = new Set([
  "submit",
  "withdraw",
  "requestChanges",
  "approve",
  "publish",
  "schedule",
  "unpublish",
  "archive",
  "newVersion",
  "import",
]);

export interface SignOffFacts {
  fourEyes: boolean;
  submittedById: string | null;
  substantialEditorIds: readonly string[] | null;
}

/** For checks that do not read the rule: assumed on, and the editors not worked out, so it refuses rather than guesses. */
export const signOffNotWorkedOut: SignOffFacts = { fourEyes: true, submittedById: null, substantialEditorIds: null };

/** The WordPress import moves an archive already public elsewhere: it was signed off there. */
export const signOffNotApplicable: SignOffFacts = { fourEyes: false, submittedById: null, substantialEditorIds: [] };

/** Whether four-eyes holds for a piece: its division's override, else the site's setting. */
export async function fourEyesFor(division: { fourEyes: boolean | null } | null): Promise<boolean> {
  return division?.fourEyes ?? (await getSiteSettings()).fourEyes;
}

type Text = { title: string; standfirst: string; body: JSONContent };

const EMPTY: Text = { title: "", standfirst: "", body: { type: "doc", content: [] } };

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Words added plus words removed between two versions' title, standfirst and body. */
export function changedWords(before: Text, after: Text): number {
  const line = (text: string) => (text ? [text] : []);
  const diffs = [
    diffParagraphs(line(before.title), line(after.title)),
    diffParagraphs(line(before.standfirst), line(after.standfirst)),
    diffParagraphs(bodyParagraphs(before.body), bodyParagraphs(after.body)),
  ];
  return diffs.flatMap((d) => d.parts).reduce((sum, part) => sum + (part.added || part.removed ? wordsIn(part.value) : 0), 0);
}

/** The four-eyes facts of one piece, read through `client` (a transaction's, or the database's). */
export async function workOutSignOff(
  articleId: string,
  division: { fourEyes: boolean | null } | null,
  client: Tx | typeof db = db,
): Promise<SignOffFacts> {
  const fourEyes = await fourEyesFor(division);
  if (!fourEyes) return { fourEyes, submittedById: null, substantialEditorIds: [] };
  const [lastSignOff, lastSubmit] = await Promise.all([
    client.revision.findFirst({
      where: { articleId, kind: { in: SIGN_OFF_KINDS } },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
    client.revision.findFirst({ where: { articleId, kind: "submit" }, orderBy: { number: "desc" }, select: { userId: true } }),
  ]);
  const since = lastSignOff?.number ?? null;
  const revisions = await client.revision.findMany({
    where: { articleId, ...(since === null ? {} : { number: { gt: since } }) },
    orderBy: { number: "asc" },
    select: { number: true, kind: true, userId: true },
  });

  // Runs of one person's revisions in a row, each compared as a whole: from the text before it to its last.
  const runs: { userId: string; before: number | null; after: number }[] = [];
  let previous = since;
  let current: { userId: string | null; before: number | null; after: number; changesText: boolean } | null = null;
  const close = () => {
    if (current?.userId && current.changesText) runs.push({ userId: current.userId, before: current.before, after: current.after });
  };
  for (const revision of revisions) {
    if (!current || current.userId !== revision.userId) {
      close();
      current = { userId: revision.userId, before: previous, after: revision.number, changesText: false };
    }
    current.after = revision.number;
    current.changesText ||= !STATUS_ONLY_KINDS.has(revision.kind);
    previous = revision.number;
  }
  close();

  const numbers = [...new Set(runs.flatMap((r) => (r.before === null ? [r.after] : [r.before, r.after])))];
  const texts = new Map(
    (
      await client.revision.findMany({
        where: { articleId, number: { in: numbers } },
        select: { number: true, title: true, standfirst: true, body: true },
      })
    ).map((r) => [r.number, { title: r.title, standfirst: r.standfirst, body: r.body as JSONContent }]),
  );
  const words = new Map<string, number>();
  for (const run of runs) {
    if ((words.get(run.userId) ?? 0) > SUBSTANTIAL_WORDS) continue;
    const before = run.before === null ? EMPTY : texts.get(run.before);
    const after = texts.get(run.after);
    if (!before || !after) continue;
    words.set(run.userId, (words.get(run.userId) ?? 0) + changedWords(before, after));
  }
  return {
    fourEyes,
    submittedById: lastSubmit?.userId ?? null,
    substantialEditorIds: [...words].filter(([, n]) => n > SUBSTANTIAL_WORDS).map(([id]) => id),
  };
}
