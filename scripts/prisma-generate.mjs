// Generates the Prisma 7 client offline. The CLI only needs the native engines for commands that
// talk to a database; pointing the engine variables at any existing file stops it downloading them.
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = process.cwd();
const placeholder = path.join(root, "package.json");
execFileSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
