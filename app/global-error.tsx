"use client";
// The last boundary: an error in a layout above every segment's own error page (the public
// and studio layouts read the site settings and the session) would otherwise show Next's
// default screen. It replaces the root layout, so it brings its own document and styles, and
// says what the readers' error page says.
import PublicError from "./(public)/error";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong</title>
        <main id="main" className="wrap">
          <PublicError error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
