"use client";
// What an error boundary shows (app/(public)/error.tsx, app/(studio)/studio/error.tsx,
// app/global-error.tsx): the trouble said plainly, a way to try again, and nothing internal.
// In production the server sends the browser no message and no stack for a server error,
// only a digest; that opaque reference is shown so an administrator can find the error in
// the server's log. Errors thrown in the browser carry no digest and show nothing of theirs.
import Link from "next/link";
import { useId, type ReactNode } from "react";

const digestOf = (error: unknown) =>
  typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : null;

export function ErrorPage({
  title,
  error,
  retry,
  homeLink = false,
  children,
}: {
  title: string;
  /** What the boundary caught: only its digest is read. */
  error: unknown;
  /** The boundary's retry: renders the segment on the server again, then clears the error. */
  retry: () => void;
  /** A link to the home page, for readers who would rather go elsewhere. */
  homeLink?: boolean;
  /** The explanation, in paragraphs. */
  children: ReactNode;
}) {
  const headingId = useId();
  const digest = digestOf(error);
  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId} className="page-title">
        {title}
      </h1>
      {children}
      <p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </p>
      {homeLink ? (
        <p>
          <Link href="/">Go to the home page</Link>
        </p>
      ) : null}
      {digest ? <p className="muted">Reference for the site&apos;s administrator: {digest}</p> : null}
    </section>
  );
}
