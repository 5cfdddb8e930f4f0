// The pages the production server writes itself, without Next.js (scripts/server.ts): "temporarily
// unavailable" (lib/platform/http/response-failover.ts) and "bad address" (./request-refusals.ts).
// One self-contained page: no script, no stylesheet, no font to load, so it shows whatever state
// the application is in.
import { paths } from "../paths";

export interface PlainPage {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** For text between tags (the only place this page puts words): quotes stay as they are. */
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A short page saying `heading` and `paragraphs` (plain text, escaped here), with a link home. */
export function plainPage(status: number, heading: string, paragraphs: string[], headers: Record<string, string> = {}): PlainPage {
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)}</title>
<style>body{font:1.125rem/1.6 Georgia,serif;color:#1d1d1b;max-width:36rem;margin:12vh auto;padding:0 1.25rem}h1{font-size:1.75rem;line-height:1.25}a{color:#0b4f8a}</style>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n")}
<p><a href="${paths.home()}">Go to the home page</a></p>
</main>
</body>
</html>
`;
  return {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      // The page runs nothing and loads nothing: the strictest policy fits it.
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
      ...headers,
    },
    body,
  };
}
