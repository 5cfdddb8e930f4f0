// The client's address, for rate limits. Each trusted proxy in front of the app appends
// the address it saw to X-Forwarded-For, so the client is the entry TRUSTED_PROXY_COUNT
// places from the end (entries further left are whatever the client claimed). Next.js's
// own server fills the header from the socket only when a request arrives without one,
// so an app exposed with no proxy in front can be sent a forged address: deploy behind
// a proxy that appends (README, "Deploying").
import { config } from "./config";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientIp(headers: HeaderSource): string {
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - config().TRUSTED_PROXY_COUNT)] ?? "unknown";
}
