import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { printSchemaSql } from "@/lib/db/schema-sql";
import { applyMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { readCatalogSnapshot } from "./catalog-snapshot";

const created: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(created.map((d) => d.drop()));
});

describe("migrations and schema.prisma", () => {
  it("build the same database: a migration that drifts from the schema fails here", async () => {
    const fromMigrations = await createTestDatabase();
    const fromSchema = await createTestDatabase({ migrate: false });
    created.push(fromMigrations, fromSchema);

    const sql = await printSchemaSql({ to: path.join(process.cwd(), "prisma", "schema.prisma"), databaseUrl: fromSchema.url });
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();

    const [expected, actual] = await Promise.all([readCatalogSnapshot(fromSchema.url), readCatalogSnapshot(fromMigrations.url)]);
    expect(expected.length).toBeGreaterThan(50);
    expect(actual).toEqual(expected);

    // The comparison notices a change: a column added behind the schema's back shows up.
    await fromMigrations.db.$executeRawUnsafe("alter table projects add column drifted integer");
    expect(await readCatalogSnapshot(fromMigrations.url)).not.toEqual(expected);
  });

  it("applies each migration once and records it", async () => {
    const target = await createTestDatabase({ migrate: false });
    created.push(target);
    const first = await applyMigrations({ connectionString: target.url });
    const second = await applyMigrations({ connectionString: target.url });
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual([]);
    const rows = await target.db.$queryRaw<{ n: bigint }[]>`select count(*) as n from "_prisma_migrations"`;
    expect(Number(rows[0].n)).toBe(first.length);
  });
});
