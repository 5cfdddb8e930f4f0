import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { clientIp } from "@/lib/platform/http/client-ip";
import { DomainError } from "@/lib/platform/errors";
import { describeInvitation } from "@/lib/accounts/invitations";
import "@/app/styles/admin.css";
import { paths } from "@/lib/platform/paths";

// The token is a credential: keep the page out of search engines and referrers.
export const metadata: Metadata = { title: "Accept your invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describeInvitation(token, { ip: clientIp(await headers()) }).catch((error: unknown) => {
    if (error instanceof DomainError) return { problem: error.message };
    throw error;
  });
  if ("problem" in invitation) {
    return (
      <div className="narrow">
        <h1 className="page-title">Invitation</h1>
        <p className="form__error" role="alert">
          {invitation.problem}
        </p>
        <p>
          Ask the administrator who invited you to send a new invitation. If you already have an account,{" "}
          <Link href={paths.signIn()}>sign in</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1 className="page-title">Welcome to Standfirst</h1>
      <p>
        You are invited to join as {invitation.role === "admin" ? "an" : "a"} <strong>{invitation.role}</strong> with the address{" "}
        <strong>{invitation.email}</strong>. Choose your name and a password to finish.
      </p>
      <AcceptInvitationForm token={token} />
    </div>
  );
}
