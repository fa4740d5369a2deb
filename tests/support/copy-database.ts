import pg from "pg";

/**
 * Copies every row of a migrated database into another with the same schema (already
 * migrated), replacing what it holds, with sequences where they were: the suite's demo data for one centre on a
 * server of a test's own, in a fraction of the time loading the demo city again takes.
 * Triggers (the change log's, and foreign keys) are off while it copies.
 */
export async function copyDatabase(fromUrl: string, toUrl: string): Promise<void> {
  const from = new pg.Client({ connectionString: fromUrl });
  const to = new pg.Client({ connectionString: toUrl });
  await from.connect();
  await to.connect();
  try {
    const { rows: tables } = await from.query<{ name: string; columns: string[] }>(
      `SELECT c.relname AS name, array_agg(quote_ident(a.attname) ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       WHERE n.nspname = 'public' AND c.relkind = 'r' GROUP BY c.relname`,
    );
    await to.query("BEGIN");
    await to.query("SET LOCAL session_replication_role = replica");
    // Migrations insert reference rows of their own: the copy replaces them.
    if (tables.length > 0) await to.query(`TRUNCATE ${tables.map((t) => `public.${pg.escapeIdentifier(t.name)}`).join(", ")}`);
    for (const table of tables) {
      const columns = table.columns.join(", ");
      const { rows } = await from.query<{ rows: unknown[] | null }>(`SELECT json_agg(t) AS rows FROM (SELECT ${columns} FROM public.${pg.escapeIdentifier(table.name)}) t`);
      if (!rows[0]?.rows) continue;
      await to.query(`INSERT INTO public.${pg.escapeIdentifier(table.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::public.${pg.escapeIdentifier(table.name)}, $1)`, [
        JSON.stringify(rows[0].rows),
      ]);
    }
    const { rows: sequences } = await from.query<{ name: string }>("SELECT quote_ident(sequencename) AS name FROM pg_sequences WHERE schemaname = 'public'");
    for (const { name } of sequences) {
      const { rows } = await from.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM public.${name}`);
      await to.query("SELECT setval($1::regclass, $2, $3)", [`public.${name}`, rows[0]!.last_value, rows[0]!.is_called]);
    }
    await to.query("COMMIT");
    // As a server that has run a while would be: a crash replays only what came after this.
    await to.query("CHECKPOINT");
  } finally {
    await Promise.all([from.end(), to.end()]);
  }
}
