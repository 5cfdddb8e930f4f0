// Stands in for "next/cache" under Jest (mapped in jest.config.js). Next's own functions
// need the context of a Next request, which Jest does not have: here cached functions run
// directly, and expired tags and paths are recorded so tests can check what a change refreshes.
export const expiredTags: { tag: string; profile: unknown }[] = [];
export const revalidatedPaths: string[] = [];

export function revalidateTag(tag: string, profile: string | { expire?: number }) {
  expiredTags.push({ tag, profile });
}

export function updateTag(tag: string) {
  expiredTags.push({ tag, profile: "update" });
}

export function revalidatePath(path: string) {
  revalidatedPaths.push(path);
}

/** Re-renders the current page in Next; nothing to re-render here. */
export function refresh() {}

export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return fn;
}
