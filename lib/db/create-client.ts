import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * Builds a PrismaClient on the node-postgres driver adapter. Used by lib/db/client.ts (the app's
 * one client) and by scripts and tests that must point at a database of their own.
 */
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type { PrismaClient };
