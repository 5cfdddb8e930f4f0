// What a save answers the editor, from the save action and the keepalive route alike: the new
// version, and the merged piece when the save was merged with someone else's.
import "server-only";
import type { EditableArticle, SaveResult } from "./working-copy";

export type SavedFields = { id: string; slug: string; version: number; savedAt: string } & (
  { merged?: undefined } | { merged: true; article: EditableArticle }
);

export function savedFields(saved: SaveResult): SavedFields {
  const fields = { id: saved.id, slug: saved.slug, version: saved.version, savedAt: saved.updatedAt.toISOString() };
  return saved.merged ? { ...fields, merged: true, article: saved.merged } : fields;
}
