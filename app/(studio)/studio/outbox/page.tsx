import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/accounts/auth";
import { listOutbox } from "@/lib/admin/outbox";
import { getSiteSettings } from "@/lib/platform/site-settings";
import { SiteTime } from "@/components/ui/site-time";
import { orNotFound } from "@/lib/platform/http/domain-errors";
import { paths } from "@/lib/platform/paths";
import { ListPager } from "@/components/studio/list-pager";
import { EmailStatus } from "@/lib/generated/prisma/enums";
import "@/app/styles/machines.css";

export const metadata: Metadata = { title: "Outbox · Studio", robots: { index: false } };

const stateLabels: Record<EmailStatus, string> = { pending: "Pending", sending: "Sending", sent: "Sent", failed: "Failed" };

type Mail = Awaited<ReturnType<typeof listOutbox>>["items"][number];

function NotSent({ mail, at }: { mail: Mail; at: (date: Date) => React.ReactNode }) {
  if (mail.status !== "sending" || !mail.leaseUntil) return <>Not yet</>;
  if (mail.leaseLapsed) return <>Sending stopped midway; it will be tried again</>;
  return <>Sending now (claimed until {at(mail.leaseUntil)})</>;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireUser(paths.studio.outbox());
  const [outbox, site] = await Promise.all([orNotFound(listOutbox(user, await searchParams)), getSiteSettings()]);
  const at = (date: Date) => <SiteTime date={date} timeZone={site.timeZone} />;
  return (
    <>
      <h1 className="page-title">Outbox</h1>
      <p className="lede">Every notification the studio sends, newest first. {outbox.total} in all.</p>
      {outbox.smtpConfigured ? null : (
        <p className="notice notice--info" role="status">
          No mail server is configured (SMTP_URL is not set), so mail waits here as pending and nothing is sent. Set SMTP_URL and restart
          the site: waiting mail goes out with the next message the studio sends.
        </p>
      )}
      <nav aria-label="Filter mail by state">
        <ul className="filter-tabs">
          {[undefined, ...Object.values(EmailStatus)].map((state) => (
            <li key={state ?? "all"}>
              <Link href={paths.studio.outbox({ status: state })} aria-current={state === outbox.status ? "page" : undefined}>
                {state ? stateLabels[state] : "All"}{" "}
                <span className="filter-tabs__count">({state ? (outbox.counts[state] ?? 0) : outbox.total})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>Links that reset a password or accept an invitation go only to their recipient and are never shown here.</p>
      {outbox.items.length === 0 ? (
        <p>{outbox.status ? `No ${stateLabels[outbox.status].toLowerCase()} mail.` : "No mail yet."}</p>
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
      <ListPager
        label="Outbox pages"
        next={outbox.next}
        previous={outbox.previous}
        href={(page) => paths.studio.outbox({ status: outbox.status, ...page })}
        previousText="Newer mail"
        nextText="Older mail"
      />
    </>
  );
}
