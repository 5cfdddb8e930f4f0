import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { CalendarFeedForm } from "@/components/studio/desk/calendar-feed-form";
import { requireUser } from "@/lib/accounts/auth";
import { calendarFeedStatus } from "@/lib/editorial/calendar-feed";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser(paths.studio.account());
  const feed = await calendarFeedStatus(user);
  return (
    <>
      <h1 className="page-title">Your account</h1>
      <p>
        Signed in as {user.name} ({user.email}).
      </p>
      <h2>Calendar feed</h2>
      <p>
        Due dates, scheduled publications and published pieces from the <Link href={paths.studio.calendar()}>studio calendar</Link>, in your
        own calendar application: it reads a secret address that only you should have.
      </p>
      <CalendarFeedForm active={feed.active} />
      <h2>Sign out everywhere</h2>
      <p>
        Ends your sessions on every device and browser, this one included. Use it if you signed in on a shared computer or lost a device.
      </p>
      <ActionForm
        action={signOutEverywhereAction}
        submitLabel="Sign out everywhere"
        pendingLabel="Signing out…"
        buttonClassName="button button--quiet"
      />
    </>
  );
}
