import pg from "pg";

/**
 * A comparable description of a database's schema, read from the catalogs (pg_dump would have to
 * match the server's major version, and the embedded server is newer than the machine's client).
 */
export async function readCatalogSnapshot(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const parts = await Promise.all([
      client.query(`select 'column ' || table_name || '.' || column_name || ' ' || udt_name
                      || coalesce('(' || character_maximum_length || ')', '')
                      || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
                      || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') as line
                    from information_schema.columns
                    where table_schema = 'public' and table_name <> '_prisma_migrations'`),
      client.query(`select 'index ' || indexdef as line from pg_indexes
                    where schemaname = 'public' and tablename <> '_prisma_migrations'`),
      client.query(`select 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as line
                    from pg_constraint
                    where connamespace = 'public'::regnamespace and conrelid::regclass::text not in ('_prisma_migrations', '"_prisma_migrations"')`),
      client.query(`select 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder) as line
                    from pg_type t join pg_enum e on e.enumtypid = t.oid
                    where t.typnamespace = 'public'::regnamespace group by t.typname`),
    ]);
    return parts.flatMap((r) => r.rows.map((row: { line: string }) => row.line)).sort();
  } finally {
    await client.end();
  }
}
