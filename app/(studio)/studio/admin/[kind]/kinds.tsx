// The reference data under /studio/admin/<kind>: each kind's display (lib/admin/<kind>.ts),
// its forms and its actions. /studio/admin/users has its own page, which Next prefers to [kind].
import { notFound } from "next/navigation";
import { AuthorForm } from "@/components/admin/author-form";
import { referencePages, type ReferencePages } from "@/components/admin/reference-pages";
import { DisclaimerForm, DivisionForm, SeriesForm, TopicForm } from "@/components/admin/taxonomy-forms";
import { createAuthorAction, deleteAuthorAction, updateAuthorAction } from "@/lib/actions/authors";
import { createDisclaimerAction, deleteDisclaimerAction, updateDisclaimerAction } from "@/lib/actions/disclaimers";
import * as taxonomy from "@/lib/actions/taxonomy";
import { listAccountChoices, listEditorChoices } from "@/lib/accounts/users";
import type { CurrentUser } from "@/lib/accounts/sessions";
import { authorsAdmin } from "@/lib/admin/authors";
import { MAX_AUTHOR_LINKS } from "@/lib/admin/author-identity";
import { disclaimersAdmin, listDisclaimers } from "@/lib/admin/disclaimers";
import { divisionsAdmin } from "@/lib/admin/divisions";
import { seriesAdmin } from "@/lib/admin/series";
import { topicsAdmin } from "@/lib/admin/topics";
import { decideSite } from "@/lib/permissions";

/** The people who may be chosen as a division's editors; null for those who may not choose (only admins may). */
const editorChoices = (user: CurrentUser) => (decideSite(user, "divisions.assignEditors") === "allow" ? listEditorChoices(user) : null);

const kinds: Record<string, ReferencePages> = {
  authors: referencePages(authorsAdmin, {
    create: async (user) => (
      <AuthorForm action={createAuthorAction} accounts={await listAccountChoices(user, null)} maxLinks={MAX_AUTHOR_LINKS} />
    ),
    edit: async (user, author) => (
      <AuthorForm
        action={updateAuthorAction}
        author={author}
        accounts={await listAccountChoices(user, author.id)}
        maxLinks={MAX_AUTHOR_LINKS}
      />
    ),
    remove: deleteAuthorAction,
  }),
  divisions: referencePages(divisionsAdmin, {
    create: async (user) => <DivisionForm action={taxonomy.createDivisionAction} editors={await editorChoices(user)} />,
    edit: async (user, division) => (
      <DivisionForm action={taxonomy.updateDivisionAction} division={division} editors={await editorChoices(user)} />
    ),
    remove: taxonomy.deleteDivisionAction,
  }),
  series: referencePages(seriesAdmin, {
    create: async (user) => <SeriesForm action={taxonomy.createSeriesAction} disclaimers={await listDisclaimers(user)} />,
    edit: async (user, series) => (
      <SeriesForm action={taxonomy.updateSeriesAction} series={series} disclaimers={await listDisclaimers(user)} />
    ),
    remove: taxonomy.deleteSeriesAction,
  }),
  topics: referencePages(topicsAdmin, {
    create: () => <TopicForm action={taxonomy.createTopicAction} />,
    edit: (_user, topic) => <TopicForm action={taxonomy.updateTopicAction} topic={topic} />,
    remove: taxonomy.deleteTopicAction,
  }),
  disclaimers: referencePages(disclaimersAdmin, {
    create: () => <DisclaimerForm action={createDisclaimerAction} />,
    edit: (_user, disclaimer) => <DisclaimerForm action={updateDisclaimerAction} disclaimer={disclaimer} />,
    remove: deleteDisclaimerAction,
  }),
};

export type KindParams = { params: Promise<{ kind: string }> };

/** The pages of /studio/admin/<kind>, or the 404 page for a kind there is not. */
export async function kindPages({ params }: KindParams): Promise<ReferencePages> {
  const { kind } = await params;
  const pages = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
  if (!pages) notFound();
  return pages;
}

export const noIndex = { robots: { index: false } };
