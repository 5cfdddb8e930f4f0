// CSRF defence for route handlers that change state. Next.js already refuses a server
// action whose Origin does not match the host; route handlers get the same rule here. A
// browser always sends Origin on a cross-site POST, PUT, PATCH or DELETE (and
// Sec-Fetch-Site where it knows it), so a request that says it comes from elsewhere is
// refused. A request with neither header did not come from a browser page, and a
// cookie-less client gains nothing: every handler still checks the session.
import { ForbiddenError } from "../errors";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function assertSameOrigin(request: Request): void {
  if (!unsafeMethods.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new ForbiddenError("Requests from other sites are refused.");
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ForbiddenError("Requests from other sites are refused.");
  }
  if (!host || originHost !== host) throw new ForbiddenError("Requests from other sites are refused.");
}
