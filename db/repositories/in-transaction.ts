// Repositories that send several statements at once (pipelined on one connection, run in the
// order sent) need a transaction: outside one (a script, a test), a pool would spread them
// over connections, in any order.
import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';

export const isTransaction = (db: Database): boolean => is(db, PgTransaction);

/** Runs `work` in the caller's transaction, or in a new one. */
export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return isTransaction(db) ? work(db) : db.transaction((tx) => work(tx as unknown as Database));
}
