// A process-wide count of changes to public content. refreshPublic bumps it after every change,
// and the caches kept outside Next's own (the server's response cache, search results) key
// their entries by it, so nothing stored before a change is served after it.
//
// It lives on globalThis because Next bundles lib/ into its own server code: the module copy
// refreshPublic runs in is not the one scripts/server.ts imported.
const KEY = Symbol.for("standfirst.public-generation");
type WithGeneration = typeof globalThis & { [KEY]?: number };

export function publicGeneration(): number {
  return (globalThis as WithGeneration)[KEY] ?? 0;
}

export function bumpPublicGeneration() {
  (globalThis as WithGeneration)[KEY] = publicGeneration() + 1;
}
