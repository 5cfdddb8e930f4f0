// The environment is checked before anything starts: defaults fill what is unset, and every
// bad variable is named in the refusal.
import { environmentProblems } from "@/lib/platform/env";

test("an empty environment is valid: every variable has a default or is optional", () => {
  expect(environmentProblems({ NODE_ENV: "test" })).toEqual([]);
});

test("a complete production environment is valid", () => {
  expect(
    environmentProblems({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://standfirst:secret@db.example.org:5432/standfirst?sslmode=require",
      DATABASE_POOL_SIZE: "20",
      NEXTAUTH_SECRET: "a-long-random-value-0123456789",
      NEXTAUTH_URL: "https://commentaries.example.org",
      SITE_URL: "https://commentaries.example.org",
      SMTP_URL: "smtps://user:pw@mail.example.org:465",
      RESPONSE_CACHE_MB: "0",
      SERVER_HEAP_MB: "1024",
      TRUSTED_PROXY_COUNT: "1",
    }),
  ).toEqual([]);
});

test("each bad variable is named with what is wrong with it", () => {
  const problems = environmentProblems({
    NODE_ENV: "test",
    DATABASE_URL: "mysql://db.example.org/standfirst",
    DATABASE_POOL_SIZE: "lots",
    SMTP_URL: "http://mail.example.org",
    RESPONSE_CACHE_MB: "-1",
    SERVER_HEAP_MB: "half",
    NEXTAUTH_SECRET: "short",
    ALLOW_EMBEDDED_DATABASE: "yes",
    EMBEDDED_DB_PORT: "70000",
  });
  const named = problems.map((line) => line.split(" ")[0]).sort();
  expect(named).toEqual([
    "ALLOW_EMBEDDED_DATABASE",
    "DATABASE_POOL_SIZE",
    "DATABASE_URL",
    "EMBEDDED_DB_PORT",
    "NEXTAUTH_SECRET",
    "RESPONSE_CACHE_MB",
    "SERVER_HEAP_MB",
    "SMTP_URL",
  ]);
  expect(problems).toContain("DATABASE_URL must start with postgresql:// or postgres://");
  expect(problems).toContain("SMTP_URL must start with smtp:// or smtps://");
  expect(problems).toContain("RESPONSE_CACHE_MB must be a number of MiB (0 turns the cache off)");
});
