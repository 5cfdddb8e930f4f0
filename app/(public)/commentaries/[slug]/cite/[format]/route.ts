import { citationDownload } from "@/lib/reader/citations";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await context.params;
  return citationDownload(slug, format);
}
