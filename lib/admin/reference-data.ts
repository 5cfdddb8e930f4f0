// The one implementation of the things editors maintain (authors, divisions, series, topics,
// disclaimers; ARCHITECTURE.md, "Reference data"). Each kind is a declaration in
// lib/admin/<kind>.ts: its model, input parsing, permission, audit names and details, the
// uses that block a delete and the public cache tags to refresh. This file does the rest the
// same way for all: permission first, "No such <noun>." for a missing row, the change and its
// audit event in one transaction, the public pages refreshed after commit, and database
// errors (a taken slug) turned into messages.
import "server-only";
import type { AdminSection } from "../platform/paths";
import { isDeepStrictEqual } from "node:util";
import { changedFields, recordAudit } from "../platform/audit";
import { db, type Tx } from "../platform/db";
import { ConflictError, NotFoundError, fromDatabaseError } from "../platform/errors";
import type { Prisma } from "../generated/prisma/client";
import { authorizeSite, type Actor, type SiteAction } from "../permissions";
import { refreshPublic } from "../reader/cache";
import { retiredSlugHolder, retireSlug, type RetiredKind } from "../reader/retired-slugs";
import { plural, refuseWhileUsed } from "./entities";

/** A value the audit log compares and shows. */
type AuditValue = string | number | boolean | null | readonly string[];
type Details = Record<string, unknown>;
/** The keys of T whose values are of type V. */
type KeysOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T] & string;

/** The part of a Prisma model delegate that the default store uses. */
interface Delegate<Saved, Data> {
  findUnique(args: { where: { id: string } }): PromiseLike<Saved | null>;
  create(args: { data: Data }): PromiseLike<Saved>;
  update(args: { where: { id: string }; data: Data }): PromiseLike<Saved>;
  delete(args: { where: { id: string } }): PromiseLike<unknown>;
}

/** How a kind is read and written: `find` outside or inside a transaction, the rest inside. */
export interface Store<Row, Saved, Data> {
  find(client: Tx, id: string): PromiseLike<Row | null>;
  create(tx: Tx, data: Data): PromiseLike<Saved>;
  update(tx: Tx, before: Row, data: Data): PromiseLike<Saved>;
  remove(tx: Tx, id: string): PromiseLike<unknown>;
}

/** A store that writes the parsed input to the model as it is; `find` may include relations. */
export function modelStore<Saved extends { id: string }, Data>(model: (client: Tx) => Delegate<Saved, Data>): Store<Saved, Saved, Data>;
export function modelStore<Row extends { id: string }, Saved, Data>(
  model: (client: Tx) => Delegate<Saved, Data>,
  find: (client: Tx, id: string) => PromiseLike<Row | null>,
): Store<Row, Saved, Data>;
export function modelStore<Saved extends { id: string }, Data>(
  model: (client: Tx) => Delegate<Saved, Data>,
  find?: (client: Tx, id: string) => PromiseLike<{ id: string } | null>,
): Store<{ id: string }, Saved, Data> {
  return {
    find: find ?? ((client, id) => model(client).findUnique({ where: { id } })),
    create: (tx, data) => model(tx).create({ data }),
    update: (tx, before, data) => model(tx).update({ where: { id: before.id }, data }),
    remove: (tx, id) => model(tx).delete({ where: { id } }),
  };
}

/** A condition on a piece that its working copy or its live copy (publication) may meet. */
export type PieceCondition = Prisma.ArticleWhereInput & Prisma.PublicationWhereInput;

/** A cell of an admin list: text, or a muted note ("None", "Guest (no account)"). */
export type Cell = string | number | { muted: string };

/** How the studio shows a kind under /studio/admin (components/admin/reference-pages.tsx). */
export interface AdminDisplay<Listed> {
  /** The list's heading and the back link's label: "Topics". */
  title: string;
  /** Its section under /studio/admin: the list, "new" and each item's addresses come from lib/platform/paths.ts. */
  section: Exclude<AdminSection, "users">;
  /** The table's caption for screen readers, when it is not the title. */
  caption?: string;
  /** The slug shown under the name, when the list has no column for it. */
  slug?(row: Listed): string;
  /** The columns after the name. */
  columns: { label: string; cell(row: Listed): Cell }[];
  /** Which ones can be deleted, said above the delete button. */
  deleteRule: string;
}

/** Who asks (with the kind's permission), and the row being edited (null when creating). */
export interface ParseContext<Row> {
  actor: Actor;
  before: Row | null;
}

// Declarations annotate their functions' parameters: TypeScript infers nothing from an object
// literal that holds a function whose parameters it must guess.
export interface ReferenceKind<Row extends { id: string }, Saved extends { id: string }, Data extends object, Listed, Shown> {
  /** One of them in messages and audit subjects: "topic" gives "No such topic." and `topic:<id>`. */
  noun: string;
  /** The audit actions: "topics" gives "topics.create", "topics.update", "topics.delete". */
  auditPrefix: string;
  /** The site permission every read and change needs. */
  permission: SiteAction;
  /** The field that names a row to people ("name", "displayName"), in the list, the edit form and messages. */
  label: NoInfer<KeysOf<Row, string> & KeysOf<Listed, string> & KeysOf<Shown, string>>;
  store: Store<Row, Saved, NoInfer<Data>>;
  /** The rows of the admin list. */
  list(): Promise<Listed[]>;
  /** One row as the edit form shows it. */
  show(row: Row): Shown;
  /** The input (a form's fields) validated and made ready to write, or a ValidationError. */
  parse(input: unknown, context: ParseContext<Row>): Promise<Data>;
  audit: {
    /** Logged on create (as saved) and on delete (as it was). */
    named: readonly NoInfer<KeysOf<Saved, AuditValue> & KeysOf<Row, AuditValue>>[];
    /** Compared on update; each changed one is logged as { from, to }. */
    compared?: readonly NoInfer<KeysOf<Row, AuditValue>>[];
    /** Rich-text fields compared by value on update, logged as "changed". */
    prose?: readonly NoInfer<keyof Row & string>[];
    /** Replaces the create details built from `named`. */
    created?(saved: Saved, data: Data): Details;
    /** Replaces the update details built from `compared` and `prose`. */
    updated?(before: Row, data: Data): Details;
  };
  /** What refuses a delete while something uses the row: the pieces, working or published, that use it, and others. */
  inUse:
    | {
        pieces(id: string): PieceCondition;
        /** Other uses, counted ("1 series"). */
        others?(id: string): Promise<string[]>;
        /** What to do first, after "The <noun> "<label>" is used by ...; ". */
        remedy: string;
      }
    | {
        pieces(id: string): PieceCondition;
        /** The whole message, for a kind that words it otherwise. */
        refusal(row: Row, pieces: number): string;
      };
  /** The public cache tags of the pages that show a row (lib/reader/cache.ts). */
  tags(id: string): readonly string[] | Promise<readonly string[]>;
  /**
   * For a kind with public pages by slug: a changed slug keeps redirecting to the row
   * (lib/reader/retired-slugs.ts), and no other row may take it while it does.
   */
  retiredAs?: RetiredKind;
}

/** One field of a row or of parsed input, by name. */
const fieldOf = (value: object, key: string): unknown => new Map(Object.entries(value)).get(key);

/** The fields the audit logs; the declaration's key types (KeysOf) make each an audit value. */
const auditValues = (value: object, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, fieldOf(value, key)])) as Record<string, AuditValue>;

/** list, get, create, update and delete for one declared kind, each checking the permission first. */
export function referenceData<Row extends { id: string }, Saved extends { id: string }, Data extends object, Listed, Shown>(
  kind: ReferenceKind<Row, Saved, Data, Listed, Shown>,
) {
  const subject = (id: string) => `${kind.noun}:${id}`;
  const action = (verb: "create" | "update" | "delete") => `${kind.auditPrefix}.${verb}`;

  async function load(id: string): Promise<Row> {
    const row = await kind.store.find(db, id);
    if (!row) throw new NotFoundError(`No such ${kind.noun}.`);
    return row;
  }

  function updateDetails(before: Row, data: Data): Details {
    if (kind.audit.updated) return kind.audit.updated(before, data);
    const compared = kind.audit.compared ?? [];
    const details: Details = changedFields(auditValues(before, compared), auditValues(data, compared));
    // Stored JSON comes back with its keys reordered, so compare values, not text.
    for (const field of kind.audit.prose ?? []) if (!isDeepStrictEqual(before[field], fieldOf(data, field))) details[field] = "changed";
    return details;
  }

  /** The slug of a row or of parsed input, for a kind with `retiredAs`. */
  const slugOf = (value: object) => String(fieldOf(value, "slug"));

  /** Refuses a slug that redirects to another row of this kind. */
  async function refuseRetiredSlug(slug: string, id: string | null) {
    if (!kind.retiredAs) return;
    const holderId = await retiredSlugHolder(kind.retiredAs, slug, id);
    if (!holderId) return;
    const holder = await kind.store.find(db, holderId);
    const message = `This address redirects to another ${kind.noun}${holder ? `: "${holder[kind.label]}"` : ""}. Choose another slug.`;
    throw new ConflictError(message, { slug: [message] });
  }

  async function refuseWhileInUse(row: Row) {
    const { inUse } = kind;
    const where = inUse.pieces(row.id);
    const [pieces, others] = await Promise.all([
      db.article.count({ where: { OR: [where, { publication: where }] } }),
      "others" in inUse && inUse.others ? inUse.others(row.id) : [],
    ]);
    if ("refusal" in inUse) {
      if (pieces > 0) throw new ConflictError(inUse.refusal(row, pieces));
      return;
    }
    const uses = [...(pieces ? [plural(pieces, "piece")] : []), ...others];
    refuseWhileUsed(`The ${kind.noun} "${row[kind.label]}"`, uses, inUse.remedy);
  }

  return {
    kind,

    async list(actor: Actor | null): Promise<Listed[]> {
      authorizeSite(actor, kind.permission);
      return kind.list();
    },

    async get(actor: Actor | null, id: string): Promise<Shown> {
      authorizeSite(actor, kind.permission);
      const row = await load(id);
      return kind.show(row);
    },

    async create(actor: Actor | null, input: unknown): Promise<Saved> {
      const user = authorizeSite(actor, kind.permission);
      const data = await kind.parse(input, { actor: user, before: null });
      await refuseRetiredSlug(slugOf(data), null);
      try {
        const saved = await db.$transaction(async (tx) => {
          const row = await kind.store.create(tx, data);
          const details = kind.audit.created ? kind.audit.created(row, data) : auditValues(row, kind.audit.named);
          await recordAudit(tx, { actorId: user.id, action: action("create"), subject: subject(row.id), details });
          return row;
        });
        refreshPublic(await kind.tags(saved.id));
        return saved;
      } catch (error) {
        throw fromDatabaseError(error, data as Record<string, unknown>);
      }
    },

    async update(actor: Actor | null, id: string, input: unknown): Promise<Saved> {
      const user = authorizeSite(actor, kind.permission);
      const before = await load(id);
      const data = await kind.parse(input, { actor: user, before });
      const { retiredAs } = kind;
      if (retiredAs) await refuseRetiredSlug(slugOf(data), id);
      try {
        const saved = await db.$transaction(async (tx) => {
          const row = await kind.store.update(tx, before, data);
          if (retiredAs) await retireSlug(tx, retiredAs, id, slugOf(before), slugOf(data));
          await recordAudit(tx, { actorId: user.id, action: action("update"), subject: subject(id), details: updateDetails(before, data) });
          return row;
        });
        refreshPublic(await kind.tags(id));
        return saved;
      } catch (error) {
        throw fromDatabaseError(error, data as Record<string, unknown>);
      }
    },

    async remove(actor: Actor | null, id: string): Promise<void> {
      const user = authorizeSite(actor, kind.permission);
      const row = await load(id);
      await refuseWhileInUse(row);
      try {
        await db.$transaction(async (tx) => {
          await kind.store.remove(tx, id);
          // Its former addresses lead nowhere now, and are free for another record to take.
          if (kind.retiredAs) await tx.retiredSlug.deleteMany({ where: { kind: kind.retiredAs, targetId: id } });
          await recordAudit(tx, {
            actorId: user.id,
            action: action("delete"),
            subject: subject(id),
            details: auditValues(row, kind.audit.named),
          });
        });
        refreshPublic(await kind.tags(id));
      } catch (error) {
        throw fromDatabaseError(error);
      }
    },
  };
}

/** A kind as the admin pages (components/admin/reference-pages.tsx) see it: its reads and its display. */
export interface AdminKind<Listed, Shown> extends AdminDisplay<Listed> {
  noun: string;
  permission: SiteAction;
  list(actor: Actor | null): Promise<Listed[]>;
  get(actor: Actor | null, id: string): Promise<Shown>;
  /** The name a row goes by (its label field). */
  name(row: Listed | Shown): string;
}

/** The admin pages' view of declared reference data, with how its list looks. */
export function adminKind<Row extends { id: string }, Saved extends { id: string }, Data extends object, Listed, Shown>(
  data: ReturnType<typeof referenceData<Row, Saved, Data, Listed, Shown>>,
  display: AdminDisplay<Listed>,
): AdminKind<Listed, Shown> {
  const { noun, permission, label } = data.kind;
  return { ...display, noun, permission, list: data.list, get: data.get, name: (row) => String(row[label]) };
}
