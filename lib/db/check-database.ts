import pg from "pg";
import { AppError } from "../errors";

/** Connects once so that a wrong DATABASE_URL fails with one clear line instead of a stack trace. */
export async function checkDatabaseReachable(connectionString: string): Promise<void> {
  let where = "the DATABASE_URL host";
  try {
    const url = new URL(connectionString);
    where = `${url.hostname}:${url.port || "5432"} (database ${url.pathname.slice(1) || "?"})`;
  } catch {
    throw new AppError("CONFIG", "DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database");
  }
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = (error as Error).message || (error as { code?: string }).code || "no answer";
    throw new AppError(
      "CONFIG",
      `cannot reach Postgres at ${where}: ${reason}. Check that the server is running, the host and port are right, and the user may log in.`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
}
