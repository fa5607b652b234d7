// Short per-network numbers (`but 3`, `echange 12`). The network row is locked for the
// rest of the transaction so that two concurrent inserts never take the same number.
import { eq, max, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';
import { networks } from '../schema.ts';

export async function nextRef(
  db: Database,
  networkId: string,
  table: PgTable,
  ref: PgColumn,
  network: PgColumn,
) {
  await db.select({ id: networks.id }).from(networks).where(eq(networks.id, networkId)).for('update');
  const [row] = await db
    .select({ top: max(ref) })
    .from(table)
    .where(eq(network, networkId));
  return Number(row?.top ?? 0) + 1;
}

/**
 * The next number as an expression for an insert sent right after the network's row is
 * locked in the same transaction (a statement sees the rows committed before it starts).
 */
export function nextRefExpression(networkId: string, table: PgTable, ref: PgColumn, network: PgColumn): SQL {
  return sql`(select coalesce(max(${ref}), 0) + 1 from ${table} where ${network} = ${networkId})`;
}
