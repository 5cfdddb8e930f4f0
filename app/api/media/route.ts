// The media library for the studio's client code: POST uploads one image (multipart/form-data:
// `file`, optional `articleId`), GET lists a page (`q`, `filter`, `after`, `before`). Session,
// permission, origin and the body's limits are checked in lib/media/upload.ts, before the body is read.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/auth";
import { listMedia } from "@/lib/media/library";
import { uploadFromRequest } from "@/lib/media/upload";
import { encodeCursor } from "@/lib/platform/keyset";
import { toJsonResponse } from "@/lib/platform/http/domain-errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    return NextResponse.json({ media: await uploadFromRequest(request) }, { status: 201 });
  } catch (error) {
    return toJsonResponse(error);
  }
}

export async function GET(request: Request) {
  try {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const page = await listMedia(await getCurrentUser(), query);
    return NextResponse.json(
      {
        items: page.items,
        next: page.next && encodeCursor(page.next),
        previous: page.previous && encodeCursor(page.previous),
      },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  } catch (error) {
    return toJsonResponse(error);
  }
}
