import { connection } from "next/server";

// Rendered on every request, like the site's dynamic pages, but with nothing to fetch.
export default async function Page() {
  await connection();
  return <p>Rendered at {new Date().toISOString()}</p>;
}
