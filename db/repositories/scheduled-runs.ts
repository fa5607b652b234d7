import { and, eq, isNull, lt } from 'drizzle-orm';
import type { ScheduledRunRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { scheduledRuns } from '../schema.ts';

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
      return db
        .select({ kind: scheduledRuns.kind, key: scheduledRuns.key })
        .from(scheduledRuns)
        .where(
          and(
            eq(scheduledRuns.kind, kind),
            isNull(scheduledRuns.completedAt),
            lt(scheduledRuns.claimedAt, before),
          ),
        )
        .limit(limit);
    },

    async reclaim(kind, key, by, before, at) {
      // Moving claimed_at forward is the new claim: a second taker finds it recent and gets nothing.
      const rows = await db
        .update(scheduledRuns)
        .set({ claimedBy: by, claimedAt: at })
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

    async complete(kind, key, at) {
      await db
        .update(scheduledRuns)
        .set({ completedAt: at })
        .where(and(eq(scheduledRuns.kind, kind), eq(scheduledRuns.key, key)));
    },
  };
}
