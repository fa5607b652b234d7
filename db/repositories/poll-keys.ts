// Destroying poll keys for real. A DELETE would leave the key in a dead row of the table's
// file until PostgreSQL reuses the space; the table is UNLOGGED, so the key never reached
// the WAL, and rewriting it (TRUNCATE gives it a new file and empties the old one at commit,
// then the other keys go back) leaves no copy in the database's files.
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { pollKeys, polls } from '../schema.ts';

/**
 * Removes the keys of `pollIds`, and of any poll no longer open (a network deleted, a poll
 * closed), by rewriting the table. Takes the table's exclusive lock first, before reading
 * it, so that two closers never both hold a share of it while waiting for the other's
 * exclusive lock; votes in progress elsewhere (which read a key) finish first, and new ones
 * wait a moment. The keys kept wait in a temporary table (session memory, never WAL-logged,
 * dropped at commit), so that they do not travel through the bot; polls are only read (no
 * row lock), so a closer never waits on another closer's poll.
 */
export async function destroyPollKeys(db: Database, pollIds: readonly string[]): Promise<void> {
  await db.execute(sql`lock table ${pollKeys} in access exclusive mode`);
  const gone = pollIds.length > 0 ? inArray(pollKeys.pollId, [...pollIds]) : sql`false`;
  await db.execute(
    sql`create temporary table poll_keys_kept on commit drop as
        select ${pollKeys}.* from ${pollKeys}
        where not (${gone}) and exists (
          select 1 from ${polls}
          where ${polls.id} = ${pollKeys.pollId} and ${polls.networkId} = ${pollKeys.networkId}
            and ${polls.status} = 'open'
        )`,
  );
  await db.execute(sql`truncate table ${pollKeys}`);
  await db.execute(sql`insert into ${pollKeys} select * from poll_keys_kept`);
  await db.execute(sql`drop table poll_keys_kept`);
}
