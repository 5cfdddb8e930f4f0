// A batch of Crossref deposit XML (`series`, `from`, `to` in the query), downloaded by an editor;
// lib/editorial/crossref checks who may.
import { getCurrentUser } from "@/lib/accounts/auth";
import { crossrefBatch, depositResponse } from "@/lib/editorial/crossref";
import { toJsonResponse } from "@/lib/platform/http/domain-errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
    return depositResponse(await crossrefBatch(await getCurrentUser(), query));
  } catch (error) {
    return toJsonResponse(error);
  }
}
