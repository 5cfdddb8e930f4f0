// Divisions own pieces; declared for lib/admin/reference-data.ts. A division may name its
// editors: then only they (and admins) edit its pieces (lib/permissions). Editors maintain a
// division's name and description; only admins change who edits it, or an editor could
// appoint themselves to any division.
import "server-only";
import { z } from "zod";
import { changedFields } from "../platform/audit";
import { db, type Tx } from "../platform/db";
import { nameField, slugField, slugFrom, textField } from "./entities";
import { adminKind, referenceData, type ParseContext } from "./reference-data";
import { ForbiddenError, ValidationError } from "../platform/errors";
import { decideSite, divisionEditorRoles, type Actor } from "../permissions";
import { publicTags } from "../reader/cache";
import type { Division as DivisionRow, Prisma } from "../generated/prisma/client";
import { parseInput } from "../platform/validation";

/** The form's choices for Division.fourEyes: null, true, false. */
export const fourEyesChoices = ["site", "on", "off"] as const;
const fourEyesValue = { site: null, on: true, off: false } as const;

const divisionInput = z.object({
  name: nameField("division"),
  slug: slugField,
  description: textField("The description", 2000),
  editorIds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))]),
  /** Four-eyes sign-off for the division's pieces: "site" follows the site's setting. */
  fourEyes: z.enum(fourEyesChoices, { error: "Choose Follow the site, On or Off." }).optional(),
});

const withEditors = {
  editors: { select: { userId: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
} as const satisfies Prisma.DivisionInclude;
type Division = Prisma.DivisionGetPayload<{ include: typeof withEditors }>;

export const EDITORS_ADMIN_ONLY = "Only an admin can change who edits a division.";
export const FOUR_EYES_ADMIN_ONLY = "Only an admin can change a division's four-eyes rule.";

/** Throws unless the actor may change a division's editor list (admins only). */
function authorizeEditorChange(actor: Actor) {
  if (decideSite(actor, "divisions.assignEditors") !== "allow") {
    throw new ForbiddenError(EDITORS_ADMIN_ONLY);
  }
}

/**
 * Whether the input names the editor list at all. The form always sends the field to those
 * who may change it (an empty hidden value, so unticking everyone still counts); an edit that
 * leaves it out keeps the list as it is.
 */
const mentionsEditors = (input: unknown) => typeof input === "object" && input !== null && "editorIds" in input;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Division editors must be editors or admins who can sign in. */
async function checkEditors(editorIds: string[]) {
  const users = await db.user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true, role: true, disabled: true } });
  return editorIds.map((id) => {
    const user = users.find((u) => u.id === id);
    if (!user) throw new ValidationError("One of the chosen editors does not exist.", { editorIds: ["Choose existing editors."] });
    if (!divisionEditorRoles.includes(user.role) || user.disabled) {
      const why = user.disabled ? "disabled" : `a ${user.role}`;
      throw new ValidationError(`${user.name} is ${why}; only editors and admins can be a division's editors.`, {
        editorIds: [`${user.name} is ${why}.`],
      });
    }
    return user.name;
  });
}

/** The fields, and the editor list: chosen (ids and names), and whether that changes it. */
async function parseDivision(input: unknown, { actor, before }: ParseContext<Division>) {
  const { editorIds, fourEyes: choice, ...fields } = parseInput(divisionInput, input);
  // Left out of the input (an editor's form): the division keeps its rule. Changing it is an admin's
  // call, as is who edits the division: an editor could otherwise switch off the rule for their
  // own piece (divisions.assignEditors is the permission over who signs off a division's pieces).
  const fourEyes = choice === undefined ? (before?.fourEyes ?? null) : fourEyesValue[choice];
  if (fourEyes !== (before?.fourEyes ?? null) && decideSite(actor, "divisions.assignEditors") !== "allow") {
    throw new ForbiddenError(FOUR_EYES_ADMIN_ONLY);
  }
  const changed = before
    ? mentionsEditors(input) &&
      !sameIds(
        editorIds,
        before.editors.map((e) => e.userId),
      )
    : editorIds.length > 0;
  if (changed) authorizeEditorChange(actor);
  const names = before && !changed ? before.editors.map((e) => e.user.name) : await checkEditors(editorIds);
  return { ...fields, fourEyes, slug: slugFrom(fields.slug, fields.name), editors: { ids: editorIds, names, changed } };
}
type DivisionData = Awaited<ReturnType<typeof parseDivision>>;

const editorRows = (ids: string[]) => ({ create: ids.map((userId) => ({ userId })) });

export const divisions = referenceData({
  noun: "division",
  auditPrefix: "divisions",
  permission: "taxonomy.manage",
  label: "name",
  store: {
    find: (client: Tx, id: string) => client.division.findUnique({ where: { id }, include: withEditors }),
    create: (tx: Tx, { editors, ...data }: DivisionData) => tx.division.create({ data: { ...data, editors: editorRows(editors.ids) } }),
    update: (tx: Tx, before: Division, { editors, ...data }: DivisionData) =>
      tx.division.update({
        where: { id: before.id },
        data: { ...data, ...(editors.changed ? { editors: { deleteMany: {}, ...editorRows(editors.ids) } } : {}) },
      }),
    remove: (tx: Tx, id: string) => tx.division.delete({ where: { id } }),
  },
  list: () =>
    db.division.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        slug: true,
        editors: { select: { user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
        _count: { select: { articles: true } },
      },
    }),
  show: ({ editors, ...division }: Division) => ({
    ...division,
    editorIds: editors.map((e) => e.userId),
    editorNames: editors.map((e) => e.user.name),
  }),
  parse: parseDivision,
  audit: {
    named: ["name", "slug"],
    created: (division: DivisionRow, data: DivisionData) => ({
      name: division.name,
      slug: division.slug,
      editors: data.editors.names,
      fourEyes: division.fourEyes,
    }),
    updated: (before: Division, data: DivisionData) =>
      changedFields(
        {
          name: before.name,
          slug: before.slug,
          description: before.description,
          editors: before.editors.map((e) => e.user.name).sort(),
          fourEyes: before.fourEyes,
        },
        {
          name: data.name,
          slug: data.slug,
          description: data.description,
          editors: [...data.editors.names].sort(),
          fourEyes: data.fourEyes,
        },
      ),
  },
  inUse: { pieces: (id: string) => ({ divisionId: id }), remedy: "move them to another division first." },
  tags: (id: string) => [publicTags.division(id)],
  retiredAs: "division",
});

export const { list: listDivisions, get: getDivision, create: createDivision, update: updateDivision, remove: deleteDivision } = divisions;

export const divisionsAdmin = adminKind(divisions, {
  title: "Divisions",
  section: "divisions",
  slug: (division) => division.slug,
  columns: [
    {
      label: "Editors",
      cell: (division) => (division.editors.length ? division.editors.map((e) => e.user.name).join(", ") : { muted: "Any editor" }),
    },
    { label: "Pieces", cell: (division) => division._count.articles },
  ],
  deleteRule: "Only a division that owns no piece, working or published, can be deleted.",
});
