// The framework's own cost: a Next.js app with one page and no data, built and served the
// same way as the site, measured beside it.
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
