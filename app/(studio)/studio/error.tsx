"use client";
// A studio page that could not be rendered, most often because the database cannot be reached:
// said plainly, with a way to try again, inside the studio's own frame rather than as Next's
// bare error screen. The server hides the cause from the browser (only a digest arrives), so
// the likely one is named without claiming it. Text being written is not at risk: the editor
// keeps it in this browser and saves it when the server answers again.
import { ErrorPage } from "@/components/ui/error-page";

export default function StudioError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPage title="This page could not be loaded" error={error} retry={retry}>
      <p>
        The studio cannot reach its database just now, or something went wrong on our side. Nothing you saved is lost, and text you were
        typing is kept in this browser until it can be saved.
      </p>
      <p>Try again in a moment.</p>
    </ErrorPage>
  );
}
