import Link from "next/link";
import "@/app/styles/review.css";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { studioLinks } from "@/components/studio/studio-nav-links";
import { requireUser } from "@/lib/accounts/auth";
import { decideSite } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

// The layout only shapes the page; each studio page and lib function checks permissions itself.
export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser(paths.studio.home());
  const links = studioLinks.filter((link) => decideSite(user, link.needs) === "allow");
  return (
    <>
      <header className="site-header site-header--studio">
        <div className="wrap wrap--wide site-header__inner">
          <Link href={paths.studio.home()} className="site-title">
            Studio
          </Link>
          <nav aria-label="Account">
            <ul className="nav-list">
              <li>
                <Link href={paths.home()}>View site</Link>
              </li>
              <li>
                <Link href={paths.studio.account()} className="muted">
                  {user.name} ({user.role})
                </Link>
              </li>
              <li>
                <SignOutButton />
              </li>
            </ul>
          </nav>
        </div>
        <div className="studio-nav">
          <nav aria-label="Studio" className="wrap wrap--wide">
            <ul className="nav-list">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap wrap--wide studio-main">
        {children}
      </main>
    </>
  );
}
