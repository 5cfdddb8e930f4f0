// The client's address, for rate limits. Next.js's server appends the connecting address
// to X-Forwarded-For, so the last entry is the one nobody upstream could forge; each
// trusted proxy in front (TRUSTED_PROXY_COUNT) moves it one entry to the left.
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
  const index = chain.length - 1 - config().TRUSTED_PROXY_COUNT;
  return chain[Math.max(0, index)] ?? header(headers, "x-real-ip") ?? "unknown";
}
