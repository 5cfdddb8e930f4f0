import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { requireUser } from "@/lib/accounts/auth";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser(paths.studio.account());
  return (
    <>
      <h1 className="page-title">Your account</h1>
      <p>
        Signed in as {user.name} ({user.email}).
      </p>
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
