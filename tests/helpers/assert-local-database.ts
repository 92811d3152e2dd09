const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

/** Tests create and drop databases: refuse anything but a server on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`refusing to run tests against a non-local database (${host}); set TEST_DATABASE_URL to a local Postgres`);
  }
}
