// A process-wide count of changes to public content. refreshPublic bumps it after every change,
// and the caches kept outside Next's own (the server's response cache, search results) key
// their entries by it, so nothing stored before a change is served after it.
//
// The response cache also keeps each page's last good copy, served only while the application
// fails (lib/platform/http/response-cache.ts). Those outlive a change, except what the change withdrew: a
// bump says which pieces' copies (and the copies that link to them) must go, and the cache
// listens for it.
//
// It lives on globalThis because Next bundles lib/ into its own server code: the module copy
// refreshPublic runs in is not the one scripts/server.ts imported.
const KEY = Symbol.for("standfirst.public-generation");
const LISTENERS = Symbol.for("standfirst.public-generation.listeners");

/** What a change may have taken away from readers: some pieces (by slug), or anything at all. */
export type Withdrawn = { pieces: string[] } | "everything";
type Listener = (withdrawn: Withdrawn) => void;
type WithGeneration = typeof globalThis & { [KEY]?: number; [LISTENERS]?: Set<Listener> };

const listeners = () => ((globalThis as WithGeneration)[LISTENERS] ??= new Set());

export function publicGeneration(): number {
  return (globalThis as WithGeneration)[KEY] ?? 0;
}

export function bumpPublicGeneration(withdrawn: Withdrawn = "everything") {
  (globalThis as WithGeneration)[KEY] = publicGeneration() + 1;
  for (const listener of listeners()) listener(withdrawn);
}

/** Calls `listener` on every change, before the change's request is answered; returns the way to stop. */
export function onPublicChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => void listeners().delete(listener);
}
