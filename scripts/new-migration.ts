// npm run db:migration:new -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the schema as of
// the last migration (prisma/migrations/schema.snapshot.prisma) into prisma/schema.prisma, then
// updates the snapshot. Review the SQL before committing it; the drift test checks the result.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readEnv } from "../lib/env";
import { AppError } from "../lib/errors";
import { openDatabase } from "../lib/db/open-database";
import { printSchemaSql } from "../lib/db/schema-sql";
import { runCli } from "./run-cli";

runCli(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new AppError("BAD_INPUT", "usage: npm run db:migration:new -- <name_in_snake_case>");
  }
  const root = process.cwd();
  const schema = path.join(root, "prisma", "schema.prisma");
  const snapshot = path.join(root, "prisma", "migrations", "schema.snapshot.prisma");
  const db = await openDatabase(readEnv(), () => {});
  try {
    const sql = await printSchemaSql({ from: snapshot, to: schema, databaseUrl: db.url });
    if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
      console.log("schema.prisma has not changed since the last migration: nothing to write");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await copyFile(schema, snapshot);
    console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
  } finally {
    await db.close();
  }
});
