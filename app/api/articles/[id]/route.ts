// Saves a piece's working copy when the editor's page is being left: the browser sends it
// with `fetch(..., { keepalive: true })`, which a server action cannot use. The same lib
// function as the save action checks the session, the permission and the version.
import { NextResponse } from "next/server";
import { z } from "zod";
import { articleInput, saveArticle } from "@/lib/articles";
import { getCurrentUser } from "@/lib/auth";
import { assertSameOrigin } from "@/lib/same-origin";
import { databaseUnavailableResponse, isDatabaseUnavailable } from "@/lib/database-unavailable";
import { ConflictError, DomainError, ValidationError } from "@/lib/errors";
import { NUL_REFUSED, containsNul } from "@/lib/nul";

const request = z.object({ baseVersion: z.number().int().positive(), article: articleInput });

export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const body: unknown = await req.json().catch(() => null);
  if (containsNul(body)) return NextResponse.json({ error: NUL_REFUSED }, { status: 400 });
  const parsed = request.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "The save is not valid." }, { status: 400 });
  }
  const { id } = await ctx.params;
  try {
    // PUT with a JSON body needs CORS, which this route never grants; the origin rule also
    // covers browsers that skip preflight.
    assertSameOrigin(req);
    const saved = await saveArticle(await getCurrentUser(), id, parsed.data.baseVersion, parsed.data.article);
    return NextResponse.json({ id: saved.id, slug: saved.slug, version: saved.version, savedAt: saved.updatedAt.toISOString() });
  } catch (error) {
    // 503 with Retry-After: the editor keeps the text in the browser and tries again.
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    if (!(error instanceof DomainError)) throw error;
    const fieldErrors = error instanceof ValidationError || error instanceof ConflictError ? error.fieldErrors : {};
    return NextResponse.json({ error: error.message, fieldErrors }, { status: error.status });
  }
}
