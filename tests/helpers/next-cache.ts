// Stands in for "next/cache" under Jest (mapped in jest.config.js). Next's own functions
// need the context of a Next request, which Jest does not have: here cached functions run
// directly, and expired tags are recorded so tests can check what a change refreshes.
export const expiredTags: { tag: string; profile: unknown }[] = [];

export function revalidateTag(tag: string, profile: string | { expire?: number }) {
  expiredTags.push({ tag, profile });
}

export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return fn;
}
