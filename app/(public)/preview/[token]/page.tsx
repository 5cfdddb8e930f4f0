import type { Metadata } from "next";
import { headers } from "next/headers";
import { PieceArticle } from "@/components/reader/piece-view";
import { PreviewBanner } from "@/components/reader/preview-banner";
import { clientIp } from "@/lib/platform/http/client-ip";
import { RateLimitedError } from "@/lib/platform/errors";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { getSharedPreview } from "@/lib/editorial/previews";
import { formatSiteDate } from "@/lib/platform/dates";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { TooManyAttempts } from "@/components/ui/too-many-attempts";

// A working copy behind a share link: never cached, never indexed (next.config.js also sends X-Robots-Tag).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

export default async function SharedPreviewPage({ params }: Props) {
  const [{ token }, requestHeaders, site] = await Promise.all([params, headers(), getSiteSettings()]);
  let preview;
  try {
    preview = await orNotFound(getSharedPreview(token, { ip: clientIp(requestHeaders) }));
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return <TooManyAttempts message={error.message} />;
    }
    throw error;
  }
  return (
    <>
      <PreviewBanner>
        <p>
          A draft shared for review, not yet public. This link works until {formatSiteDate(preview.expiresAt, site.timeZone)}; please do not
          pass it on.
        </p>
      </PreviewBanner>
      <PieceArticle piece={preview.piece} timeZone={site.timeZone} labels={site} />
    </>
  );
}
