// The server Playwright starts: the production portal on a fresh database of its own, so browser
// tests neither see nor touch anyone's data. With DATABASE_URL, a `portal_e2e` database is recreated
// on that server; without it, a fresh embedded database under .data/e2e.
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

const E2E_DATABASE = "portal_e2e";

async function recreateDatabase(serverUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${E2E_DATABASE} with (force)`);
    await client.query(`create database ${E2E_DATABASE}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${E2E_DATABASE}`;
  return url.toString();
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (env.DATABASE_URL) {
    env.DATABASE_URL = await recreateDatabase(env.DATABASE_URL);
  } else {
    env.PORTAL_DATA_DIR = path.join(".data", "e2e");
    env.EMBEDDED_PG_PORT = env.EMBEDDED_PG_PORT ?? "54339";
    await rm(env.PORTAL_DATA_DIR, { recursive: true, force: true });
  }
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

void main();
