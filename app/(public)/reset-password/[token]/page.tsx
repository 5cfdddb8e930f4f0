import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="narrow">
      <h1 className="page-title">Choose a new password</h1>
      <p>Setting a new password signs you out on every device.</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
