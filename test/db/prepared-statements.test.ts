// drizzle over postgres.js, through the wrapper db/client.ts gives it: short statements are
// prepared, so those a transaction sends together go in one round trip instead of each waiting
// for the previous one's description; long ones stay unnamed.
import { sql as raw } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { PREPARED_MAX_LENGTH, withPreparedStatements } from '../../db/prepared-statements.ts';

const serverUrl = inject('serverAdminUrl');

describe.skipIf(!serverUrl)('prepared statements on a PostgreSQL server', () => {
  async function withClient(work: (db: ReturnType<typeof drizzle>, sent: string[]) => Promise<void>) {
    const sent: string[] = [];
    const client = postgres(serverUrl ?? '', {
      max: 1,
      onnotice: () => {},
      debug: (_connection, query) => sent.push(query),
    });
    try {
      await work(drizzle(withPreparedStatements(client)), sent);
    } finally {
      await client.end();
    }
  }

  it('sends statements given together in a transaction before the first one has answered', async () => {
    await withClient(async (db, sent) => {
      for (let round = 0; round < 2; round += 1) {
        await db.transaction(async (tx) => {
          const slow = tx.execute(raw`select pg_sleep(1), ${round}::int as round`).execute();
          const quick = tx.execute(raw`select ${round}::int + 1 as next`).execute();
          // Sent while the first one sleeps a second, or only after it?
          await new Promise((resolve) => setTimeout(resolve, 150));
          const sentAtOnce = sent.filter((q) => q.includes('+ 1 as next')).length === round + 1;
          await Promise.all([slow, quick]);
          // The first time, the statements are described first; then they are pipelined.
          if (round === 1) expect(sentAtOnce).toBe(true);
        });
      }
    });
  });

  it('prepares short statements on the connection and leaves long ones unnamed', async () => {
    await withClient(async (db) => {
      const long = `select ${'1 + '.repeat(PREPARED_MAX_LENGTH / 4)}1 as long_one, `;
      await db.transaction(async (tx) => {
        await tx.execute(raw`select ${7}::int as short_one`);
        await tx.execute(raw`${raw.raw(long)}${7}::int as p`);
        const prepared = await tx.execute(raw`select statement from pg_prepared_statements`);
        const texts = (prepared as unknown as Array<{ statement: string }>).map((r) => r.statement);
        expect(texts.some((t) => t.includes('short_one'))).toBe(true);
        expect(texts.some((t) => t.length > PREPARED_MAX_LENGTH)).toBe(false);
      });
    });
  });
});
