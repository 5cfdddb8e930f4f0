import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/editor/article-editor";
import { getArticleFormOptions } from "@/lib/editorial/form-options";
import { getArticleForEditing, getLeadImageSummary, type EditableArticle } from "@/lib/editorial/working-copy";
import { requireUser } from "@/lib/accounts/auth";
import { EditingStatusPanel } from "@/components/studio/editing-status";
import { getEditingStatus } from "@/lib/editorial/editing-status";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { ForbiddenError } from "@/lib/platform/errors";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import "@/app/styles/editor.css";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Edit commentary", robots: { index: false } };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.edit(id));
  let article: EditableArticle;
  try {
    // A piece the person may see but not edit now says why, instead of the 404 page.
    article = await orNotFound(getArticleForEditing(user, id), { forbiddenAs404: false });
  } catch (error) {
    if (error instanceof ForbiddenError) {
      return (
        <>
          <h1 className="page-title">Editing is closed</h1>
          <p className="notice notice--refusal">{error.message}</p>
          <p>
            <Link href={paths.studio.article(id)}>Back to the piece</Link>
          </p>
        </>
      );
    }
    throw error;
  }
  const [options, leadImage, editing, site] = await Promise.all([
    getArticleFormOptions(user),
    getLeadImageSummary(user, id),
    getEditingStatus(user, id),
    getSiteSettings(),
  ]);
  return (
    <ArticleEditor article={article} options={options} leadImage={leadImage}>
      <EditingStatusPanel articleId={id} editing={editing} timeZone={site.timeZone} />
    </ArticleEditor>
  );
}
