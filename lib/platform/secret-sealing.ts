// Keys derived from NEXTAUTH_SECRET (HKDF-SHA256, one key per purpose, so no two uses ever
// share a key) and AES-256-GCM sealing of secrets kept at rest for a short while, such as a
// password-reset link waiting in the outbox. A sealed value is bound to a context (the
// recipient, say): opened with another context, or tampered with, it does not open at all.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./env";

export type KeyPurpose = "outbox-links" | "device-cookies";

export function derivedKey(purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "standfirst", `standfirst/${purpose}/v1`, 32));
}

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals a secret for the outbox: "v1.<base64url of iv, tag and ciphertext>". */
export function seal(plain: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("outbox-links"), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The sealed text, or null when it was sealed under another key or context, or altered. */
export function open(sealed: string, context: string): string | null {
  const [version, packed] = sealed.split(".");
  if (version !== VERSION || !packed) return null;
  const bytes = Buffer.from(packed, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey("outbox-links"), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    // A wrong key (NEXTAUTH_SECRET changed), a wrong context or altered bytes: GCM refuses them alike.
    return null;
  }
}
