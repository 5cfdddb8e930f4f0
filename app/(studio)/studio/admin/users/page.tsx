import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { DateTime } from "@/components/ui/date-time";
import { Select, TextField } from "@/components/ui/fields";
import { NoAccess } from "@/components/admin/guards";
import { changeRoleAction, inviteUserAction, revokeInvitationAction, setDisabledAction } from "@/lib/actions/users";
import { requireUser } from "@/lib/accounts/auth";
import { INVITATION_TTL_DAYS, listPendingInvitations } from "@/lib/accounts/invitations";
import { decideSite } from "@/lib/permissions";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { listUsers } from "@/lib/accounts/users";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

const roles = [
  { value: "writer", label: "Writer" },
  { value: "editor", label: "Editor" },
  { value: "admin", label: "Admin" },
];

export default async function UsersPage() {
  const user = await requireUser(paths.studio.admin.list("users"));
  if (decideSite(user, "users.manage") !== "allow") return <NoAccess title="Users" />;
  const [users, invitations, site] = await Promise.all([listUsers(user), listPendingInvitations(user), getSiteSettings()]);
  return (
    <>
      <h1 className="page-title">Users</h1>
      <p className="lede">Roles take effect on the person&apos;s next request; disabling an account signs it out everywhere.</p>

      <table className="table admin-table">
        <caption className="visually-hidden">User accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last seen</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                <strong>{u.name}</strong>
                <br />
                <span className="muted">{u.email}</span>
              </td>
              <td>
                {u.id === user.id ? (
                  <span className="role-label">{u.role} (you)</span>
                ) : (
                  <ActionForm
                    action={changeRoleAction}
                    submitLabel={
                      <>
                        Change<span className="visually-hidden"> role of {u.name}</span>
                      </>
                    }
                    pendingLabel="Changing…"
                    className="inline-form"
                    buttonClassName="button button--small button--quiet"
                  >
                    <input type="hidden" name="userId" value={u.id} />
                    <label htmlFor={`role-${u.id}`} className="visually-hidden">
                      Role of {u.name}
                    </label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role}>
                      {roles.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </ActionForm>
                )}
              </td>
              <td data-label="Status">
                {u.disabled ? (
                  <span className="status status--archived">Disabled</span>
                ) : (
                  <span className="status status--published">Active</span>
                )}
              </td>
              <td data-label="Last seen">
                {u.lastSeenAt ? <DateTime date={u.lastSeenAt} timeZone={site.timeZone} /> : <span className="muted">Never</span>}
              </td>
              <td>
                {u.id === user.id ? (
                  <span className="muted">—</span>
                ) : (
                  <ActionForm
                    action={setDisabledAction}
                    submitLabel={
                      <>
                        {u.disabled ? "Enable" : "Disable"}
                        <span className="visually-hidden"> {u.name}</span>
                      </>
                    }
                    pendingLabel="Saving…"
                    confirmMessage={u.disabled ? undefined : `Disable ${u.name}? They will be signed out everywhere.`}
                    className="inline-form"
                    buttonClassName={u.disabled ? "button button--small button--quiet" : "button button--small button--danger"}
                  >
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="disabled" value={u.disabled ? "false" : "true"} />
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="invite-heading" className="admin-section">
        <h2 id="invite-heading">Invite someone</h2>
        <p className="muted">
          They get an email with a link to choose their name and password. The link works once and expires after {INVITATION_TTL_DAYS} days.
          Inviting an address again replaces its pending invitation.
        </p>
        <ActionForm action={inviteUserAction} submitLabel="Send invitation" pendingLabel="Sending…" className="form form--narrow">
          <TextField name="email" label="Email" type="email" required autoComplete="off" />
          <Select name="role" label="Role" defaultValue="writer" options={roles} />
        </ActionForm>
      </section>

      <section aria-labelledby="pending-heading" className="admin-section">
        <h2 id="pending-heading">Pending invitations</h2>
        {invitations.length === 0 ? (
          <p className="muted">No invitations are waiting.</p>
        ) : (
          <table className="table admin-table">
            <caption className="visually-hidden">Invitations not yet accepted</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Invited</th>
                <th scope="col">Expires</th>
                <th scope="col">Revoke</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td>
                  <td data-label="Role" className="role-label">
                    {i.role}
                  </td>
                  <td data-label="Invited">
                    <DateTime date={i.createdAt} timeZone={site.timeZone} /> by {i.invitedBy.name}
                  </td>
                  <td data-label="Expires">
                    {i.expired ? (
                      <span className="status status--archived">Expired</span>
                    ) : (
                      <DateTime date={i.expiresAt} timeZone={site.timeZone} />
                    )}
                  </td>
                  <td>
                    <ActionForm
                      action={revokeInvitationAction}
                      submitLabel={
                        <>
                          Revoke<span className="visually-hidden"> the invitation for {i.email}</span>
                        </>
                      }
                      pendingLabel="Revoking…"
                      className="inline-form"
                      buttonClassName="button button--small button--quiet"
                    >
                      <input type="hidden" name="invitationId" value={i.id} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
