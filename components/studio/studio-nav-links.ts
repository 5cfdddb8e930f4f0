// The studio's sections and the permission each needs; the layout shows a link only when
// lib/permissions allows it (the page checks again).
import type { SiteAction } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const studioLinks: { href: string; label: string; needs: SiteAction }[] = [
  { href: paths.studio.home(), label: "Dashboard", needs: "articles.create" },
  { href: paths.studio.articles(), label: "Commentaries", needs: "articles.create" },
  { href: paths.studio.review(), label: "Review queue", needs: "articles.viewReviewQueue" },
  { href: paths.studio.pitches(), label: "Pitches", needs: "pitches.file" },
  { href: paths.studio.calendar(), label: "Calendar", needs: "articles.create" },
  { href: paths.studio.newArticle(), label: "New commentary", needs: "articles.create" },
  { href: paths.studio.media(), label: "Media", needs: "media.browse" },
  { href: paths.studio.comments(), label: "Reader comments", needs: "comments.moderate" },
  { href: paths.studio.admin.home(), label: "Admin", needs: "authors.manage" },
  { href: paths.studio.audit(), label: "Audit log", needs: "audit.view" },
  { href: paths.studio.outbox(), label: "Outbox", needs: "outbox.view" },
];
