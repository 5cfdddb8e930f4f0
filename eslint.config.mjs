import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", ".data/**", "tests/artifacts/**", "bench/reference-app/.next/**", "bench/results/**"]),
  { rules: { "import/no-cycle": "error" } },
]);
