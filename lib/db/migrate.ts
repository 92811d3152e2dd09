import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies the SQL migrations in prisma/migrations/<name>/migration.sql, in name order, each once,
 * each in its own transaction, recorded in Prisma's own `_prisma_migrations` table.
 *
 * Why not `prisma migrate deploy`: it needs Prisma's native schema engine, which cannot be downloaded
 * on these offline machines. Keeping Prisma's folder layout and history table means a machine that
 * does have the engine sees the same history and agrees on what is applied.
 */
export interface ApplyMigrationsOptions {
  connectionString: string;
  migrationsDir?: string;
  log?: (message: string) => void;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

const DEFAULT_DIR = path.join(process.cwd(), "prisma", "migrations");
// Any constant works; it only has to be the same for every process migrating this database.
const ADVISORY_LOCK_KEY = 72_707_369;

export async function readMigrations(migrationsDir = DEFAULT_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("select pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(`create table if not exists "_prisma_migrations" (
      "id" varchar(36) primary key not null,
      "checksum" varchar(64) not null,
      "finished_at" timestamptz,
      "migration_name" varchar(255) not null,
      "logs" text,
      "rolled_back_at" timestamptz,
      "started_at" timestamptz not null default now(),
      "applied_steps_count" integer not null default 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `select migration_name, checksum from "_prisma_migrations"
       where finished_at is not null and rolled_back_at is null`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded) {
        if (recorded !== migration.checksum) {
          throw new Error(
            `migration ${migration.name} was edited after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      log(`applying migration ${migration.name}`);
      await client.query("begin");
      try {
        await client.query(migration.sql);
        await client.query(
          `insert into "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           values (gen_random_uuid()::text, $1, now(), $2, 1)`,
          [migration.checksum, migration.name],
        );
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}
