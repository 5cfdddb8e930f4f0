// Comparing two revisions of a piece: a diff of title, standfirst, body (as plain text, one
// paragraph per block, figures and table rows in words) and metadata (names, not ids), word by
// word within the budget of lib/editorial/text-diff.ts and paragraph by paragraph beyond it;
// and the changes to the body's images and tables, told in words (./body-structure.ts).
import "server-only";
import { loadAuthorized } from "./working-copy";
import { figureMediaIds } from "../content";
import { db } from "../platform/db";
import type { Actor } from "../permissions";
import { loadRevision, type RevisionMeta } from "./revisions";
import { diffParagraphs, type TextDiff } from "./text-diff";
import { bodyParagraphs, structuralChanges } from "./body-structure";
import { licenceFor } from "../reader/licences";

export interface FieldDiff extends TextDiff {
  label: string;
  changed: boolean;
}

function diffField(label: string, before: string[], after: string[]): FieldDiff {
  return { label, changed: before.length !== after.length || before.some((p, i) => p !== after[i]), ...diffParagraphs(before, after) };
}

/** A one-line field as paragraphs: none when empty. */
const line = (text: string) => (text ? [text] : []);

async function metaNames(metas: RevisionMeta[]) {
  const ids = (pick: (m: RevisionMeta) => (string | null)[]) => [...new Set(metas.flatMap(pick).filter((id): id is string => Boolean(id)))];
  const [authors, divisions, series, disclaimers, topics, images] = await Promise.all([
    db.authorProfile.findMany({ where: { id: { in: ids((m) => m.authorIds) } }, select: { id: true, displayName: true } }),
    db.division.findMany({ where: { id: { in: ids((m) => [m.divisionId]) } }, select: { id: true, name: true } }),
    db.series.findMany({ where: { id: { in: ids((m) => [m.seriesId]) } }, select: { id: true, name: true } }),
    db.disclaimer.findMany({ where: { id: { in: ids((m) => [m.disclaimerId]) } }, select: { id: true, name: true } }),
    db.topic.findMany({ where: { id: { in: ids((m) => m.topicIds) } }, select: { id: true, name: true } }),
    db.mediaAsset.findMany({ where: { id: { in: ids((m) => [m.leadImageId]) } }, select: { id: true, title: true } }),
  ]);
  const names = new Map<string, string>([
    ...authors.map((a) => [a.id, a.displayName] as const),
    ...[...divisions, ...series, ...disclaimers, ...topics].map((x) => [x.id, x.name] as const),
    ...images.map((x) => [x.id, x.title] as const),
  ]);
  const name = (id: string | null) => (id ? (names.get(id) ?? "(since deleted)") : "none");
  const list = (list: string[]) => (list.length ? list.map(name).join(", ") : "none");
  return (m: RevisionMeta): [string, string][] => [
    ["Slug", m.slug],
    ["Authors", list(m.authorIds)],
    ["Division", name(m.divisionId)],
    ["Series", name(m.seriesId)],
    ["Disclaimer", name(m.disclaimerId)],
    ["Topics", list(m.topicIds)],
    ["Lead image", name(m.leadImageId)],
    ["DOI", m.doi ?? "none"],
    ["Licence", m.licence === null ? "the site's default" : (licenceFor(m.licence)?.name ?? m.licence)],
    ["First published in", m.firstPublishedIn || "none (first published here)"],
    ["Canonical URL", m.canonicalUrl || "this site's page"],
  ];
}

/** What changed from revision `from` to revision `to` of a piece. */
export async function compareRevisions(actor: Actor | null, articleId: string, from: number, to: number) {
  await loadAuthorized(actor, "articles.read", articleId);
  const [a, b] = await Promise.all([loadRevision(articleId, from), loadRevision(articleId, to)]);
  const mediaIds = [...new Set([...figureMediaIds(a.body), ...figureMediaIds(b.body)])];
  const [describe, media] = await Promise.all([
    metaNames([a.meta, b.meta]),
    db.mediaAsset.findMany({ where: { id: { in: mediaIds } }, select: { id: true, title: true } }),
  ]);
  const before = describe(a.meta);
  const after = describe(b.meta);
  const revision = (r: typeof a) => ({ number: r.number, kind: r.kind, createdAt: r.createdAt });
  return {
    from: revision(a),
    to: revision(b),
    text: [
      diffField("Title", line(a.title), line(b.title)),
      diffField("Standfirst", line(a.standfirst), line(b.standfirst)),
      diffField("Body", bodyParagraphs(a.body), bodyParagraphs(b.body)),
    ],
    meta: before.map(([label, value], i) => diffField(label, line(value), line(after[i][1]))),
    /** Images and tables added, removed or changed, in words. */
    structure: structuralChanges(a.body, b.body, new Map(media.map((m) => [m.id, m.title]))),
  };
}

export type RevisionComparison = Awaited<ReturnType<typeof compareRevisions>>;
