// next-auth's endpoints (sign-in, sign-out, CSRF token, session).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

// Options are built per request so a missing secret fails the request with a clear message, not the build.
const handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => NextAuth(authOptions())(req, ctx);

export { handler as GET, handler as POST };
