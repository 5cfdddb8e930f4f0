// Images in a paste go into the media library before they go into the body: those carried in
// the paste (data: addresses, the clipboard's image files) are uploaded for the piece, each
// then inserted as a figure with empty alt text (the library marks it "alt text missing");
// those out of reach are counted, so the writer is told rather than left to notice.
import { uploadMedia } from "@/components/studio/media/upload-media";
import type { PastedFigure } from "@/lib/content/paste";

/** The image carried in a data: address, as a file to upload (the page may not fetch data: itself). */
export function fileFromDataUri(uri: string, name: string): File {
  const match = /^data:(image\/[a-z0-9.+-]+)((?:;[^,;]*)*?)(;base64)?,(.*)$/is.exec(uri);
  if (!match) throw new Error("Not an image.");
  const [, type, , base64, data] = match;
  const bytes = base64 ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(data));
  const extension = type.split("/")[1].replace(/\+.*$/, "");
  return new File([bytes], `${name}.${extension}`, { type });
}

export interface PastedUploads {
  /** By the image's order in the paste. */
  figures: Map<number, PastedFigure>;
  /** Images that could not be uploaded, with the server's reasons. */
  failed: string[];
}

/** Uploads each file (null: skipped), one at a time, so a paste of many images does not crowd the server. */
export async function uploadPasted(files: (File | null)[], articleId: string | undefined): Promise<PastedUploads> {
  const figures = new Map<number, PastedFigure>();
  const failed: string[] = [];
  for (const [index, file] of files.entries()) {
    if (!file) continue;
    try {
      const item = await uploadMedia(file, { articleId });
      figures.set(index, { mediaId: item.id, alt: item.alt, caption: item.caption, credit: item.credit });
    } catch (error) {
      failed.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { figures, failed };
}

const images = (n: number) => (n === 1 ? "1 image" : `${n} images`);

/** What the writer is told after a paste with images; empty when every image arrived. */
export function pasteReport({ uploaded, unreachable, failed }: { uploaded: number; unreachable: number; failed: string[] }): string {
  const parts: string[] = [];
  if (uploaded) parts.push(`${images(uploaded)} added to the media library: give ${uploaded === 1 ? "it" : "each"} alt text.`);
  if (unreachable) {
    parts.push(
      `${images(unreachable)} could not be copied (kept on your computer or elsewhere on the web, or inside a table): upload ${unreachable === 1 ? "it" : "them"} and insert ${unreachable === 1 ? "it" : "them"} with “Image”.`,
    );
  }
  if (failed.length) parts.push(`${images(failed.length)} could not be uploaded: ${failed.join(" ")}`);
  return parts.join(" ");
}
