import type { Metadata } from "next";
import Link from "next/link";
import { RequestResetForm } from "@/components/auth/password-reset-forms";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="narrow">
      <h1 className="page-title">Forgot your password?</h1>
      <p>Enter the email address of your account. We will send it a link to choose a new password.</p>
      <RequestResetForm />
      <p>
        <Link href={paths.signIn()}>Back to sign in</Link>
      </p>
    </div>
  );
}
