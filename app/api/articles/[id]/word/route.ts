// A Word document read for a piece's body (multipart/form-data: `file`): answers the body, the
// title and the import's report; nothing is saved (the editor saves it once the writer has it).
import { NextResponse } from "next/server";
import { importWordIntoPieceFromRequest } from "@/lib/editorial/word-import";
import { toJsonResponse } from "@/lib/platform/http/domain-errors";

export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    return NextResponse.json(await importWordIntoPieceFromRequest(request, id));
  } catch (error) {
    return toJsonResponse(error);
  }
}
