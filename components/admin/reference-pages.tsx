// The studio's pages for reference data (lib/admin/reference-data.ts): the list, the "new"
// page and the edit page, one of each for authors, divisions, series, topics and disclaimers.
// A kind brings its display (lib/admin/<kind>.ts) and its form (the rest of this folder).
import { paths } from "@/lib/platform/paths";
import Link from "next/link";
import type { ReactNode } from "react";
import type { FormAction } from "@/components/ui/action-form";
import { requireUser } from "@/lib/accounts/auth";
import type { CurrentUser } from "@/lib/accounts/sessions";
import type { AdminKind, Cell } from "@/lib/admin/reference-data";
import { decideSite } from "@/lib/permissions";
import { DeleteSection, FormPage, ListHeading } from "./form-page";
import { NoAccess, orNotFound } from "./guards";

const showCell = (cell: Cell) => (typeof cell === "object" ? <span className="muted">{cell.muted}</span> : cell);

function ReferenceTable<Listed extends { id: string }>({ kind, rows }: { kind: AdminKind<Listed, unknown>; rows: Listed[] }) {
  return (
    <table className="table admin-table">
      <caption className="visually-hidden">{kind.caption ?? kind.title}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          {kind.columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link href={paths.studio.admin.item(kind.section, row.id)}>{kind.name(row)}</Link>
              {kind.slug ? (
                <>
                  <br />
                  <span className="muted">/{kind.slug(row)}</span>
                </>
              ) : null}
            </td>
            {kind.columns.map((column) => (
              <td key={column.label} data-label={column.label}>
                {showCell(column.cell(row))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A kind's three pages, each checking the permission before it reads anything. */
export interface ReferencePages {
  title: string;
  noun: string;
  list(): Promise<ReactNode>;
  create(): Promise<ReactNode>;
  edit(id: string): Promise<ReactNode>;
}

/** The forms a kind's pages show: to make one, to edit one (with its delete action). */
interface Forms<Shown> {
  create(user: CurrentUser): ReactNode | Promise<ReactNode>;
  edit(user: CurrentUser, row: Shown): ReactNode | Promise<ReactNode>;
  remove: FormAction<void>;
}

export function referencePages<Listed extends { id: string }, Shown extends { id: string }>(
  kind: AdminKind<Listed, Shown>,
  forms: Forms<Shown>,
): ReferencePages {
  /** The signed-in person, when they may maintain this kind. */
  async function allowed(path: string) {
    const user = await requireUser(path);
    return decideSite(user, kind.permission) === "allow" ? user : null;
  }
  const back = { href: paths.studio.admin.list(kind.section), label: kind.title };

  return {
    title: kind.title,
    noun: kind.noun,

    async list() {
      const user = await allowed(paths.studio.admin.list(kind.section));
      if (!user) return <NoAccess title={kind.title} />;
      const rows = await kind.list(user);
      return (
        <>
          <ListHeading title={kind.title} newHref={paths.studio.admin.create(kind.section)} newLabel={`New ${kind.noun}`} />
          {rows.length === 0 ? (
            <p className="muted">{`No ${kind.title.toLowerCase()} yet.`}</p>
          ) : (
            <ReferenceTable kind={kind} rows={rows} />
          )}
        </>
      );
    },

    async create() {
      const title = `New ${kind.noun}`;
      const user = await allowed(paths.studio.admin.create(kind.section));
      if (!user) return <NoAccess title={title} />;
      return (
        <FormPage back={back} title={title}>
          {await forms.create(user)}
        </FormPage>
      );
    },

    async edit(id: string) {
      const user = await allowed(paths.studio.admin.item(kind.section, id));
      if (!user) return <NoAccess title={`Edit ${kind.noun}`} />;
      const row = await orNotFound(kind.get(user, id));
      return (
        <FormPage back={back} title={kind.name(row)}>
          {await forms.edit(user, row)}
          <DeleteSection action={forms.remove} id={row.id} what={kind.noun} name={kind.name(row)} rule={kind.deleteRule} />
        </FormPage>
      );
    },
  };
}
