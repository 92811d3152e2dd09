import { defineConfig } from "prisma/config";

// Prisma 7 CLI config. `prisma generate` needs no database; the datasource URL is only read by
// commands that connect (and those need the native schema engine, which is unavailable offline —
// migrations are applied by scripts/migrate.ts instead; see README "Schema changes").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
