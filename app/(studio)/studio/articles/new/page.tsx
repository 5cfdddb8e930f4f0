import type { Metadata } from "next";
import { ArticleEditor } from "@/components/editor/article-editor";
import { getArticleFormOptions } from "@/lib/article-form-options";
import { requireUser } from "@/lib/auth";
import "@/app/styles/editor.css";

export const metadata: Metadata = { title: "New commentary", robots: { index: false } };

export default async function NewArticlePage() {
  const user = await requireUser("/studio/articles/new");
  const options = await getArticleFormOptions(user);
  return (
    <>
      <h1 className="page-title page-title--editor">New commentary</h1>
      <p className="muted">The piece is created as a draft when it has a title, and saved as you write.</p>
      <ArticleEditor article={null} options={options} />
    </>
  );
}
