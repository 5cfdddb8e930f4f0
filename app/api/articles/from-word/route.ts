// A new draft from a Word document (multipart/form-data: `file`): answers its id and the
// import's report, for the editor to open it.
import { NextResponse } from "next/server";
import { createPieceFromWordRequest } from "@/lib/editorial/word-import";
import { toJsonResponse } from "@/lib/platform/http/domain-errors";

export async function POST(request: Request) {
  try {
    return NextResponse.json(await createPieceFromWordRequest(request), { status: 201 });
  } catch (error) {
    return toJsonResponse(error);
  }
}
