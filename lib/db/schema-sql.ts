import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = process.cwd();
const PRISMA6_CLI = path.join(ROOT, "node_modules", "prisma6", "build", "index.js");
const PRISMA6_CONFIG = path.join(ROOT, "scripts", "prisma6", "prisma.config.ts");

/**
 * Prisma 6 wants `url = env("DATABASE_URL")` in the datasource block and Prisma 7 refuses it there,
 * so the v6 CLI gets a temporary copy with that line added.
 */
async function writeV6Copy(schemaPath: string, dir: string, name: string): Promise<string> {
  const text = await readFile(schemaPath, "utf8");
  const withUrl = text.replace(
    /datasource\s+db\s*\{([^}]*)\}/,
    (_m, body: string) => `datasource db {${body.trimEnd()}\n  url = env("DATABASE_URL")\n}`,
  );
  const target = path.join(dir, name);
  await writeFile(target, withUrl);
  return target;
}

export interface SchemaSqlOptions {
  /** Schema file the SQL should produce. */
  to: string;
  /** Schema file to start from; omitted means an empty database. */
  from?: string;
  /** A reachable Postgres: the v6 CLI opens its driver adapter even for a file-to-file diff. */
  databaseUrl: string;
}

/**
 * Prints the SQL that turns `from` (or an empty database) into `to`, with the prisma@6 CLI in its
 * JS-engine mode — the one schema-to-SQL path that works offline here.
 */
export async function printSchemaSql(options: SchemaSqlOptions): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "schema-sql-"));
  try {
    const to = await writeV6Copy(options.to, dir, "to.prisma");
    const fromArgs = options.from
      ? ["--from-schema-datamodel", await writeV6Copy(options.from, dir, "from.prisma")]
      : ["--from-empty"];
    const placeholder = path.join(ROOT, "package.json"); // any existing file keeps the CLI from downloading engines
    const { stdout } = await run(
      process.execPath,
      [PRISMA6_CLI, "migrate", "diff", "--config", PRISMA6_CONFIG, ...fromArgs, "--to-schema-datamodel", to, "--script"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: options.databaseUrl,
          PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
          PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          CHECKPOINT_DISABLE: "1",
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
