// The administration sections, in menu order, with the permission each needs.
import type { SiteAction } from "@/lib/permissions";
import { paths } from "@/lib/platform/paths";

export const adminSections: { href: string; label: string; description: string; permission: SiteAction }[] = [
  {
    href: paths.studio.admin.list("users"),
    label: "Users",
    description: "Invite people, change roles, disable and enable accounts.",
    permission: "users.manage",
  },
  {
    href: paths.studio.admin.list("authors"),
    label: "Authors",
    description: "Public author profiles: names, positions, bios and linked accounts.",
    permission: "authors.manage",
  },
  {
    href: paths.studio.admin.list("divisions"),
    label: "Divisions",
    description: "The divisions that own pieces, and their editors.",
    permission: "taxonomy.manage",
  },
  {
    href: paths.studio.admin.list("series"),
    label: "Series",
    description: "Series of pieces and their default disclaimers.",
    permission: "taxonomy.manage",
  },
  {
    href: paths.studio.admin.list("topics"),
    label: "Topics",
    description: "The topics pieces are related to.",
    permission: "taxonomy.manage",
  },
  {
    href: paths.studio.admin.list("disclaimers"),
    label: "Disclaimers",
    description: "Reusable texts printed under pieces.",
    permission: "disclaimers.manage",
  },
  {
    href: paths.studio.admin.settings(),
    label: "Site settings",
    description: "The site's name, public address, time zone, reader headings, licence, DOI details and review rules.",
    permission: "settings.manage",
  },
  {
    href: paths.studio.admin.wordpressImport(),
    label: "Import from WordPress",
    description: "Bring a WordPress site's posts in, with their dates, authors and old addresses.",
    permission: "import.run",
  },
];
