import "server-only";
import { AppError } from "../errors";
import { createPrismaClient, type PrismaClient } from "./create-client";

// One client per server process; cached on globalThis so dev-mode reloads do not open new pools.
const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForPrisma.portalPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new AppError("CONFIG", "DATABASE_URL is not set: start the portal with `npm start`, which provides one");
    }
    globalForPrisma.portalPrisma = createPrismaClient(url);
  }
  return globalForPrisma.portalPrisma;
}
