import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="wrap">
      <h1 className="page-title">Page not found</h1>
      <p>There is nothing at this address. It may have moved, or it may not be public.</p>
      <p>
        <Link href="/">Go to the latest commentaries</Link>
      </p>
    </main>
  );
}
