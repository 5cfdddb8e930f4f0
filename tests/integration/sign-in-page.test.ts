// The sign-in page reads two things from its URL that anyone can write into a link:
// where to go after signing in, and an error. Neither may break the page (a 500) or put
// the link's own words on it.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { encode } from "next-auth/jwt";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import SignInPage from "@/app/(public)/sign-in/page";
import { authSecret } from "@/lib/platform/env";
import { createSession } from "@/lib/accounts/sessions";
import { makeUser } from "../helpers/db";
import { setRequest } from "../helpers/next-headers";

type Query = Record<string, string | string[]>;

/** Where the page sends a signed-in visitor, as the Location header Node would write. */
async function redirectFor(query: Query): Promise<string> {
  try {
    await SignInPage({ searchParams: Promise.resolve(query) });
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT;")) throw error;
    const location = digest.split(";")[2];
    // What failed before: Node refuses a header with characters outside Latin-1, and Next answered 500.
    new Headers({ location });
    return location;
  }
  throw new Error("expected a redirect");
}

/** The form calls useRouter(); rendering it outside Next needs a router, which nothing here uses. */
const router: AppRouterInstance = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {}, bfcacheId: "test" };

/** The page as an anonymous visitor's browser gets it. */
async function html(query: Query): Promise<string> {
  setRequest({});
  const page = (await SignInPage({ searchParams: Promise.resolve(query) })) as ReactElement;
  return renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router }, page));
}

test("a signed-in visitor goes to the callback path, percent-encoded, or to the studio when the path is broken or foreign", async () => {
  const user = await makeUser("editor");
  setRequest({
    cookies: { "next-auth.session-token": await encode({ token: { sid: (await createSession(user.id)).id }, secret: authSecret() }) },
  });
  const cases: [Query, string][] = [
    [{ callbackUrl: "/studio/articles/abc?tab=history" }, "/studio/articles/abc?tab=history"],
    [{ callbackUrl: "/studio/ü" }, "/studio/%C3%BC"],
    [{ callbackUrl: "/\u{1F600}" }, "/%F0%9F%98%80"],
    // /sign-in?callbackUrl=%E0%A4%A and /studio/%E0%A4%A: bytes that are not UTF-8, then a broken escape.
    [{ callbackUrl: "\uFFFD%A" }, "/studio"],
    [{ callbackUrl: "/studio/\uFFFD%A" }, "/studio"],
    [{ callbackUrl: ["/studio/review", "https://evil.example/"] }, "/studio"],
    [{ callbackUrl: "https://evil.example/" }, "/studio"],
  ];
  for (const [query, expected] of cases) expect({ query, location: await redirectFor(query) }).toEqual({ query, location: expected });
});

test("the error in the URL is shown only as one of next-auth's codes, in our words; any other text is not printed", async () => {
  expect(await html({ error: "CredentialsSignin" })).toContain('role="alert">Incorrect email or password.</p>');
  expect(await html({ error: "SessionRequired" })).toContain('role="alert">Please sign in to see that page.</p>');
  for (const error of ["Your account is locked. Call +1 555 0100 to unlock it.", ["Signin", "Call us"], "toString", "__proto__"]) {
    const page = await html({ error });
    expect(page).not.toContain('role="alert"');
    expect(page).not.toContain("Call");
  }
});

test("the form posts: submitted before its script runs, it does not put the password in the URL", async () => {
  expect(await html({})).toMatch(/<form [^>]*method="post"/);
});
