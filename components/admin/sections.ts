// The administration sections, in menu order, with the permission each needs.
import type { SiteAction } from "@/lib/permissions";

export const adminSections: { href: string; label: string; description: string; permission: SiteAction }[] = [
  {
    href: "/studio/admin/users",
    label: "Users",
    description: "Invite people, change roles, disable and enable accounts.",
    permission: "users.manage",
  },
  {
    href: "/studio/admin/authors",
    label: "Authors",
    description: "Public author profiles: names, positions, bios and linked accounts.",
    permission: "authors.manage",
  },
  {
    href: "/studio/admin/divisions",
    label: "Divisions",
    description: "The divisions that own pieces, and their editors.",
    permission: "taxonomy.manage",
  },
  {
    href: "/studio/admin/series",
    label: "Series",
    description: "Series of pieces and their default disclaimers.",
    permission: "taxonomy.manage",
  },
  { href: "/studio/admin/topics", label: "Topics", description: "The topics pieces are related to.", permission: "taxonomy.manage" },
  {
    href: "/studio/admin/disclaimers",
    label: "Disclaimers",
    description: "Reusable texts printed under pieces.",
    permission: "disclaimers.manage",
  },
];
