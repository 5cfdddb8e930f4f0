import { legacyRedirect } from "@/lib/reader/legacy-paths";

// Old WordPress addresses, rewritten here by next.config.js: a permanent redirect to the piece.
export function GET(_request: Request, context: { params: Promise<{ kind: string; rest: string[] }> }) {
  return legacyRedirect(context.params);
}
