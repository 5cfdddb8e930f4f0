import { piecePdfResponse } from "@/lib/reader/pdf/serve";

// Answered per request from the cached source and the stored file (lib/reader/pdf/serve.ts): the
// ETag decides whether anything is sent.
export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  return piecePdfResponse(slug, request);
}
