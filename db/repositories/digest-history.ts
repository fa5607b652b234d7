// The digests posted on their schedule, numbered per network: what `diagnostic historique`
// lists and shows again. A slot is recorded once (a retry of the same post finds its row).
import { and, desc, eq, sql } from 'drizzle-orm';
import type { IdleGoal, PastDigest } from '../../src/core/digest/digest-data.ts';
import type { NamedPeriod } from '../../src/core/digest/digest-periods.ts';
import type { Database } from '../client.ts';
import { digests } from '../schema.ts';
import { rowsOf } from './involvement.ts';

type Row = typeof digests.$inferSelect;

const pastOf = (row: Row): PastDigest => ({
  ref: row.ref,
  slot: row.slot,
  named: {
    kind: row.kind as NamedPeriod['kind'],
    period: { start: row.periodStart, end: row.periodEnd },
    previous: { start: row.previousStart, end: row.previousEnd },
    partial: false,
  },
});

/** Records the digest of `slot` (once), numbered after the network's last one; answers its number. */
export async function recordDigest(db: Database, networkId: string, slot: Date, named: NamedPeriod) {
  // Two slots of one network never run at once (the scheduler posts the latest only); the lock
  // makes the numbering right even if they did.
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`digests:${networkId}`}, 0))`);
  await db
    .insert(digests)
    .values({
      networkId,
      ref: sql`(select coalesce(max(ref), 0) + 1 from digests where network_id = ${networkId})`,
      slot,
      kind: named.kind,
      periodStart: named.period.start,
      periodEnd: named.period.end,
      previousStart: named.previous.start,
      previousEnd: named.previous.end,
    })
    .onConflictDoNothing({ target: [digests.networkId, digests.slot] });
  const [row] = await db
    .select({ ref: digests.ref })
    .from(digests)
    .where(and(eq(digests.networkId, networkId), eq(digests.slot, slot)));
  return row?.ref;
}

export async function digestHistory(db: Database, networkId: string, limit: number): Promise<PastDigest[]> {
  const rows = await db
    .select()
    .from(digests)
    .where(eq(digests.networkId, networkId))
    .orderBy(desc(digests.ref))
    .limit(limit);
  return rows.map(pastOf);
}

export async function pastDigest(
  db: Database,
  networkId: string,
  ref: number,
): Promise<PastDigest | undefined> {
  const [row] = await db
    .select()
    .from(digests)
    .where(and(eq(digests.networkId, networkId), eq(digests.ref, ref)));
  return row ? pastOf(row) : undefined;
}

/** Goals proposed or active, created before `since`, with no update, exchange or poll since. */
export async function idleGoals(db: Database, networkId: string, since: Date): Promise<IdleGoal[]> {
  const at = since.toISOString();
  const rows = await rowsOf(
    db,
    sql`select g.ref, g.title, m.display_name as author,
        greatest(g.created_at,
          (select max(u.created_at) from goal_updates u where u.network_id = g.network_id and u.goal_id = g.id),
          (select max(p.created_at) from polls p where p.network_id = g.network_id and p.goal_id = g.id),
          (select max(e.occurred_on)::timestamptz from exchanges e
            where e.network_id = g.network_id and e.goal_id = g.id)) as last_activity
      from goals g
      left join members m on m.network_id = g.network_id and m.id = g.author_id and m.forgotten_at is null
      where g.network_id = ${networkId} and g.status in ('proposed', 'active')
        and g.created_at < ${at}::timestamptz
      order by g.ref`,
  );
  return rows
    .map((r) => ({
      ref: Number(r.ref),
      title: String(r.title),
      author: r.author === null || r.author === undefined ? null : String(r.author),
      lastActivity: new Date(
        String(r.last_activity instanceof Date ? r.last_activity.toISOString() : r.last_activity),
      ),
    }))
    .filter((goal) => goal.lastActivity.getTime() < since.getTime());
}
