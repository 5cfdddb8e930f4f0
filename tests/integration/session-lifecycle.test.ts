// Sessions as an attacker would probe them, through next-auth's own route handler: every
// sign-in opens a new server-side session (a cookie planted before sign-in is never
// adopted), signing out ends the session on the server, and "sign out everywhere" ends
// all of a person's sessions and no one else's.
import { decode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import { authSecret } from "@/lib/platform/env";
import { db } from "@/lib/platform/db";
import { DEVICE_COOKIE, verifyDeviceToken } from "@/lib/accounts/device-cookies";
import { createSession, resolveSession, signOutEverywhere } from "@/lib/accounts/sessions";
import { actorFor } from "../helpers/actors";
import { makeUser, TEST_PASSWORD } from "../helpers/db";
import { cookies, setRequest } from "../helpers/next-headers";

const ORIGIN = "http://studio.test";
const SESSION_COOKIE = "next-auth.session-token";
type Jar = Record<string, string>;

/** Calls next-auth's handler as the browser would, carrying `jar`'s cookies; returns the response and the updated jar. */
async function authRequest(method: "GET" | "POST", segments: string[], jar: Jar, form?: Record<string, string>) {
  setRequest({
    cookies: jar,
    headers: { host: "studio.test", origin: ORIGIN, "x-forwarded-for": "10.1.2.3", "content-type": "application/x-www-form-urlencoded" },
  });
  const request = new NextRequest(new URL(`/api/auth/${segments.join("/")}`, ORIGIN), {
    method,
    body: form ? new URLSearchParams(form).toString() : undefined,
    headers: { host: "studio.test", "content-type": "application/x-www-form-urlencoded" },
  });
  const handler = method === "GET" ? nextAuthRoute.GET : nextAuthRoute.POST;
  const response = await handler(request, { params: Promise.resolve({ nextauth: segments }) });
  const next = { ...jar };
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [name, ...value] = pair.split("=");
    if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(cookie)) delete next[name];
    else next[name] = decodeURIComponent(value.join("="));
  }
  return { response, jar: next };
}

async function csrf(jar: Jar) {
  const { response, jar: next } = await authRequest("GET", ["csrf"], jar);
  return { token: ((await response.json()) as { csrfToken: string }).csrfToken, jar: next };
}

async function signIn(email: string, jar: Jar = {}) {
  const { token, jar: withCsrf } = await csrf(jar);
  const { jar: next } = await authRequest("POST", ["callback", "credentials"], withCsrf, {
    csrfToken: token,
    email,
    password: TEST_PASSWORD,
    json: "true",
  });
  return next;
}

const sessionId = async (jar: Jar) => {
  const token = await decode({ token: jar[SESSION_COOKIE], secret: authSecret() });
  return typeof token?.sid === "string" ? token.sid : null;
};

test("every sign-in opens a new session, even when the browser already holds one", async () => {
  const user = await makeUser("writer");
  const first = await signIn(user.email);
  const firstSid = await sessionId(first);
  expect(firstSid).toBeTruthy();
  expect((await resolveSession(firstSid))?.id).toBe(user.id);

  // Signing in again with the old cookie still in the jar (or one an attacker planted).
  const second = await signIn(user.email, first);
  const secondSid = await sessionId(second);
  expect(secondSid).toBeTruthy();
  expect(secondSid).not.toBe(firstSid);
  expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
});

test("a session id planted in a cookie before sign-in is not adopted", async () => {
  const victim = await makeUser("writer");
  const attacker = await makeUser("writer");
  const planted = await signIn(attacker.email);
  const plantedSid = await sessionId(planted);
  const victimJar = await signIn(victim.email, planted);
  const victimSid = await sessionId(victimJar);
  expect(victimSid).not.toBe(plantedSid);
  expect((await resolveSession(plantedSid))?.id).toBe(attacker.id);
  expect((await resolveSession(victimSid))?.id).toBe(victim.id);
});

test("signing out through next-auth ends the session on the server, not just the cookie", async () => {
  const user = await makeUser("editor");
  const jar = await signIn(user.email);
  const sid = await sessionId(jar);
  expect(await resolveSession(sid)).not.toBeNull();
  const { token, jar: withCsrf } = await csrf(jar);
  const { jar: after } = await authRequest("POST", ["signout"], withCsrf, { csrfToken: token, json: "true" });
  expect(after[SESSION_COOKIE]).toBeUndefined();
  // A copy of the old cookie, replayed, no longer signs anyone in.
  expect(await resolveSession(sid)).toBeNull();
  expect((await db.session.findUniqueOrThrow({ where: { id: sid! } })).revokedAt).not.toBeNull();
});

test("signing out without next-auth's CSRF token changes nothing", async () => {
  const user = await makeUser("writer");
  const jar = await signIn(user.email);
  await authRequest("POST", ["signout"], jar, { json: "true" });
  expect(await resolveSession(await sessionId(jar))).not.toBeNull();
});

test("sign out everywhere ends every session of that person and no one else's", async () => {
  const user = await makeUser("writer");
  const other = await makeUser("writer");
  const [phone, laptop] = [await createSession(user.id), await createSession(user.id)];
  const bystander = await createSession(other.id);
  const actor = await actorFor(user);
  await signOutEverywhere(actor);
  expect(await Promise.all([phone, laptop, { id: actor.sessionId }].map((s) => resolveSession(s.id)))).toEqual([null, null, null]);
  expect((await resolveSession(bystander.id))?.id).toBe(other.id);
});

test("sign out everywhere needs a session", async () => {
  await expect(signOutEverywhere(null)).rejects.toThrow("You need to sign in.");
});

test("after sign-in next-auth sends the browser only to this site, whatever callbackUrl says", async () => {
  const user = await makeUser("writer");
  for (const callbackUrl of ["https://evil.example/steal", "//evil.example/x", "/studio/review"]) {
    const { token, jar } = await csrf({});
    const { response } = await authRequest("POST", ["callback", "credentials"], jar, {
      csrfToken: token,
      email: user.email,
      password: TEST_PASSWORD,
      callbackUrl,
      json: "true",
    });
    const target = new URL(((await response.json()) as { url: string }).url);
    expect({ callbackUrl, host: target.host }).toEqual({
      callbackUrl,
      host: new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000").host,
    });
  }
});

test("signing in gives the browser the account's device cookie, which gets it past a stranger's account-wide lock", async () => {
  const user = await makeUser("writer");
  await signIn(user.email);
  const device = (await cookies()).get(DEVICE_COOKIE)?.value;
  expect(verifyDeviceToken(device, user.id)).not.toBeNull();

  // Strangers have tripped the account-wide limit, and this address is not one the account signs in from.
  await db.session.updateMany({ where: { userId: user.id }, data: { ip: null } });
  await db.rateLimit.create({ data: { key: `signin:account:${user.email}`, lockedUntil: new Date(Date.now() + 900_000) } });
  expect((await signIn(user.email))[SESSION_COOKIE]).toBeUndefined();
  const withDevice = await signIn(user.email, { [DEVICE_COOKIE]: device! });
  expect((await resolveSession(await sessionId(withDevice)))?.id).toBe(user.id);
});

test("next-auth's session endpoint answers signed out for a revoked, expired or disabled session, and clears its cookie instead of renewing it", async () => {
  const session = async (jar: Jar) => {
    const { response } = await authRequest("GET", ["session"], jar);
    return {
      body: await response.json(),
      setCookies: response.headers.getSetCookie().filter((c: string) => c.startsWith(`${SESSION_COOKIE}=`)),
    };
  };
  const cleared = (setCookies: string[]) => setCookies.length > 0 && setCookies.every((c) => /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c));

  const user = await makeUser("writer");
  const live = await signIn(user.email);
  expect((await session(live)).body).toMatchObject({ user: { email: user.email } });

  const revoked = await signIn(user.email);
  await db.session.update({ where: { id: (await sessionId(revoked))! }, data: { revokedAt: new Date() } });
  const expired = await signIn(user.email);
  await db.session.update({ where: { id: (await sessionId(expired))! }, data: { expiresAt: new Date(Date.now() - 1000) } });
  for (const jar of [revoked, expired]) {
    const answer = await session(jar);
    expect(answer.body).toEqual({});
    expect(cleared(answer.setCookies)).toBe(true);
  }

  await db.user.update({ where: { id: user.id }, data: { disabled: true } });
  const disabled = await session(live);
  expect(disabled.body).toEqual({});
  expect(cleared(disabled.setCookies)).toBe(true);
});
