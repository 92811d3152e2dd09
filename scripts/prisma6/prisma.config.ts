// Config for the prisma@6 CLI (installed as the `prisma6` alias), used only to print the SQL a
// schema describes (`migrate diff --script`), which Prisma 7 cannot do offline. The adapter is never
// connected: diff between schema files reads no database.
import path from "node:path";
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "adapter-pg6";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join(import.meta.dirname, "schema.prisma"),
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/unused" });
  },
});
