// Claims of scheduled work: one row per run, named by its kind, network and slot or subject.
import { and, desc, eq, isNotNull, isNull, lt, type SQL } from 'drizzle-orm';
import type { ScheduledRunRepository } from '../../src/core/ports.ts';
import type { RunRef } from '../../src/core/scheduling/due-work.ts';
import type { Database } from '../client.ts';
import { scheduledRuns } from '../schema.ts';
import { findDue, rememberDue } from './due-work.ts';

/** The row of one run: `= value`, or `is null` where the run has none (so the index serves). */
function runIs(kind: string, run: RunRef): SQL {
  const where = and(
    eq(scheduledRuns.networkId, run.networkId),
    eq(scheduledRuns.kind, kind),
    run.slot ? eq(scheduledRuns.slot, run.slot) : isNull(scheduledRuns.slot),
    run.subjectId ? eq(scheduledRuns.subjectId, run.subjectId) : isNull(scheduledRuns.subjectId),
  );
  return where as SQL;
}

export function scheduledRunRepository(db: Database): ScheduledRunRepository {
  return {
    async claim(kind, run, by, at) {
      // The unique key makes the insert the claim: exactly one process gets a row back.
      const rows = await db
        .insert(scheduledRuns)
        .values({ kind, ...run, claimedBy: by, claimedAt: at })
        .onConflictDoNothing()
        .returning({ kind: scheduledRuns.kind });
      return rows.length === 1;
    },

    async reclaim(kind, run, by, before, at) {
      // Moving claimed_at forward is the new claim: a second taker finds it recent and gets nothing.
      const rows = await db
        .update(scheduledRuns)
        .set({ claimedBy: by, claimedAt: at })
        .where(and(runIs(kind, run), isNull(scheduledRuns.completedAt), lt(scheduledRuns.claimedAt, before)))
        .returning({ kind: scheduledRuns.kind });
      return rows.length === 1;
    },

    async renew(kind, run, by, at) {
      // Only the holder renews: a run taken over meanwhile stays with its new holder.
      const rows = await db
        .update(scheduledRuns)
        .set({ claimedAt: at })
        .where(and(runIs(kind, run), isNull(scheduledRuns.completedAt), eq(scheduledRuns.claimedBy, by)))
        .returning({ kind: scheduledRuns.kind });
      return rows.length === 1;
    },

    async complete(kind, run, at) {
      await db.update(scheduledRuns).set({ completedAt: at }).where(runIs(kind, run));
    },

    async postpone(kind, run, attempts, claimedAt) {
      await db
        .update(scheduledRuns)
        .set({ attempts, claimedAt })
        .where(and(runIs(kind, run), isNull(scheduledRuns.completedAt)));
    },

    async latestSlot(kind, networkId) {
      const [row] = await db
        .select({ slot: scheduledRuns.slot })
        .from(scheduledRuns)
        .where(
          and(
            eq(scheduledRuns.networkId, networkId),
            eq(scheduledRuns.kind, kind),
            isNotNull(scheduledRuns.slot),
          ),
        )
        .orderBy(desc(scheduledRuns.slot))
        .limit(1);
      return row?.slot ?? undefined;
    },

    findDue: (query) => findDue(db, query),
    rememberDue: (hints) => rememberDue(db, hints),
  };
}
