// Shared goals and their history. Every query is scoped by network; the core runs each
// command in one transaction, so a change and its history entry are written together.
import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Goal, GoalStatus, GoalTextKind, GoalUpdate } from '../../src/core/model.ts';
import type { GoalOverview, GoalRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { exchanges, goals, goalUpdates, members } from '../schema.ts';
import { nextRef } from './next-ref.ts';

type GoalRow = typeof goals.$inferSelect;

/** `ref` is an `integer` column: a larger number typed by someone cannot name a goal. */
const MAX_REF = 2_147_483_647;

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

/** Goals with their exchange count, in one grouped query. */
async function overviews(db: Database, where: SQL | undefined): Promise<GoalOverview[]> {
  const rows = await db
    .select({ goal: goals, exchangeCount: count(exchanges.id) })
    .from(goals)
    .leftJoin(exchanges, and(eq(exchanges.networkId, goals.networkId), eq(exchanges.goalId, goals.id)))
    .where(where)
    .groupBy(goals.id)
    .orderBy(asc(goals.ref));
  return rows.map(({ goal, exchangeCount }) => ({
    ...toGoal(goal),
    createdAt: goal.createdAt,
    exchangeCount: Number(exchangeCount),
  }));
}

type NewUpdate = { authorId: string; at: Date | undefined } & (
  | { kind: 'status'; status: GoalStatus }
  | { kind: GoalTextKind; text: string }
);

async function recordUpdate(db: Database, networkId: string, goalId: string, update: NewUpdate) {
  // The history is read in created_at order, and the clocks of several replicas (or a test
  // clock) need not move forward between two updates: a new entry goes just after the last.
  const at = update.at ? sql`${update.at.toISOString()}::timestamptz` : sql`now()`;
  const latest = sql`(select max(${goalUpdates.createdAt}) + interval '1 microsecond' from ${goalUpdates}
    where ${goalUpdates.networkId} = ${networkId} and ${goalUpdates.goalId} = ${goalId})`;
  await db.insert(goalUpdates).values({
    networkId,
    goalId,
    authorId: update.authorId,
    kind: update.kind,
    status: update.kind === 'status' ? update.status : null,
    text: update.kind === 'status' ? null : update.text,
    createdAt: sql`greatest(${at}, ${latest})`,
  });
}

type UpdateRow = typeof goalUpdates.$inferSelect;

function toUpdate(row: UpdateRow, authorName: string | null): GoalUpdate {
  const common = {
    id: row.id,
    goalId: row.goalId,
    authorId: row.authorId,
    authorName,
    createdAt: row.createdAt,
  };
  return row.kind === 'status'
    ? { ...common, kind: 'status', status: row.status as GoalStatus }
    : { ...common, kind: row.kind as GoalTextKind, text: row.text ?? '' };
}

export function goalRepository(db: Database): GoalRepository {
  /** Changes one goal of the network; a goal that is not there is a bug of the caller. */
  async function change(networkId: string, goalId: string, patch: Partial<GoalRow>) {
    const changed = await db
      .update(goals)
      .set(patch)
      .where(and(eq(goals.networkId, networkId), eq(goals.id, goalId)))
      .returning({ id: goals.id });
    if (changed.length !== 1) throw new Error('goal to update not found in its network');
  }

  return {
    async create(networkId, { at, ...goal }) {
      const ref = await nextRef(db, networkId, goals, goals.ref, goals.networkId);
      const [row] = await db
        .insert(goals)
        .values({ networkId, ref, ...goal, ...(at ? { createdAt: at, updatedAt: at } : {}) })
        .returning();
      if (!row) throw new Error('goal insert returned nothing');
      if (goal.indicator !== null) {
        await recordUpdate(db, networkId, row.id, {
          kind: 'indicator',
          text: goal.indicator,
          authorId: goal.authorId,
          at,
        });
      }
      return toGoal(row);
    },

    list: (networkId) => overviews(db, eq(goals.networkId, networkId)),

    async getByRef(networkId, ref) {
      if (!Number.isSafeInteger(ref) || ref < 1 || ref > MAX_REF) return undefined;
      const [found] = await overviews(db, and(eq(goals.networkId, networkId), eq(goals.ref, ref)));
      return found;
    },

    async updateStatus(networkId, goalId, { status, authorId, at }) {
      // Updating the goal first locks its row: concurrent changes of one goal queue up.
      await change(networkId, goalId, { status, updatedAt: at });
      await recordUpdate(db, networkId, goalId, { kind: 'status', status, authorId, at });
    },

    async updateIndicator(networkId, goalId, { indicator, authorId, at }) {
      await change(networkId, goalId, { indicator, updatedAt: at });
      await recordUpdate(db, networkId, goalId, { kind: 'indicator', text: indicator, authorId, at });
    },

    async updateText(networkId, goalId, { field, text, authorId, at }) {
      await change(networkId, goalId, { [field]: text, updatedAt: at });
      await recordUpdate(db, networkId, goalId, { kind: field, text, authorId, at });
    },

    async listUpdates(networkId, goalId) {
      const rows = await db
        .select({ update: goalUpdates, authorName: members.displayName })
        .from(goalUpdates)
        .leftJoin(
          members,
          and(eq(members.networkId, goalUpdates.networkId), eq(members.id, goalUpdates.authorId)),
        )
        .where(and(eq(goalUpdates.networkId, networkId), eq(goalUpdates.goalId, goalId)))
        .orderBy(asc(goalUpdates.createdAt), asc(goalUpdates.id));
      return rows.map((r) => toUpdate(r.update, r.authorName));
    },
  };
}
