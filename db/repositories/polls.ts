// Polls in SQL. The anonymity rules live here: vote rows carry no time and no order, and
// closing an anonymous poll turns its votes into counts and destroys its key.
import { randomBytes } from 'node:crypto';
import { and, asc, count, countDistinct, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Poll } from '../../src/core/model.ts';
import type { PollKey, PollRepository, PollTally } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { pollKeys, pollOptions, polls, pollVotes } from '../schema.ts';
import { inTransaction } from './in-transaction.ts';
import { nextRef } from './next-ref.ts';
import { destroyPollKeys } from './poll-keys.ts';

type PollRow = typeof polls.$inferSelect;
type OptionRow = typeof pollOptions.$inferSelect;

const toPoll = (row: PollRow, options: readonly OptionRow[]): Poll => ({
  id: row.id,
  networkId: row.networkId,
  ref: row.ref,
  authorId: row.authorId,
  question: row.question,
  anonymous: row.anonymous,
  multiple: row.multiple,
  maxChoices: row.maxChoices,
  goalId: row.goalId,
  spaceId: row.spaceId,
  channelId: row.channelId,
  messageRef: row.messageRef,
  closesAt: row.closesAt,
  status: row.status as Poll['status'],
  closedAt: row.closedAt,
  participants: row.participants,
  minBreakdown: row.minBreakdown,
  options: options
    .filter((o) => o.pollId === row.id)
    .sort((a, b) => a.position - b.position)
    .map((o) => ({ id: o.id, position: o.position, label: o.label, votes: o.votes })),
});

/** Polls with their options, in one more query. */
export async function withOptions(db: Database, rows: readonly PollRow[]): Promise<Poll[]> {
  if (rows.length === 0) return [];
  const options = await db
    .select()
    .from(pollOptions)
    .where(
      inArray(
        pollOptions.pollId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((row) => toPoll(row, options));
}

async function liveTally(db: Database, networkId: string, poll: Poll): Promise<PollTally> {
  const where = and(eq(pollVotes.networkId, networkId), eq(pollVotes.pollId, poll.id));
  const [participants] = await db
    .select({ n: countDistinct(pollVotes.voter) })
    .from(pollVotes)
    .where(where);
  const rows = await db
    .select({ optionId: pollVotes.optionId, n: sql<number>`count(*)::int` })
    .from(pollVotes)
    .where(where)
    .groupBy(pollVotes.optionId);
  const counts = new Map(poll.options.map((o) => [o.id, 0]));
  for (const row of rows) counts.set(row.optionId, Number(row.n));
  let voters: Map<string, string[]> | undefined;
  if (!poll.anonymous) {
    voters = new Map(poll.options.map((o) => [o.id, [] as string[]]));
    const all = await db
      .select({ optionId: pollVotes.optionId, voter: pollVotes.voter })
      .from(pollVotes)
      .where(where);
    for (const v of all) voters.get(v.optionId)?.push(v.voter);
  }
  return { participants: Number(participants?.n ?? 0), counts, voters };
}

const toKey = (row: { key: Uint8Array; scheme: number }): PollKey => ({
  bytes: row.key,
  scheme: row.scheme === 1 ? 1 : 2,
});

const keyQuery = (db: Database, networkId: string, pollId: string) =>
  db
    .select({ key: pollKeys.key, scheme: pollKeys.scheme })
    .from(pollKeys)
    .where(and(eq(pollKeys.networkId, networkId), eq(pollKeys.pollId, pollId)));

/**
 * Serialises the changes of one voter in one poll until the transaction ends (a
 * transaction-level advisory lock: nothing is stored, the key is a hash).
 */
async function lockVoter(db: Database, pollId: string, voter: string): Promise<void> {
  // Sent now, not when awaited: callers pipeline the statements that need the lock after it.
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${pollId}:${voter}`}, 0))`).execute();
}

const votesOf = (networkId: string, pollId: string, voter: string) =>
  and(eq(pollVotes.networkId, networkId), eq(pollVotes.pollId, pollId), eq(pollVotes.voter, voter));

async function getPoll(db: Database, networkId: string, pollId: string): Promise<Poll | undefined> {
  const rows = await db
    .select()
    .from(polls)
    .where(and(eq(polls.networkId, networkId), eq(polls.id, pollId)));
  return (await withOptions(db, rows))[0];
}

export function pollRepository(db: Database): PollRepository {
  const get = (networkId: string, pollId: string) => getPoll(db, networkId, pollId);

  return {
    get,

    async create(networkId, poll) {
      const ref = await nextRef(db, networkId, polls, polls.ref, polls.networkId);
      const [row] = await db
        .insert(polls)
        .values({
          networkId,
          ref,
          authorId: poll.authorId,
          question: poll.question,
          anonymous: poll.anonymous,
          multiple: poll.multiple,
          maxChoices: poll.maxChoices,
          goalId: poll.goalId,
          spaceId: poll.spaceId,
          channelId: poll.channelId,
          closesAt: poll.closesAt,
          minBreakdown: poll.minBreakdown ?? null,
        })
        .returning();
      if (!row) throw new Error('poll insert returned nothing');
      const options = await db
        .insert(pollOptions)
        .values(poll.options.map((label, i) => ({ networkId, pollId: row.id, position: i + 1, label })))
        .returning();
      if (poll.anonymous)
        await db.insert(pollKeys).values({ networkId, pollId: row.id, key: randomBytes(32), scheme: 2 });
      return toPoll(row, options);
    },

    async getByRef(networkId, ref) {
      if (!Number.isSafeInteger(ref) || ref < 1 || ref > 2_147_483_647) return undefined;
      const rows = await db
        .select()
        .from(polls)
        .where(and(eq(polls.networkId, networkId), eq(polls.ref, ref)));
      return (await withOptions(db, rows))[0];
    },

    async listOpen(networkId) {
      const rows = await db
        .select()
        .from(polls)
        .where(and(eq(polls.networkId, networkId), eq(polls.status, 'open')))
        .orderBy(asc(polls.closesAt));
      return withOptions(db, rows);
    },

    async listClosed(networkId, { limit, offset }) {
      const closed = and(eq(polls.networkId, networkId), eq(polls.status, 'closed'));
      const [all] = await db.select({ n: count() }).from(polls).where(closed);
      const rows = await db
        .select()
        .from(polls)
        .where(closed)
        .orderBy(desc(polls.closedAt), desc(polls.ref))
        .limit(limit)
        .offset(offset);
      return { polls: await withOptions(db, rows), total: Number(all?.n ?? 0) };
    },

    listByGoal: (networkId, goalId) =>
      db
        .select({ ref: polls.ref, question: polls.question, status: polls.status, closesAt: polls.closesAt })
        .from(polls)
        .where(and(eq(polls.networkId, networkId), eq(polls.goalId, goalId)))
        .orderBy(desc(polls.ref))
        .then((rows) => rows.map((r) => ({ ...r, status: r.status as Poll['status'] }))),

    async keyOf(networkId, pollId) {
      const [row] = await keyQuery(db, networkId, pollId);
      return row ? toKey(row) : undefined;
    },

    // Sent together on the transaction's connection, in this order: the share lock that
    // closing (FOR UPDATE) waits for, so that no vote lands after the count; then the key. A
    // closer holds the row before it locks the keys' table, so the voter takes them in the
    // same order.
    holdForVote: (networkId, pollId) =>
      inTransaction(db, async (tx) => {
        const open = tx
          .select({ id: polls.id })
          .from(polls)
          .where(and(eq(polls.networkId, networkId), eq(polls.id, pollId), eq(polls.status, 'open')))
          .for('key share')
          .execute();
        const key = keyQuery(tx, networkId, pollId).execute();
        const [[row], [keyRow]] = await Promise.all([open, key]);
        return row ? { key: keyRow ? toKey(keyRow) : undefined } : undefined;
      }),

    // The voter's lock first, so what follows sees and changes their vote alone.
    lockVoter: (networkId, pollId, voter) =>
      inTransaction(db, async (tx) => {
        const locked = lockVoter(tx, pollId, voter);
        const choice = tx
          .select({ optionId: pollVotes.optionId })
          .from(pollVotes)
          .where(votesOf(networkId, pollId, voter))
          .execute();
        const [, rows] = await Promise.all([locked, choice]);
        return rows.map((r) => r.optionId);
      }),

    // Delete-then-insert in one transaction, one voter at a time: the stored choice is exactly
    // the new one, even when the same person clicks twice at once.
    setVote: (networkId, pollId, voter, optionIds) =>
      inTransaction(db, async (tx) => {
        const locked = lockVoter(tx, pollId, voter);
        const deleted = tx
          .delete(pollVotes)
          .where(votesOf(networkId, pollId, voter))
          .execute();
        const inserted =
          optionIds.length === 0
            ? undefined
            : tx
                .insert(pollVotes)
                .values(optionIds.map((optionId) => ({ networkId, pollId, voter, optionId })))
                .onConflictDoNothing()
                .execute();
        await Promise.all([locked, deleted, inserted]);
      }),

    withdrawVote: (networkId, pollId, voter) =>
      inTransaction(db, async (tx) => {
        const locked = lockVoter(tx, pollId, voter);
        const removed = tx
          .delete(pollVotes)
          .where(votesOf(networkId, pollId, voter))
          .returning({ voter: pollVotes.voter })
          .execute();
        const [, rows] = await Promise.all([locked, removed]);
        return rows.length > 0;
      }),

    async choiceOf(networkId, pollId, voter) {
      const rows = await db
        .select({ optionId: pollVotes.optionId })
        .from(pollVotes)
        .where(
          and(eq(pollVotes.networkId, networkId), eq(pollVotes.pollId, pollId), eq(pollVotes.voter, voter)),
        );
      return rows.map((r) => r.optionId);
    },

    async tally(networkId, poll) {
      if (poll.status === 'open') return liveTally(db, networkId, poll);
      const counts = new Map(poll.options.map((o) => [o.id, o.votes ?? 0]));
      const live = poll.anonymous ? undefined : await liveTally(db, networkId, poll);
      return { participants: poll.participants ?? 0, counts, voters: live?.voters };
    },

    // In one transaction (the caller's, or its own): the row lock, counts and key go together.
    close: (networkId, pollId, at) =>
      inTransaction(db, async (tx) => {
        // Waits for votes in progress (they hold a key-share lock) and for a concurrent
        // closer; the status is checked again on the row as it is once the lock is granted,
        // so the second closer finds it closed and returns false.
        const [locked] = await tx
          .select({ id: polls.id })
          .from(polls)
          .where(and(eq(polls.networkId, networkId), eq(polls.id, pollId), eq(polls.status, 'open')))
          .for('update');
        if (!locked) return false;
        const poll = await getPoll(tx, networkId, pollId);
        if (!poll) return false;
        const tally = await liveTally(tx, networkId, poll);
        for (const option of poll.options) {
          await tx
            .update(pollOptions)
            .set({ votes: tally.counts.get(option.id) ?? 0 })
            .where(and(eq(pollOptions.networkId, networkId), eq(pollOptions.id, option.id)));
        }
        await tx
          .update(polls)
          .set({ status: 'closed', closedAt: at, participants: tally.participants })
          .where(and(eq(polls.networkId, networkId), eq(polls.id, pollId)));
        // Anonymous: once counted, the keyed votes go and so does the key that derived them;
        // public polls keep who voted what.
        if (poll.anonymous) {
          await tx
            .delete(pollVotes)
            .where(and(eq(pollVotes.networkId, networkId), eq(pollVotes.pollId, pollId)));
          await destroyPollKeys(tx, [pollId]);
        }
        return true;
      }),

    async setMessageRef(networkId, pollId, messageRef) {
      await db
        .update(polls)
        .set({ messageRef })
        .where(and(eq(polls.networkId, networkId), eq(polls.id, pollId)));
    },
  };
}
