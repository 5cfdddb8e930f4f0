// The secret tokens in links (invitations, password resets, share previews): 256 random bits,
// given out once in the link and stored only as their SHA-256, so a copy of the database
// does not open any of them.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A new token for a link: URL-safe, never stored as it is. */
export const newLinkToken = () => randomBytes(32).toString("base64url");

/** What the database keeps of a token, and looks it up by. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
