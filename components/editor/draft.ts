// The editor's working state of a piece, and how it becomes a save request.
import type { JSONContent } from "@tiptap/core";
import slugify from "slugify";
import type { EditableArticle } from "@/lib/editorial/working-copy";
import type { MergeablePiece } from "@/lib/content/merge";

/** The fields of a save (the ones a merge compares), and whether the slug was typed. */
export interface Draft extends MergeablePiece {
  /** Until the writer types a slug, it follows the title. */
  slugEdited: boolean;
}

export const emptyBody = (): JSONContent => ({ type: "doc", content: [{ type: "paragraph" }] });

export const slugFromTitle = (title: string) =>
  slugify(title, { lower: true, strict: true, locale: "en" }).slice(0, 100).replace(/-+$/, "");

export function draftFromArticle(article: EditableArticle): Draft {
  const { title, standfirst, slug, body, authorIds, divisionId, seriesId, disclaimerId, topicIds, leadImageId } = article;
  return { title, standfirst, slug, slugEdited: true, body, authorIds, divisionId, seriesId, disclaimerId, topicIds, leadImageId };
}

export function newDraft(ownAuthorId: string | null): Draft {
  return {
    title: "",
    standfirst: "",
    slug: "",
    slugEdited: false,
    body: emptyBody(),
    authorIds: ownAuthorId ? [ownAuthorId] : [],
    divisionId: null,
    seriesId: null,
    disclaimerId: null,
    topicIds: [],
    leadImageId: null,
  };
}

/** What the server's save takes. A slug that still follows the title is left to the server, which keeps it unique. */
export function saveInput(draft: Draft, created: boolean) {
  const { slugEdited, slug, body, ...rest } = draft;
  // ProseMirror builds attrs without Object.prototype, which server actions cannot send: copy to plain JSON.
  return { ...rest, body: JSON.parse(JSON.stringify(body)) as JSONContent, slug: slugEdited || created ? slug.trim() : undefined };
}

/** Only what a writer changes: the numbers and ids the footnote plugin and the server recompute are left out. */
function essentials(node: JSONContent): unknown {
  const attrs = node.attrs ?? {};
  const kept = Object.fromEntries(
    ["level", "start", "data-id"].filter((k) => attrs[k] !== undefined && attrs[k] !== null).map((k) => [k, attrs[k]]),
  );
  return {
    t: node.type,
    x: node.text,
    a: Object.keys(kept).length ? kept : undefined,
    m: node.marks?.map((m) => (m.type === "link" ? `link:${String(m.attrs?.href)}` : m.type)),
    c: node.content?.map(essentials),
  };
}

/** Two drafts with the same key hold the same text and settings. */
export function draftKey(draft: Draft) {
  const { slugEdited, body, ...rest } = draft;
  return JSON.stringify({ ...rest, slug: slugEdited ? draft.slug : "", topicIds: [...draft.topicIds].sort(), body: essentials(body) });
}
