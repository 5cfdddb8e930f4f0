// next-auth's endpoints (sign-in, sign-out, CSRF token, session).
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/accounts/auth";
import { toJsonResponse } from "@/lib/platform/http/domain-errors";
import { withBodyWithin } from "@/lib/platform/http/request-body";
import { MAX_SIGN_IN_BODY_BYTES } from "@/lib/platform/http/request-limits";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so a missing secret fails the request with a clear message, not the build.
const handler = (req: NextRequest, ctx: Context) => NextAuth(authOptions())(req, ctx);

// next-auth reads a POST's whole body (`req.text()` or `req.json()`) however large, and these
// endpoints are open to anyone: it is handed a copy read within a few form fields' worth.
async function POST(req: NextRequest, ctx: Context) {
  let bounded: NextRequest;
  try {
    bounded = await withBodyWithin(req, MAX_SIGN_IN_BODY_BYTES);
  } catch (error) {
    return toJsonResponse(error);
  }
  return handler(bounded, ctx);
}

export { handler as GET, POST };
