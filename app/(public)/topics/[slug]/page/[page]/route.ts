import { legacyCollectionRedirect } from "@/lib/reader/legacy-pages";

// The old offset paging's page N: a permanent redirect to the same place by cursor.
export function GET(_request: Request, context: { params: Promise<{ slug: string; page: string }> }) {
  return legacyCollectionRedirect("topic", context.params);
}
