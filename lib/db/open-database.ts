import path from "node:path";
import type { Env } from "../env";
import { checkDatabaseReachable } from "./check-database";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export interface OpenDatabase {
  url: string;
  isEmbedded: boolean;
  /** Stops the embedded server; a no-op for an external DATABASE_URL. */
  close: () => Promise<void>;
}

/**
 * The database the portal runs on: DATABASE_URL when set, else the embedded server in the data
 * folder. Either way it is reachable and migrated when this returns.
 */
export async function openDatabase(env: Env, log: (m: string) => void): Promise<OpenDatabase> {
  let db: OpenDatabase;
  if (env.DATABASE_URL) {
    await checkDatabaseReachable(env.DATABASE_URL);
    db = { url: env.DATABASE_URL, isEmbedded: false, close: async () => {} };
  } else {
    const running = await startEmbeddedPostgres({
      dataDir: path.join(env.PORTAL_DATA_DIR, "postgres"),
      port: env.EMBEDDED_PG_PORT,
      log,
    });
    db = { url: running.url, isEmbedded: true, close: running.stop };
  }
  try {
    const applied = await applyMigrations({ connectionString: db.url, log });
    if (applied.length === 0) log("database schema is up to date");
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
