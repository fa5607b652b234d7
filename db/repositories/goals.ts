import { asc, eq } from 'drizzle-orm';
import type { Goal, GoalStatus } from '../../src/core/model.ts';
import type { GoalRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { goals } from '../schema.ts';
import { nextRef } from './next-ref.ts';

type GoalRow = typeof goals.$inferSelect;

const toGoal = (row: GoalRow): Goal => ({
  id: row.id,
  networkId: row.networkId,
  title: row.title,
  description: row.description,
  indicator: row.indicator,
  status: row.status as GoalStatus,
  authorId: row.authorId,
  ref: row.ref,
});

export function goalRepository(db: Database): GoalRepository {
  return {
    async create(networkId, goal) {
      const ref = await nextRef(db, networkId, goals, goals.ref, goals.networkId);
      const [row] = await db
        .insert(goals)
        .values({ networkId, ref, ...goal })
        .returning();
      if (!row) throw new Error('goal insert returned nothing');
      return toGoal(row);
    },

    async list(networkId) {
      const rows = await db
        .select()
        .from(goals)
        .where(eq(goals.networkId, networkId))
        .orderBy(asc(goals.createdAt));
      return rows.map(toGoal);
    },
  };
}
