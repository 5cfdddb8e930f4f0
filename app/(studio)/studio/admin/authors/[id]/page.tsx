import type { Metadata } from "next";
import { AuthorForm } from "@/components/admin/author-form";
import { DeleteSection, FormPage } from "@/components/admin/form-page";
import { NoAccess } from "@/components/admin/guards";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { deleteAuthorAction, updateAuthorAction } from "@/lib/actions/authors";
import { requireUser } from "@/lib/accounts/auth";
import { getAuthor } from "@/lib/admin/authors";
import { decideSite } from "@/lib/permissions";
import { listAccountChoices } from "@/lib/accounts/users";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Edit author", robots: { index: false } };

export default async function EditAuthorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(paths.studio.admin.item("authors", id));
  if (decideSite(user, "authors.manage") !== "allow") return <NoAccess title="Edit author" />;
  const [author, accounts] = await Promise.all([orNotFound(getAuthor(user, id)), listAccountChoices(user, id)]);
  return (
    <FormPage back={{ href: paths.studio.admin.list("authors"), label: "Authors" }} title={author.displayName}>
      <AuthorForm action={updateAuthorAction} author={author} accounts={accounts} />
      <DeleteSection
        action={deleteAuthorAction}
        id={author.id}
        what="author"
        name={author.displayName}
        rule="Only an author who is on no piece, working or published, can be deleted."
      />
    </FormPage>
  );
}
