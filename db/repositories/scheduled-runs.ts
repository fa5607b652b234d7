import { and, eq } from 'drizzle-orm';
import type { ScheduledRunRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { scheduledRuns } from '../schema.ts';

export function scheduledRunRepository(db: Database): ScheduledRunRepository {
  return {
    async claim(kind, key, by) {
      // The primary key makes the insert the claim: exactly one process gets a row back.
      const rows = await db
        .insert(scheduledRuns)
        .values({ kind, key, claimedBy: by })
        .onConflictDoNothing()
        .returning({ key: scheduledRuns.key });
      return rows.length === 1;
    },

    async complete(kind, key) {
      await db
        .update(scheduledRuns)
        .set({ completedAt: new Date() })
        .where(and(eq(scheduledRuns.kind, kind), eq(scheduledRuns.key, key)));
    },
  };
}
