import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/platform/errors";

/**
 * Studio pages show "not found" for what the person may not see or open: the lib call has
 * already decided, this only turns its refusal into the 404 page.
 */
export async function loadOr404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
