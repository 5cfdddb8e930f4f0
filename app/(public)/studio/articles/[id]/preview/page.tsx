import type { Metadata } from "next";
import Link from "next/link";
import { PieceArticle } from "@/components/reader/piece-view";
import { PreviewBanner } from "@/components/reader/preview-banner";
import { CreatePreviewLinkForm, RevokePreviewLinkButton } from "@/components/reader/preview-links";
import { requireUser } from "@/lib/accounts/auth";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { DEFAULT_LINK_DAYS, getPreview, MAX_LINK_DAYS } from "@/lib/editorial/previews";
import { formatSiteDate } from "@/lib/platform/dates";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { paths } from "@/lib/platform/paths";

// A working copy: never cached, never indexed (next.config.js also sends X-Robots-Tag).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default async function StudioPreviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(paths.studio.preview(id));
  const [{ piece, status, links }, site] = await Promise.all([orNotFound(getPreview(user, id)), getSiteSettings()]);
  const when = (date: Date) => formatSiteDate(date, site.timeZone);
  return (
    <>
      <PreviewBanner>
        <p>
          This is the working copy ({status.replace(/_/g, " ")}), shown as readers would see it. It is not public.{" "}
          <Link href={paths.studio.home()}>Back to the studio</Link>
        </p>
      </PreviewBanner>
      <PieceArticle piece={piece} timeZone={site.timeZone} labels={site} />
      {links ? (
        <section className="preview-links" aria-labelledby="share-heading">
          <h2 id="share-heading">Share this preview</h2>
          <p className="muted">Anyone with a share link can read this working copy until the link expires or is revoked.</p>
          <CreatePreviewLinkForm articleId={piece.articleId} defaultDays={DEFAULT_LINK_DAYS} maxDays={MAX_LINK_DAYS} />
          {links.length ? (
            <table className="table preview-links__table">
              <caption className="visually-hidden">Share links for this piece</caption>
              <thead>
                <tr>
                  <th scope="col">Created</th>
                  <th scope="col">By</th>
                  <th scope="col">Expires</th>
                  <th scope="col">State</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.id}>
                    <td>{when(link.createdAt)}</td>
                    <td>{link.createdBy.name}</td>
                    <td>{when(link.expiresAt)}</td>
                    <td>{link.revokedAt ? "Revoked" : link.active ? "Active" : "Expired"}</td>
                    <td>
                      {link.active ? (
                        <RevokePreviewLinkButton linkId={link.id} label={`Revoke the link created ${when(link.createdAt)}`} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>No share links yet.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
