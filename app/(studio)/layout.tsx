import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/auth";
import { decideSite } from "@/lib/permissions";

// The layout only shapes the page; each studio page and lib function checks permissions itself.
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/studio");
  return (
    <>
      <header className="site-header site-header--studio">
        <div className="wrap wrap--wide site-header__inner">
          <Link href="/studio" className="site-title">
            Studio
          </Link>
          <nav aria-label="Studio">
            <ul className="nav-list">
              {decideSite(user, "comments.moderate") === "allow" ? (
                <li>
                  <Link href="/studio/comments">Reader comments</Link>
                </li>
              ) : null}
              <li>
                <Link href="/">View site</Link>
              </li>
              <li>
                <span className="muted">
                  {user.name} ({user.role})
                </span>
              </li>
              <li>
                <SignOutButton />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap wrap--wide">
        {children}
      </main>
    </>
  );
}
