// The client's address, for rate limits. `npm start` runs Next.js behind scripts/server.ts,
// which appends the address of the socket peer to X-Forwarded-For on every request, so the
// last entry is always one this deployment saw, never one the client wrote. Each trusted
// proxy in front (TRUSTED_PROXY_COUNT) appends the address it saw in turn, so the client is
// the entry that many places before the last; anything further left is only a claim.
import { config } from "../env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

const entries = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function clientIp(headers: HeaderSource, trustedProxies = config().TRUSTED_PROXY_COUNT): string {
  const chain = entries(header(headers, "x-forwarded-for"));
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "unknown";
}

/** X-Forwarded-For as the server passes it on: what arrived, then the socket peer's address. */
export function appendPeer(forwardedFor: string | string[] | undefined, peer: string | undefined): string {
  const arrived = entries(Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor);
  return [...arrived, peer ?? "unknown"].join(", ");
}
