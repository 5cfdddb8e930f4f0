// "Device cookies" (OWASP): after a successful sign-in the browser gets a signed cookie that
// says "this browser has signed in to this account before". It is not a credential (the
// password is still needed); it only takes its holder out of the limits a stranger can trip
// for everyone (per account, per address) and puts it under a limit of its own, so a
// stranger failing on purpose cannot lock the real user out of their own browser. The cookie
// holds a random id and an HMAC over that id and the account, so it cannot be forged, and
// one taken from another account's browser is worth nothing here.
import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { derivedKey } from "../platform/secret-sealing";

export const DEVICE_COOKIE = "standfirst.device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 86_400;

const mac = (userId: string, deviceId: string) =>
  createHmac("sha256", derivedKey("device-cookies")).update(`${userId}:${deviceId}`).digest("base64url");

/** A new cookie value for this account: "<device id>.<mac>". */
export function issueDeviceToken(userId: string, deviceId = randomBytes(16).toString("base64url")): string {
  return `${deviceId}.${mac(userId, deviceId)}`;
}

/** The device id, when the cookie was issued by this site for this account; otherwise null. */
export function verifyDeviceToken(value: string | undefined, userId: string): string | null {
  const [deviceId, given, extra] = (value ?? "").split(".");
  if (!deviceId || !given || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(deviceId)) return null;
  const expected = Buffer.from(mac(userId, deviceId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}
