// The row counts of test/support/row-counts.ts (same tables, same numbers) in one query
// instead of one per table: the fuzz tests count after every input, and on PGlite the
// per-table count costs more than the command itself. The tests check once that both
// agree.
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { countedTables } from '../support/row-counts.ts';

export async function fastCounts(db: Database, networkId: string): Promise<Record<string, number>> {
  const columns = countedTables.map((table) => {
    const key = table === 'networks' ? 'id' : 'network_id';
    return sql`(select count(*) from ${sql.identifier(table)} where ${sql.identifier(key)} = ${networkId})::int as ${sql.identifier(table)}`;
  });
  const result = await db.execute(sql`select ${sql.join(columns, sql`, `)}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
    Record<string, number>
  >;
  const [row] = rows;
  if (!row) throw new Error('no counts');
  return Object.fromEntries(countedTables.map((table) => [table, Number(row[table])]));
}
