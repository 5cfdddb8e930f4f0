import type { Metadata } from "next";
import { headers } from "next/headers";
import { PieceArticle } from "@/components/reader/piece-view";
import { PreviewBanner } from "@/components/reader/preview-banner";
import { ReviewDecisionForm } from "@/components/reader/review-decision-form";
import { clientIp } from "@/lib/platform/http/client-ip";
import { RateLimitedError } from "@/lib/platform/errors";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { openReviewLink, type ReviewPage } from "@/lib/editorial/review-links";
import { formatSiteDate } from "@/lib/platform/dates";
import { getSiteSettings } from "@/lib/platform/site-settings";
import "@/app/styles/outside-review.css";
import { TooManyAttempts } from "@/components/ui/too-many-attempts";

// An outside reviewer's page, opened by the link mailed to them: never cached, never indexed
// (next.config.js also sends X-Robots-Tag), no account needed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** Why a link opens no piece, in the reviewer's terms. */
const closed: Record<Exclude<ReviewPage["state"], "open" | "decided">, (sentBy: string) => string> = {
  revoked: (sentBy) => `${sentBy} has withdrawn this review link, so it no longer opens the piece.`,
  expired: (sentBy) => `This review link has expired. If you still want to review the piece, ask ${sentBy} for a new link.`,
  moved_on: (sentBy) =>
    `The piece has changed since this link was sent to you, so your decision would be about an older text. Ask ${sentBy} for a new link.`,
};

export default async function OutsideReviewPage({ params }: Props) {
  const [{ token }, requestHeaders, site] = await Promise.all([params, headers(), getSiteSettings()]);
  let review: ReviewPage;
  try {
    review = await orNotFound(openReviewLink(token, { ip: clientIp(requestHeaders) }));
  } catch (error) {
    if (error instanceof RateLimitedError) {
      return <TooManyAttempts message={error.message} />;
    }
    throw error;
  }
  if (review.state === "decided") {
    return (
      <div className="outside-review-page">
        <h1 className="page-title">Thank you, {review.reviewerName}</h1>
        <p className="lede">
          {review.decision === "approved"
            ? `You approved this piece on ${formatSiteDate(review.decidedAt, site.timeZone)}.`
            : `You asked for changes on ${formatSiteDate(review.decidedAt, site.timeZone)}.`}{" "}
          {review.sentBy} has been told. This link takes no further decision.
        </p>
        {review.comment ? <blockquote className="outside-review-page__comment">{review.comment}</blockquote> : null}
      </div>
    );
  }
  if (review.state !== "open") {
    return (
      <div className="outside-review-page">
        <h1 className="page-title">This review link is closed</h1>
        <p className="lede">{closed[review.state](review.sentBy)}</p>
      </div>
    );
  }
  return (
    <>
      <PreviewBanner>
        <p>
          {review.reviewerName}, {review.sentBy} asks you to review this piece before it is published. It is not yet public; please do not
          pass this link on. It works until {formatSiteDate(review.expiresAt, site.timeZone)}. Your decision is at the end of the page.
        </p>
      </PreviewBanner>
      <PieceArticle piece={review.piece} timeZone={site.timeZone} labels={site} />
      <ReviewDecisionForm token={token} />
    </>
  );
}
