import type { Metadata } from "next";
import { AuthorForm } from "@/components/admin/author-form";
import { FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { createAuthorAction } from "@/lib/actions/authors";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { listAccountChoices } from "@/lib/accounts/users";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "New author", robots: { index: false } };

export default async function NewAuthorPage() {
  const user = await requireUser(paths.studio.admin.create("authors"));
  if (decideSite(user, "authors.manage") !== "allow") return <NoAccess title="New author" />;
  const accounts = await listAccountChoices(user, null);
  return (
    <FormPage back={{ href: paths.studio.admin.list("authors"), label: "Authors" }} title="New author">
      <AuthorForm action={createAuthorAction} accounts={accounts} />
    </FormPage>
  );
}
