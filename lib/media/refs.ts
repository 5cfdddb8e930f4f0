// The library's records of images as pages need them (lib/media/urls.ts's MediaRef): for the
// renderer's figures, lead images, cards and portraits. Public: what a page shows of an image is
// what its piece already shows.
import "server-only";
import { db, type Tx } from "../platform/db";
import type { MediaRef } from "./urls";

export const mediaRefSelect = {
  id: true,
  rev: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  focalX: true,
  focalY: true,
} as const;

/**
 * The records of the given images, by id; ids with no record (deleted since) are absent. Inside
 * a transaction, pass its client: the pool may have no second connection to spare.
 */
export async function loadMediaRefs(ids: readonly string[], client: Pick<Tx, "mediaAsset"> = db): Promise<Map<string, MediaRef>> {
  if (ids.length === 0) return new Map();
  const rows = await client.mediaAsset.findMany({ where: { id: { in: [...new Set(ids)] } }, select: mediaRefSelect });
  return new Map(rows.map((row) => [row.id, row]));
}
