// Saves a piece's working copy when the editor's page is being left: the browser sends it
// with `fetch(..., { keepalive: true })`, which a server action cannot use. The same lib
// function as the save action checks the session, the permission and the version.
import { NextResponse } from "next/server";
import { z } from "zod";
import { articleInput, saveArticle } from "@/lib/editorial/working-copy";
import { databaseUnavailableResponse, isDatabaseUnavailable } from "@/lib/platform/database-unavailable";
import { ConflictError, DomainError, ValidationError } from "@/lib/platform/errors";
import { findControlCharacter } from "@/lib/platform/control-characters";
import { readSignedInJson } from "@/lib/platform/http/request-body";

const request = z.object({ baseVersion: z.number().int().positive(), article: articleInput });

export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }) {
  // The session and the origin before the body is read, and the body within its limit. PUT
  // with a JSON body needs CORS, which this route never grants; the origin rule also covers
  // browsers that skip preflight.
  // Looking the session up needs the database too: an outage here is a 503 like one in the save.
  const gate = await readSignedInJson(req).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  if (!gate) return databaseUnavailableResponse();
  if (!gate.ok) return NextResponse.json({ error: gate.error, fieldErrors: {} }, { status: gate.status });
  const { user, body } = gate;
  const control = findControlCharacter(body);
  if (control) return NextResponse.json({ error: control.message }, { status: 400 });
  const parsed = request.safeParse(body);
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "The save is not valid." }, { status: 400 });
  }
  const { id } = await ctx.params;
  try {
    const saved = await saveArticle(user, id, parsed.data.baseVersion, parsed.data.article);
    return NextResponse.json({ id: saved.id, slug: saved.slug, version: saved.version, savedAt: saved.updatedAt.toISOString() });
  } catch (error) {
    // 503 with Retry-After: the editor keeps the text in the browser and tries again.
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    if (!(error instanceof DomainError)) throw error;
    const fieldErrors = error instanceof ValidationError || error instanceof ConflictError ? error.fieldErrors : {};
    return NextResponse.json({ error: error.message, fieldErrors }, { status: error.status });
  }
}
