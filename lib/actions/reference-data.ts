// The form actions of the reference data declared in lib/admin/ (authors, divisions, series,
// topics, disclaimers): each checks nothing itself but the form's shape; the lib function
// checks the session's permission and every field, then the action goes back to the list.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "../permissions";
import { paths, type AdminSection } from "../platform/paths";
import { defineFormAction } from "./define";

// The shape of the forms; the lib declarations validate each field.
const value = z.union([z.string(), z.array(z.string())]);
const fields = z.record(z.string(), value);
const withId = z.object({ id: z.string().min(1).max(64) }).catchall(value);

type Section = Exclude<AdminSection, "users">;

/** Back to the kind's admin list, fresh. */
const backTo = (section: Section): never => {
  const list = paths.studio.admin.list(section);
  revalidatePath(list);
  redirect(list);
};

export const createReferenceAction = (kind: { create(actor: Actor | null, input: unknown): Promise<unknown> }, section: Section) =>
  defineFormAction(fields, async (user, input) => {
    await kind.create(user, input);
    backTo(section);
  });

export const updateReferenceAction = (
  kind: { update(actor: Actor | null, id: string, input: unknown): Promise<unknown> },
  section: Section,
) =>
  defineFormAction(withId, async (user, { id, ...input }) => {
    await kind.update(user, id, input);
    backTo(section);
  });

export const deleteReferenceAction = (kind: { remove(actor: Actor | null, id: string): Promise<unknown> }, section: Section) =>
  defineFormAction(withId, async (user, { id }) => {
    await kind.remove(user, id);
    backTo(section);
  });
