import type { Metadata } from "next";
import { AuthorForm } from "@/components/admin/author-form";
import { FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { createAuthorAction } from "@/lib/actions/authors";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { listAccountChoices } from "@/lib/accounts/users";

export const metadata: Metadata = { title: "New author", robots: { index: false } };

export default async function NewAuthorPage() {
  const user = await requireUser("/studio/admin/authors/new");
  if (decideSite(user, "authors.manage") !== "allow") return <NoAccess title="New author" />;
  const accounts = await listAccountChoices(user, null);
  return (
    <FormPage back={{ href: "/studio/admin/authors", label: "Authors" }} title="New author">
      <AuthorForm action={createAuthorAction} accounts={accounts} />
    </FormPage>
  );
}
