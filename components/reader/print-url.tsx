/** The piece's address, printed at the end of a paper copy (hidden on screen). */
export function PrintUrl({ url }: { url: string }) {
  return (
    <p className="print-only print-url">
      Read online at <a href={url}>{url}</a>
    </p>
  );
}
