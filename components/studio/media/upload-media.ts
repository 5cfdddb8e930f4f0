// Uploads one image to the media library (POST /api/media) from the browser. XMLHttpRequest
// rather than fetch: only it reports the upload's progress. Rejects with the server's own
// message (the file is too large, not an image, damaged...), which the caller shows by the
// file's name.
import type { MediaItem } from "@/lib/media/types";
import { paths } from "@/lib/platform/paths";

export function uploadMedia(file: File, options: { articleId?: string; onProgress?(fraction: number): void } = {}): Promise<MediaItem> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append("file", file, file.name);
    if (options.articleId) form.append("articleId", options.articleId);
    const request = new XMLHttpRequest();
    request.open("POST", paths.api.media());
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { media?: MediaItem; error?: string } | null;
      if (request.status === 201 && body?.media) {
        options.onProgress?.(1);
        resolve(body.media);
      } else {
        // A proxy in front may refuse before the app does, with a page of its own rather than JSON.
        const fallback =
          request.status === 413 ? `“${file.name}” is too large to upload.` : `The upload of “${file.name}” failed (${request.status}).`;
        reject(new Error(body?.error ?? fallback));
      }
    };
    request.onerror = () => reject(new Error(`The upload of “${file.name}” failed: check the connection and try again.`));
    request.send(form);
  });
}
