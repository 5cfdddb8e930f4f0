// The query form of permissions.ts's list scopes: the one place a scope becomes a Prisma filter,
// so every studio list shows exactly the pieces "articles.read" allows.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { ArticleScope } from "../permissions";

export function articleScopeWhere(scope: ArticleScope): Prisma.ArticleWhereInput {
  if (scope.kind === "all") return {};
  const branches = articleScopeBranches(scope);
  return branches.length ? { OR: branches } : { id: { in: [] } };
}

/**
 * The same scope as filters whose union it is, each of which an index serves on its own. A list
 * of the pieces a writer may see cannot use an index for "created it OR (EXISTS an author link)"
 * (PostgreSQL checks the EXISTS row by row: 1.5 s over 100,000 pieces), but it can for each side:
 * long lists read a page from each branch and merge them (`mergeReads` in lib/platform/keyset.ts).
 */
export function articleScopeBranches(scope: ArticleScope): Prisma.ArticleWhereInput[] {
  switch (scope.kind) {
    case "all":
      return [{}];
    case "contributor":
      // permissions.ts's isContributor: created the piece, or linked to one of its author profiles.
      return [{ createdById: scope.userId }, { authors: { some: { author: { userId: scope.userId } } } }];
    case "none":
      return [];
  }
}
