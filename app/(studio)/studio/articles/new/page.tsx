import type { Metadata } from "next";
import { ArticleEditor } from "@/components/editor/article-editor";
import { getArticleFormOptions } from "@/lib/editorial/form-options";
import { requireUser } from "@/lib/accounts/auth";
import "@/app/styles/editor.css";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "New commentary", robots: { index: false } };

export default async function NewArticlePage() {
  const user = await requireUser(paths.studio.newArticle());
  const options = await getArticleFormOptions(user);
  return <ArticleEditor article={null} options={options} />;
}
