"use client";
// A reader's page that could not be rendered (met when moving between pages: a page
// requested whole gets its last good copy or a plain 503 page from the server instead,
// lib/platform/http/response-failover.ts). Inside the site's header and footer, with a way
// to try again and a way home; nothing of the cause is shown.
import { ErrorPage } from "@/components/ui/error-page";

export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="not-found">
      <ErrorPage title="This page could not be shown" error={error} retry={retry} homeLink>
        <p className="lede">
          Something went wrong on our side, or the site cannot reach its database just now. Please try again in a moment.
        </p>
      </ErrorPage>
    </div>
  );
}
