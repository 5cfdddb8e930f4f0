import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser, signInErrorMessage } from "@/lib/accounts/auth";
import { safeCallbackPath } from "@/lib/platform/http/redirects";
import { paths } from "@/lib/platform/paths";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="narrow">
      <h1 className="page-title">Sign in</h1>
      <p>Fellows and editors sign in here to write and review commentaries.</p>
      <SignInForm callbackPath={target} initialError={signInErrorMessage(error)} />
      <p>
        <Link href={paths.forgotPassword()}>Forgot your password?</Link>
      </p>
    </div>
  );
}
