// Short per-network numbers (`but 3`, `echange 12`). The network row is locked for the
// rest of the transaction so that two concurrent inserts never take the same number.
import { eq, max } from 'drizzle-orm';
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
