import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";

export interface TestDatabase {
  url: string;
  db: PrismaClient;
  drop: () => Promise<void>;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("serverDatabaseUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server (optionally migrated), dropped by `drop()`. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  await admin(`create database "${name}"`);
  const url = withDatabase(inject("serverDatabaseUrl"), name);
  if (options.migrate !== false) await applyMigrations({ connectionString: url });
  const db = createPrismaClient(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}
