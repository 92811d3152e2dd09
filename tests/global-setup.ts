import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { assertLocalDatabase } from "./helpers/assert-local-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** A Postgres server the tests may create and drop databases on. */
    serverDatabaseUrl: string;
  }
}

/**
 * Integration tests run on a real Postgres: TEST_DATABASE_URL or DATABASE_URL when set (CI points
 * it at the machine's PostgreSQL 15), else an embedded server in a temporary folder. Each test file
 * then creates and drops a database of its own on it.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given) {
    assertLocalDatabase(given);
    project.provide("serverDatabaseUrl", given);
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), "portal-test-pg-"));
  await chmod(dir, 0o755); // when run as root, the server runs as the postgres user and must reach it
  const port = 55000 + Math.floor(Math.random() * 2000);
  const running = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port });
  project.provide("serverDatabaseUrl", running.url);
  return async () => {
    await running.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
