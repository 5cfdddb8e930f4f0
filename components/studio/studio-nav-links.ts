// The studio's sections and the permission each needs; the layout shows a link only when
// lib/permissions allows it (the page checks again).
import type { SiteAction } from "@/lib/permissions";

export const studioLinks: { href: string; label: string; needs: SiteAction }[] = [
  { href: "/studio", label: "Dashboard", needs: "articles.create" },
  { href: "/studio/review", label: "Review queue", needs: "articles.viewReviewQueue" },
  { href: "/studio/articles/new", label: "New commentary", needs: "articles.create" },
  { href: "/studio/comments", label: "Reader comments", needs: "comments.moderate" },
  { href: "/studio/admin", label: "Admin", needs: "authors.manage" },
  { href: "/studio/audit", label: "Audit log", needs: "audit.view" },
  { href: "/studio/outbox", label: "Outbox", needs: "outbox.view" },
];
