import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/accounts/auth";
import { listOutbox } from "@/lib/admin/outbox";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { SiteTime } from "@/components/ui/site-time";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Outbox · Studio", robots: { index: false } };

const query = z.object({ page: z.coerce.number().int().positive().catch(1).default(1) });

type Mail = Awaited<ReturnType<typeof listOutbox>>["items"][number];

function NotSent({ mail, at }: { mail: Mail; at: (date: Date) => React.ReactNode }) {
  if (mail.status !== "sending" || !mail.leaseUntil) return <>Not yet</>;
  if (mail.leaseLapsed) return <>Sending stopped midway; it will be tried again</>;
  return <>Sending now (claimed until {at(mail.leaseUntil)})</>;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireUser(paths.studio.outbox());
  const { page } = query.parse(await searchParams);
  const [outbox, site] = await Promise.all([orNotFound(listOutbox(user, page)), getSiteSettings()]);
  const at = (date: Date) => <SiteTime date={date} timeZone={site.timeZone} />;
  return (
    <>
      <h1 className="page-title">Outbox</h1>
      <p className="lede">
        Every notification the studio sends, newest first. {outbox.total} in all; page {outbox.page} of {outbox.pages}.
      </p>
      <p>Links that reset a password or accept an invitation go only to their recipient and are never shown here.</p>
      {outbox.items.length === 0 ? (
        <p>No mail on this page.</p>
      ) : (
        <table className="table outbox">
          <caption className="visually-hidden">Outgoing email, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Subject and text</th>
              <th scope="col">To</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Created</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {outbox.items.map((mail) => (
              <tr key={mail.id}>
                <td>
                  <details>
                    <summary>{mail.subject}</summary>
                    <pre className="outbox__text">{mail.text}</pre>
                  </details>
                  {mail.lastError ? <p className="outbox__error">Last error: {mail.lastError}</p> : null}
                </td>
                <td>
                  <span className="cell-label">To: </span>
                  {mail.to.join(", ")}
                </td>
                <td>
                  <span className={`status status--mail-${mail.status}`}>{mail.status}</span>
                </td>
                <td>
                  <span className="cell-label">Attempts: </span>
                  {mail.attempts}
                </td>
                <td>
                  <span className="cell-label">Created: </span>
                  {at(mail.createdAt)}
                </td>
                <td>
                  <span className="cell-label">Sent: </span>
                  {mail.sentAt ? at(mail.sentAt) : <NotSent mail={mail} at={at} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outbox.pages > 1 ? (
        <nav className="pager" aria-label="Outbox pages">
          {outbox.page > 1 ? <Link href={paths.studio.outbox(outbox.page - 1)}>Newer mail</Link> : <span />}
          {outbox.page < outbox.pages ? <Link href={paths.studio.outbox(outbox.page + 1)}>Older mail</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
