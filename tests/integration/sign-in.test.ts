import { db } from "@/lib/platform/db";
import { RateLimitedError, ValidationError } from "@/lib/platform/errors";
import { createSession, resolveSession, revokeAllSessions, revokeSession } from "@/lib/accounts/sessions";
import { SIGN_IN_FAILED, SignInError, signInWithPassword } from "@/lib/accounts/sign-in";
import { setUserDisabled, setUserRole } from "@/lib/accounts/users";
import { makeUser, TEST_PASSWORD } from "../helpers/db";

const client = (ip: string) => ({ ip, userAgent: "jest" });

async function failWith(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a refusal");
}

test("the right password opens a session that resolves to the user and their role", async () => {
  const user = await makeUser("editor");
  const { sessionId } = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, client("198.51.100.1"));
  expect(await resolveSession(sessionId)).toMatchObject({ id: user.id, role: "editor", email: user.email });
});

test("an unknown email and a wrong password get the same message", async () => {
  const user = await makeUser("writer");
  const wrongPassword = await failWith(() => signInWithPassword({ email: user.email, password: "not it" }, client("198.51.100.2")));
  const unknownEmail = await failWith(() =>
    signInWithPassword({ email: "nobody@test.example", password: "not it" }, client("198.51.100.2")),
  );
  expect(wrongPassword).toBeInstanceOf(SignInError);
  expect(unknownEmail).toBeInstanceOf(SignInError);
  expect(wrongPassword.message).toBe(SIGN_IN_FAILED);
  expect(unknownEmail.message).toBe(SIGN_IN_FAILED);
});

test("empty credentials are refused with a message that says what is missing", async () => {
  const error = await failWith(() => signInWithPassword({ email: "", password: "" }, client("198.51.100.3")));
  expect(error).toBeInstanceOf(ValidationError);
  expect(error.message).toBe("Enter your email address and password.");
});

test("five failures from one address lock that address out of the account and say when to try again", async () => {
  const user = await makeUser("writer");
  const attacker = client("203.0.113.66");
  for (let i = 0; i < 4; i++) {
    expect(await failWith(() => signInWithPassword({ email: user.email, password: `guess ${i}` }, attacker))).toBeInstanceOf(SignInError);
  }
  const fifth = await failWith(() => signInWithPassword({ email: user.email, password: "guess 5" }, attacker));
  expect(fifth).toBeInstanceOf(RateLimitedError);
  expect(fifth.message).toBe("Too many failed sign-in attempts. Try again in 1 minute.");

  // Locked even with the right password, until the time is up.
  const locked = await failWith(() => signInWithPassword({ email: user.email, password: TEST_PASSWORD }, attacker));
  expect(locked).toBeInstanceOf(RateLimitedError);

  // The real user, elsewhere, is not locked out of their own account.
  const { sessionId } = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client("198.51.100.20"));
  expect(await resolveSession(sessionId)).not.toBeNull();
});

test("a second lockout lasts twice as long", async () => {
  const user = await makeUser("writer");
  const attacker = client("203.0.113.77");
  const lockOut = async () => {
    for (let i = 0; i < 5; i++) await failWith(() => signInWithPassword({ email: user.email, password: "wrong" }, attacker));
  };
  await lockOut();
  const key = `signin:pair:${user.email}|203.0.113.77`;
  // Let the first lockout expire.
  await db.rateLimit.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
  await lockOut();
  const error = await failWith(() => signInWithPassword({ email: user.email, password: "wrong" }, attacker));
  expect(error.message).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
});

test("many failures from one address across accounts lock the address", async () => {
  const ip = "203.0.113.88";
  for (let i = 0; i < 49; i++) {
    await failWith(() => signInWithPassword({ email: `spray${i}@test.example`, password: "x" }, client(ip)));
  }
  const error = await failWith(() => signInWithPassword({ email: "spray-last@test.example", password: "x" }, client(ip)));
  expect(error).toBeInstanceOf(RateLimitedError);
  expect(error.message).toMatch(/Try again in 5 minutes\.$/);
});

test("a disabled user cannot sign in, and their open sessions stop counting at once", async () => {
  const admin = await makeUser("admin");
  const adminActor = await resolveSession((await createSession(admin.id)).id);
  const user = await makeUser("writer");
  const { sessionId } = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client("198.51.100.30"));

  await setUserDisabled(adminActor, user.id, true);

  expect(await resolveSession(sessionId)).toBeNull();
  const error = await failWith(() => signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client("198.51.100.30")));
  expect(error.message).toBe("This account has been disabled. Ask an administrator to enable it.");
});

test("a role change applies to the very next request of an open session", async () => {
  const admin = await makeUser("admin");
  const adminActor = await resolveSession((await createSession(admin.id)).id);
  const user = await makeUser("editor");
  const session = await createSession(user.id);
  expect((await resolveSession(session.id))?.role).toBe("editor");

  await setUserRole(adminActor, user.id, "writer");
  expect((await resolveSession(session.id))?.role).toBe("writer");
  await expect(setUserRole(adminActor, user.id, "superuser")).rejects.toThrow('"superuser" is not a role');
});

test("only an admin changes roles", async () => {
  const editor = await makeUser("editor");
  const editorActor = await resolveSession((await createSession(editor.id)).id);
  const user = await makeUser("writer");
  await expect(setUserRole(editorActor, user.id, "admin")).rejects.toThrow("You do not have permission to do that.");
  await expect(setUserRole(null, user.id, "admin")).rejects.toThrow("You need to sign in.");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("writer");
});

test("signing out ends that session only; signing out everywhere ends them all", async () => {
  const user = await makeUser("writer");
  const a = await createSession(user.id);
  const b = await createSession(user.id);
  await revokeSession(a.id);
  expect(await resolveSession(a.id)).toBeNull();
  expect(await resolveSession(b.id)).not.toBeNull();
  await revokeAllSessions(user.id);
  expect(await resolveSession(b.id)).toBeNull();
});

test("a session unused for longer than the idle timeout, or past its lifetime, no longer counts", async () => {
  const user = await makeUser("writer");
  const idle = await createSession(user.id);
  await db.session.update({ where: { id: idle.id }, data: { lastSeenAt: new Date(Date.now() - 13 * 3600_000) } });
  expect(await resolveSession(idle.id)).toBeNull();

  const old = await createSession(user.id);
  await db.session.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await resolveSession(old.id)).toBeNull();
});

describe("a stranger failing on purpose does not lock the real user out", () => {
  const spread = async (email: string, addresses: number, prefix: string) => {
    // Four a time per address: under the per-address-and-account limit, so only the account-wide count grows.
    for (let a = 0; a < addresses; a++) {
      for (let i = 0; i < 4; i++)
        await failWith(() => signInWithPassword({ email, password: `guess ${a}-${i}` }, client(`${prefix}.${a}`)));
    }
  };

  test("100 failures an hour from 25 addresses stop new browsers at new addresses, not the user's own browser or address", async () => {
    const user = await makeUser("writer");
    const home = client("198.51.100.50");
    const { deviceToken } = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, home);

    await spread(user.email, 25, "203.0.114");
    // The stranger, at any address, is stopped now, with or without the right password.
    expect(await failWith(() => signInWithPassword({ email: user.email, password: "one more" }, client("203.0.115.1")))).toBeInstanceOf(
      RateLimitedError,
    );
    expect(await failWith(() => signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client("203.0.115.2")))).toBeInstanceOf(
      RateLimitedError,
    );

    // The user's browser, even travelling, and the user's usual address still get in.
    const travelling = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ...client("192.0.2.99"), deviceToken });
    expect(await resolveSession(travelling.sessionId)).toMatchObject({ id: user.id });
    const atHome = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, home);
    expect(await resolveSession(atHome.sessionId)).toMatchObject({ id: user.id });
    // A wrong password from the user's browser is still just wrong, not a way around the limits.
    expect(
      await failWith(() => signInWithPassword({ email: user.email, password: "typo" }, { ...client("192.0.2.99"), deviceToken })),
    ).toBeInstanceOf(SignInError);
  });

  test("failures by others at the user's address do not stop the user's browser", async () => {
    const user = await makeUser("writer");
    const { deviceToken } = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client("198.51.100.60"));
    const office = client("198.51.100.61");
    for (let i = 0; i < 5; i++) await failWith(() => signInWithPassword({ email: user.email, password: `colleague ${i}` }, office));
    expect(await failWith(() => signInWithPassword({ email: user.email, password: TEST_PASSWORD }, office))).toBeInstanceOf(
      RateLimitedError,
    );
    const { sessionId } = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ...office, deviceToken });
    expect(await resolveSession(sessionId)).toMatchObject({ id: user.id });
  });

  test("a device cookie gives five guesses like an address, and is worth nothing for another account or when forged", async () => {
    const user = await makeUser("writer");
    const other = await makeUser("writer");
    const { deviceToken } = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, client("198.51.100.70"));

    // Another account's cookie, or an altered one, leaves the caller under the ordinary limits.
    await spread(other.email, 25, "203.0.116");
    for (const token of [deviceToken, `${deviceToken.slice(0, -1)}${deviceToken.endsWith("A") ? "B" : "A"}`]) {
      expect(
        await failWith(() =>
          signInWithPassword({ email: other.email, password: TEST_PASSWORD }, { ...client("192.0.2.70"), deviceToken: token }),
        ),
      ).toBeInstanceOf(RateLimitedError);
    }

    // A stolen cookie: four wrong guesses, the fifth locks that cookie, even for the right password.
    const thief = { ...client("192.0.2.71"), deviceToken };
    for (let i = 0; i < 4; i++)
      expect(await failWith(() => signInWithPassword({ email: user.email, password: `steal ${i}` }, thief))).toBeInstanceOf(SignInError);
    expect((await failWith(() => signInWithPassword({ email: user.email, password: "steal 5" }, thief))).message).toBe(
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
    expect(await failWith(() => signInWithPassword({ email: user.email, password: TEST_PASSWORD }, thief))).toBeInstanceOf(
      RateLimitedError,
    );
  });
});
