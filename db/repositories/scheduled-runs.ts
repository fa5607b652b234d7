import { and, desc, eq, isNull, like, lt, sql } from 'drizzle-orm';
import type { ScheduledRunRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { scheduledRuns } from '../schema.ts';

// Failed attempts are counted in claimed_by's `#N` suffix (no column for them): a takeover
// keeps the count, a postponement raises it.
const ATTEMPTS = /#(\d+)$/;
const attemptsOf = (claimedBy: string) => Number(ATTEMPTS.exec(claimedBy)?.[1] ?? 0);
const withoutAttempts = sql`regexp_replace(${scheduledRuns.claimedBy}, '#[0-9]+$', '')`;
const attemptsSuffix = sql`coalesce(substring(${scheduledRuns.claimedBy} from '#[0-9]+$'), '')`;

export function scheduledRunRepository(db: Database): ScheduledRunRepository {
  return {
    async claim(kind, key, by, at) {
      // The primary key makes the insert the claim: exactly one process gets a row back.
      const rows = await db
        .insert(scheduledRuns)
        .values({ kind, key, claimedBy: by, claimedAt: at })
        .onConflictDoNothing()
        .returning({ key: scheduledRuns.key });
      return rows.length === 1;
    },

    async unfinished(kind, before, limit) {
      const rows = await db
        .select({ kind: scheduledRuns.kind, key: scheduledRuns.key, claimedBy: scheduledRuns.claimedBy })
        .from(scheduledRuns)
        .where(
          and(
            eq(scheduledRuns.kind, kind),
            isNull(scheduledRuns.completedAt),
            lt(scheduledRuns.claimedAt, before),
          ),
        )
        .limit(limit);
      return rows.map((r) => ({ kind: r.kind, key: r.key, attempts: attemptsOf(r.claimedBy) }));
    },

    async reclaim(kind, key, by, before, at) {
      // Moving claimed_at forward is the new claim: a second taker finds it recent and gets nothing.
      const rows = await db
        .update(scheduledRuns)
        .set({ claimedBy: sql`${by} || ${attemptsSuffix}`, claimedAt: at })
        .where(
          and(
            eq(scheduledRuns.kind, kind),
            eq(scheduledRuns.key, key),
            isNull(scheduledRuns.completedAt),
            lt(scheduledRuns.claimedAt, before),
          ),
        )
        .returning({ key: scheduledRuns.key });
      return rows.length === 1;
    },

    async renew(kind, key, by, at) {
      // Only the holder renews: a run taken over meanwhile stays with its new holder.
      const rows = await db
        .update(scheduledRuns)
        .set({ claimedAt: at })
        .where(
          and(
            eq(scheduledRuns.kind, kind),
            eq(scheduledRuns.key, key),
            isNull(scheduledRuns.completedAt),
            sql`${withoutAttempts} = ${by}`,
          ),
        )
        .returning({ key: scheduledRuns.key });
      return rows.length === 1;
    },

    async complete(kind, key, at) {
      await db
        .update(scheduledRuns)
        .set({ completedAt: at })
        .where(and(eq(scheduledRuns.kind, kind), eq(scheduledRuns.key, key)));
    },

    async postpone(kind, key, attempts, claimedAt) {
      await db
        .update(scheduledRuns)
        .set({ claimedBy: sql`${withoutAttempts} || ${`#${attempts}`}`, claimedAt })
        .where(
          and(eq(scheduledRuns.kind, kind), eq(scheduledRuns.key, key), isNull(scheduledRuns.completedAt)),
        );
    },

    async latestKey(kind, keyPrefix) {
      const pattern = `${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`;
      const [row] = await db
        .select({ key: scheduledRuns.key })
        .from(scheduledRuns)
        .where(and(eq(scheduledRuns.kind, kind), like(scheduledRuns.key, pattern)))
        .orderBy(desc(scheduledRuns.key))
        .limit(1);
      return row?.key;
    },
  };
}
