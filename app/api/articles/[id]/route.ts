// Saves a piece's working copy when the editor's page is being left: the browser sends it
// with `fetch(..., { keepalive: true })`, which a server action cannot use. The same lib
// function as the save action checks the session, the permission and the version.
import { NextResponse } from "next/server";
import { savedFields } from "@/lib/editorial/saved-answer";
import { z } from "zod";
import { saveArticle } from "@/lib/editorial/working-copy";
import { toJsonResponse } from "@/lib/platform/http/domain-errors";
import { readSignedInJson } from "@/lib/accounts/signed-in-json";
import { parsedByReceiver, parseInput } from "@/lib/platform/validation";

// The piece itself is parsed once, by saveArticle.
const request = z.object({ baseVersion: z.number().int().positive(), article: parsedByReceiver });

export async function PUT(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    // The session and the origin before the body is read, and the body within its limit. PUT
    // with a JSON body needs CORS, which this route never grants; the origin rule also covers
    // browsers that skip preflight. Looking the session up needs the database too: an outage
    // there is a 503 with Retry-After like one in the save, and the editor keeps the text and tries again.
    const { user, body } = await readSignedInJson(req);
    const { baseVersion, article } = parseInput(request, body);
    const { id } = await ctx.params;
    const saved = await saveArticle(user, id, baseVersion, article);
    // A save merged with someone else's also carries the merged piece, for the editor to show.
    return NextResponse.json(savedFields(saved));
  } catch (error) {
    return toJsonResponse(error);
  }
}
