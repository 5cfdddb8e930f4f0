"use client";
// A studio page that could not be rendered, most often because the database cannot be reached:
// said plainly, with a way to try again, inside the studio's own frame rather than as Next's
// bare error screen. The server hides the cause from the browser (only a digest arrives), so
// the likely one is named without claiming it. Text being written is not at risk: the editor
// keeps it in this browser and saves it when the server answers again.
import { useRouter } from "next/navigation";
import { startTransition } from "react";

export default function StudioError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      // Renders the page on the server again, then clears this boundary.
      router.refresh();
      reset();
    });
  return (
    <section aria-labelledby="studio-error-heading">
      <h1 id="studio-error-heading" className="page-title">
        This page could not be loaded
      </h1>
      <p>
        The studio cannot reach its database just now, or something went wrong on our side. Nothing you saved is lost, and text you were
        typing is kept in this browser until it can be saved.
      </p>
      <p>Try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </p>
      {error.digest ? <p className="muted">Reference for the site&apos;s administrator: {error.digest}</p> : null}
    </section>
  );
}
