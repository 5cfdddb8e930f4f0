// PostgreSQL cannot store the NUL character in text or JSONB: an input carrying one would
// fail deep in the database as a server error. Inputs are checked for it at the boundary
// and refused with a message instead.
export const NUL_REFUSED = "The input contains a NUL character, which is not allowed.";

export function containsNul(value: unknown): boolean {
  try {
    return (JSON.stringify(value) ?? "").includes("\\u0000");
  } catch {
    return false;
  }
}
