// Lint rules that keep the layout of ARCHITECTURE.md: Next's own rules (core web vitals,
// TypeScript), React hooks, no import cycles, and the dependency rule written as restricted
// imports. Formatting is Prettier's (npm run format).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const database = {
  group: ["@/lib/platform/db", "**/platform/db", "@/lib/generated/prisma/client", "**/generated/prisma/client", "@prisma/*", "pg"],
  message: "Routes and components never reach the database: call a lib/ domain function or a server action (ARCHITECTURE.md).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "tests/artifacts/**", "bench/reference-app/.next/**", "bench/results/**"]),
  // Cycles among our own modules; dependencies are not parsed for them.
  { settings: { "import/ignore": ["node_modules"] }, rules: { "import/no-cycle": ["error", { ignoreExternal: true }] } },
  {
    // Configuration and Jest's setup files are CommonJS, loaded by tools that require them;
    // two tests load modules by path on purpose (every action file; Next's own matcher code).
    files: ["**/*.js", "tests/integration/endpoint-authorization.test.ts", "tests/unit/security-headers.test.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ ...database, allowTypeImports: true }] }] },
  },
  {
    // The domain does not depend on the framework: only actions, next-auth's wiring, the cache
    // module (the one caller of Next's data cache) and the HTTP helpers meet Next.
    files: ["lib/**"],
    ignores: ["lib/actions/**", "lib/accounts/auth.ts", "lib/platform/http/**", "lib/reader/cache/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*"], allowTypeImports: true, message: "Domain modules do not import Next.js (ARCHITECTURE.md)." },
          ],
        },
      ],
    },
  },
  {
    // One audit path: every event is written by recordAudit (lib/platform/audit.ts) inside the
    // transaction of its change. Test fixtures, which write dated events straight to the
    // database as they write every other table, are left out.
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    ignores: ["lib/platform/audit.ts", "tests/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.object.property.name='auditEvent'][callee.property.name=/^(create|createMany|createManyAndReturn|upsert)$/]",
          message: "Write audit events with recordAudit(tx, entry) from lib/platform/audit.ts, inside the change's transaction.",
        },
      ],
    },
  },
  {
    // The platform serves every domain and depends on none of them.
    files: ["lib/platform/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/accounts/*",
                "@/lib/editorial/*",
                "@/lib/reader/*",
                "@/lib/admin/*",
                "../accounts/*",
                "../editorial/*",
                "../reader/*",
                "../admin/*",
                "../../accounts/*",
                "../../editorial/*",
                "../../reader/*",
                "../../admin/*",
              ],
              message: "lib/platform/ depends on no domain (ARCHITECTURE.md).",
            },
          ],
        },
      ],
    },
  },
]);
