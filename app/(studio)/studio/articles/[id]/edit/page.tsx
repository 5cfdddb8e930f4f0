import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/editor/article-editor";
import { getArticleFormOptions } from "@/lib/editorial/form-options";
import { getArticleForEditing, type EditableArticle } from "@/lib/editorial/working-copy";
import { requireUser } from "@/lib/accounts/auth";
import { ForbiddenError, NotFoundError } from "@/lib/platform/errors";
import "@/app/styles/editor.css";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Edit commentary", robots: { index: false } };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.edit(id));
  let article: EditableArticle;
  try {
    article = await getArticleForEditing(user, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
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
  const options = await getArticleFormOptions(user);
  return <ArticleEditor article={article} options={options} />;
}
