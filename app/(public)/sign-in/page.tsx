import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/redirects";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="narrow">
      <h1 className="page-title">Sign in</h1>
      <p>Fellows and editors sign in here to write and review commentaries.</p>
      <SignInForm callbackPath={target} initialError={error && error !== "CredentialsSignin" ? error : undefined} />
      <p>
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </div>
  );
}
