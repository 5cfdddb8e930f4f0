// One published piece's Crossref deposit XML, downloaded by an editor; lib/editorial/crossref checks who may.
import { getCurrentUser } from "@/lib/accounts/auth";
import { crossrefForPiece, depositResponse } from "@/lib/editorial/crossref";
import { toJsonResponse } from "@/lib/platform/http/domain-errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return depositResponse(await crossrefForPiece(await getCurrentUser(), id));
  } catch (error) {
    return toJsonResponse(error);
  }
}
