"use client";
// The last boundary: an error in a layout above every segment's own error page (the public
// and studio layouts read the site settings and the session) would otherwise show Next's
// default screen. It replaces the root layout, so it brings its own document and styles.
import { ErrorPage } from "@/components/ui/error-page";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong</title>
        <main id="main" className="wrap">
          <ErrorPage title="This page could not be loaded" error={error} retry={retry} homeLink>
            <p className="lede">
              Something went wrong on our side, or the site cannot reach its database just now. Please try again in a moment.
            </p>
          </ErrorPage>
        </main>
      </body>
    </html>
  );
}
