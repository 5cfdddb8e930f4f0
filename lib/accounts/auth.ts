// next-auth configuration and the current user. next-auth signs the cookie; who the user
// is, and whether the session still counts, is decided by lib/accounts/sessions on every request.
import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authSecret, config } from "../platform/env";
import { clientIp } from "../platform/http/client-ip";
import { paths } from "../platform/paths";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from "./device-cookies";
import { DomainError } from "../platform/errors";
import { authorizeSite } from "../permissions";
import { resolveSession, revokeSession, type CurrentUser } from "./sessions";
import { signInWithPassword } from "./sign-in";

/**
 * What the sign-in page says for next-auth's error codes (it sends /sign-in?error=<code>).
 * Anything else in the URL is ignored: printing it would let any link put words on our page.
 */
const signInErrors: Record<string, string> = {
  CredentialsSignin: "Incorrect email or password.",
  SessionRequired: "Please sign in to see that page.",
  AccessDenied: "You may not sign in with that account.",
  Configuration: "Sign-in is not available right now. Please try again later.",
  Verification: "That sign-in link has expired or was already used.",
  Default: "Sign-in failed. Please try again.",
};

export function signInErrorMessage(code: unknown): string | undefined {
  return typeof code === "string" && Object.hasOwn(signInErrors, code) ? signInErrors[code] : undefined;
}

/** As next-auth decides for its own cookies: Secure when the site is served over https. */
const secureCookies = () => (config().NEXTAUTH_URL ?? "").startsWith("https://");

export function authOptions(): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: config().SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: paths.signIn(), error: paths.signIn() },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const headers = (req.headers ?? {}) as Record<string, string | undefined>;
          const store = await cookies();
          try {
            const { user, sessionId, deviceToken } = await signInWithPassword(credentials, {
              ip: clientIp(headers),
              userAgent: headers["user-agent"],
              deviceToken: store.get(DEVICE_COOKIE)?.value,
            });
            // Next adds cookies set during a route handler to its response (next-auth's own included).
            store.set(DEVICE_COOKIE, deviceToken, {
              httpOnly: true,
              sameSite: "lax",
              secure: secureCookies(),
              // Sent only where sign-in happens.
              path: "/api/auth",
              maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
            });
            return { id: user.id, name: user.name, email: user.email, sessionId };
          } catch (error) {
            // next-auth hands an Error's message to the sign-in form; domain errors are written for people.
            if (error instanceof DomainError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sid = user.sessionId;
          return token;
        }
        // Any later use of the cookie (/api/auth/session) asks the server-side session first. A
        // throw here is how next-auth lets a callback end a session: it answers {} (signed out)
        // and clears the cookie instead of renewing it.
        if (!(await resolveSession(typeof token.sid === "string" ? token.sid : null))) throw new SessionEndedError();
        return token;
      },
      // The browser learns only who is signed in, never the session id.
      session({ session }) {
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeSession(token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        // A cookie whose session has ended is routine (signed out elsewhere, disabled, expired), not an error.
        if (metadata instanceof SessionEndedError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}

class SessionEndedError extends Error {
  constructor() {
    super("The session behind this cookie has ended.");
  }
}

const cookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The signed-in user of this request, or null. Checked against the database every time. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const store = await cookies();
  const raw = cookieNames.map((name) => store.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return resolveSession(typeof token?.sid === "string" ? token.sid : null);
});

/**
 * For studio pages: the signed-in user, who must be allowed into the studio ("studio.enter"),
 * or a redirect to the sign-in page that comes back here.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(paths.signIn({ callbackUrl: returnTo }));
  return authorizeSite(user, "studio.enter");
}
