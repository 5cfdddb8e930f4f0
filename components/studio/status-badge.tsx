import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export const statusLabels: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
  archived: "Archived",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={`status status--${status}`}>{statusLabels[status]}</span>;
}
