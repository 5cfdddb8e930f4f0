// A rendition of a library image (lib/media/urls.ts names them, lib/media/renditions.ts makes
// them). Public: an image is as public as the pages that show it.
import { mediaResponse } from "@/lib/media/serve";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ id: string; rev: string; file: string }> }) {
  const { id, rev, file } = await context.params;
  return mediaResponse(request, id, rev, file);
}
