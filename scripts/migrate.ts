// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or the embedded database).
import { readEnv } from "../lib/env";
import { openDatabase } from "../lib/db/open-database";
import { runCli } from "./run-cli";

runCli(async () => {
  const db = await openDatabase(readEnv(), (m) => console.log(m));
  await db.close();
});
