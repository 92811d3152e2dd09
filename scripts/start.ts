// npm start — builds if needed, opens (and migrates) the database, loads the samples into an empty
// database, then serves the portal with `next start`. Stops the embedded database on exit.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { AppError } from "../lib/errors";
import { createPrismaClient } from "../lib/db/create-client";
import { isPortFree } from "../lib/db/embedded-postgres";
import { openDatabase } from "../lib/db/open-database";
import { seedSamplesIfEmpty } from "../lib/import/seed-samples";
import { runCli } from "./run-cli";

const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const log = (m: string) => console.log(`[portal] ${m}`);

function runNext(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
}

async function buildIfNeeded(): Promise<void> {
  if (existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  log("no production build found: running next build (once)");
  const code = await new Promise<number | null>((resolve) => runNext(["build"], process.env).on("exit", resolve));
  if (code !== 0) throw new AppError("CONFIG", "next build failed (see the output above)");
}

runCli(async () => {
  const env = readEnv();
  if (!(await isPortFree(env.PORT, "0.0.0.0"))) {
    throw new AppError("CONFIG", `port ${env.PORT} is busy: stop whatever is listening there or start with PORT=<another port>`);
  }
  await buildIfNeeded();
  const db = await openDatabase(env, log);
  let closing = false;
  const close = async (code: number) => {
    if (closing) return;
    closing = true;
    await db.close().catch(() => {});
    process.exit(code);
  };
  try {
    const prisma = createPrismaClient(db.url);
    try {
      await seedSamplesIfEmpty(prisma, log);
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  const server = runNext(["start", "-p", String(env.PORT), "-H", env.HOSTNAME], { ...process.env, DATABASE_URL: db.url });
  log(`serving http://localhost:${env.PORT} (${db.isEmbedded ? "embedded database in " + env.PORTAL_DATA_DIR : "DATABASE_URL"})`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.kill(signal);
    });
  }
  server.on("exit", (code) => void close(code ?? 0));
});
