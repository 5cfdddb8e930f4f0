// A save that started from an older version than the saved one: merged with what was saved
// since, against the revision both started from (every save writes a revision numbered with
// the version it made, so the common base of a save from version N is revision N).
import "server-only";
import { describeClashes, mergePieces, type MergeablePiece } from "../content/merge";
import { loadRevision } from "./revisions";
import { NotFoundError } from "../platform/errors";

/** A save's fields as parsed: the slug and byline may be left out (then they stay as they are). */
type SaveFields = Omit<MergeablePiece, "slug"> & { slug?: string };

export type StaleMerge = { ok: true; piece: MergeablePiece } | { ok: false; reason: string };

/** Revision `number` as the fields a merge compares, or null when the piece has no such revision. */
export async function baseRevision(articleId: string, number: number): Promise<MergeablePiece | null> {
  try {
    const { title, standfirst, body, meta } = await loadRevision(articleId, number);
    return { title, standfirst, body, ...meta };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * Merges `mine` (made from version `baseVersion`) with `theirs` (the working copy now). Fails,
 * with the reason for a person, when both changed the same part or the base revision is gone.
 */
export async function mergeStaleSave(
  articleId: string,
  baseVersion: number,
  mine: SaveFields,
  theirs: MergeablePiece,
): Promise<StaleMerge> {
  const base = await baseRevision(articleId, baseVersion);
  if (!base) return { ok: false, reason: "" };
  const result = mergePieces(
    base,
    {
      ...mine,
      // A save without a slug or byline leaves them as they were.
      slug: mine.slug ?? base.slug,
      authorIds: mine.authorIds.length ? [...new Set(mine.authorIds)] : base.authorIds,
    },
    theirs,
  );
  if (result.ok) return { ok: true, piece: result.piece };
  return { ok: false, reason: ` You both changed ${describeClashes(result.clashes, mine.body)}.` };
}
