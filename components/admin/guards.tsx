// What the administration pages show when the visitor may not see them, or asks for
// something that does not exist. The lib functions check again: this only shapes the page.
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/platform/errors";

export function NoAccess({ title }: { title: string }) {
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p>You do not have permission to see this page. Ask an administrator if you need access.</p>
    </>
  );
}

/** The thing a lib function loads, or the 404 page when it does not exist. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
