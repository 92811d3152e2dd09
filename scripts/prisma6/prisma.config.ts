// Config for the prisma@6 CLI (installed as the `prisma6` alias), used only to print the SQL a
// schema describes (`migrate diff --script`), which Prisma 7 cannot do offline. The CLI opens the
// adapter even for a file-to-file diff, so DATABASE_URL must name a reachable Postgres; no data is read.
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "adapter-pg6";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/unused" });
  },
});
