// @ts-check

/** Headers every response carries. The Content-Security-Policy is set per request in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or Node-only packages: loaded at run time rather than bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "nodemailer"],
  // ESM-only packages: listing them here also lets next/jest transform them for tests.
  transpilePackages: ["feed"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
