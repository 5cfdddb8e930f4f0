"use client";

import { signOut } from "next-auth/react";
import { paths } from "@/lib/platform/paths";

export function SignOutButton() {
  return (
    <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: paths.home() })}>
      Sign out
    </button>
  );
}
