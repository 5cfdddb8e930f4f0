import { clientIp } from "@/lib/platform/http/client-ip";
import { NotFoundError, RateLimitedError } from "@/lib/platform/errors";
import { calendarFeedIcs } from "@/lib/editorial/calendar-feed";

// A person's iCalendar feed, opened by the secret in its address (/calendar/<secret>.ics): no
// session, never cached, never indexed.
export const dynamic = "force-dynamic";

const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

export async function GET(request: Request, context: { params: Promise<{ file: string }> }) {
  const { file } = await context.params;
  const secret = file.endsWith(".ics") ? file.slice(0, -4) : "";
  try {
    const ics = await calendarFeedIcs(secret, { ip: clientIp(request.headers) });
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  } catch (error) {
    if (error instanceof RateLimitedError) return text(error.message, 429, { "Retry-After": String(error.retryAfterSeconds) });
    if (error instanceof NotFoundError) return text(error.message, 404);
    throw error;
  }
}
