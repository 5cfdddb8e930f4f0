// The query form of permissions.ts's list scopes: the one place a scope becomes a Prisma filter,
// so every studio list shows exactly the pieces "articles.read" allows.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { ArticleScope } from "../permissions";

export function articleScopeWhere(scope: ArticleScope): Prisma.ArticleWhereInput {
  switch (scope.kind) {
    case "all":
      return {};
    case "contributor":
      // permissions.ts's isContributor: created the piece, or linked to one of its author profiles.
      return { OR: [{ createdById: scope.userId }, { authors: { some: { author: { userId: scope.userId } } } }] };
    case "none":
      return { id: { in: [] } };
  }
}
