import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { ExchangeKind } from '../../src/core/model.ts';
import type {
  ExchangeCorrection,
  ExchangeRepository,
  ExchangeView,
  NewExchange,
} from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { exchangeParticipants, exchanges, members, organisations } from '../schema.ts';
import { inTransaction } from './in-transaction.ts';
import { nextRefExpression } from './next-ref.ts';
import {
  lockNetwork,
  markLinksStale,
  recordExchangeLinks,
  recordNewExchangeLinks,
} from './organisation-links.ts';

type ExchangeRow = typeof exchanges.$inferSelect;

/** Adds authors and participants to exchange rows, in two queries whatever their number. */
export async function exchangeViews(
  db: Database,
  networkId: string,
  rows: readonly ExchangeRow[],
): Promise<ExchangeView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const participants = await db
    .select({
      exchangeId: exchangeParticipants.exchangeId,
      memberId: members.id,
      memberName: members.displayName,
      organisationId: organisations.id,
      organisationName: organisations.name,
    })
    .from(exchangeParticipants)
    .leftJoin(members, eq(members.id, exchangeParticipants.memberId))
    .leftJoin(organisations, eq(organisations.id, exchangeParticipants.organisationId))
    .where(and(eq(exchangeParticipants.networkId, networkId), inArray(exchangeParticipants.exchangeId, ids)));
  // Participants have random ids, so the database returns them in no set order (and the
  // server's collation may differ from PGlite's): sort here, by name, the same everywhere.
  participants.sort((a, b) =>
    (a.memberName ?? a.organisationName ?? '').localeCompare(b.memberName ?? b.organisationName ?? '', 'fr'),
  );
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  const authors = await db
    .select({ id: members.id, name: members.displayName })
    .from(members)
    .where(and(eq(members.networkId, networkId), inArray(members.id, authorIds)));
  const authorName = new Map(authors.map((a) => [a.id, a.name]));
  return rows.map((row) => {
    const own = participants.filter((p) => p.exchangeId === row.id);
    return {
      id: row.id,
      ref: row.ref,
      authorId: row.authorId,
      authorName: authorName.get(row.authorId) ?? '?',
      kind: row.kind as ExchangeKind,
      occurredOn: row.occurredOn,
      themes: row.themes,
      note: row.note,
      withdrawnNames: row.withdrawnNames,
      goalId: row.goalId,
      members: own.flatMap((p) => (p.memberId ? [{ id: p.memberId, name: p.memberName ?? '?' }] : [])),
      organisations: own.flatMap((p) =>
        p.organisationId ? [{ id: p.organisationId, name: p.organisationName ?? '?' }] : [],
      ),
    };
  });
}

/** Logs an exchange, in a transaction. */
async function createIn(db: Database, networkId: string, exchange: NewExchange) {
  // Logging is the hot path, and the network's row stays locked until the commit: the lock,
  // the exchange, its participants and its organisation pairs go in one round trip, on the
  // transaction's one connection. The statements run in the order sent, so the number and
  // the links' state are read under the lock.
  const id = randomUUID();
  const participants = [
    ...exchange.memberIds.map((memberId) => ({ networkId, exchangeId: id, memberId })),
    ...exchange.organisationIds.map((organisationId) => ({ networkId, exchangeId: id, organisationId })),
  ];
  // Each statement is sent when called (`execute()`, not when awaited): in this order.
  const locked = lockNetwork(db, networkId);
  const inserted = db
    .insert(exchanges)
    .values({
      id,
      networkId,
      ref: nextRefExpression(networkId, exchanges, exchanges.ref, exchanges.networkId),
      authorId: exchange.authorId,
      kind: exchange.kind,
      occurredOn: exchange.occurredOn,
      themes: exchange.themes,
      note: exchange.note,
      goalId: exchange.goalId,
    })
    .returning({ id: exchanges.id, ref: exchanges.ref })
    .execute();
  const named =
    participants.length > 0 ? db.insert(exchangeParticipants).values(participants).execute() : undefined;
  const linked = recordNewExchangeLinks(db, networkId, id);
  const [, [row]] = await Promise.all([locked, inserted, named, linked]);
  if (!row) throw new Error('exchange insert returned nothing');
  return row;
}

export function exchangeRepository(db: Database): ExchangeRepository {
  return {
    create: (networkId, exchange) => inTransaction(db, (tx) => createIn(tx, networkId, exchange)),

    async count(networkId) {
      const [row] = await db.select({ n: count() }).from(exchanges).where(eq(exchanges.networkId, networkId));
      return Number(row?.n ?? 0);
    },

    async listForMember(networkId, memberId, limit) {
      const named = db
        .select({ id: exchangeParticipants.exchangeId })
        .from(exchangeParticipants)
        .where(
          and(eq(exchangeParticipants.networkId, networkId), eq(exchangeParticipants.memberId, memberId)),
        );
      const rows = await db
        .select()
        .from(exchanges)
        .where(
          and(
            eq(exchanges.networkId, networkId),
            or(eq(exchanges.authorId, memberId), inArray(exchanges.id, named)),
          ),
        )
        .orderBy(desc(exchanges.occurredOn), desc(exchanges.ref))
        .limit(limit);
      return exchangeViews(db, networkId, rows);
    },

    async getByRef(networkId, ref) {
      const rows = await db
        .select()
        .from(exchanges)
        .where(and(eq(exchanges.networkId, networkId), eq(exchanges.ref, ref)));
      const [view] = await exchangeViews(db, networkId, rows);
      return view;
    },

    async delete(networkId, exchangeId) {
      await markLinksStale(db, networkId);
      await db.delete(exchanges).where(and(eq(exchanges.networkId, networkId), eq(exchanges.id, exchangeId)));
    },

    async correct(networkId, exchangeId, correction: ExchangeCorrection) {
      // A new date may change which pair of organisations met first: the links are recounted.
      if (correction.occurredOn !== undefined) await markLinksStale(db, networkId);
      await db
        .update(exchanges)
        .set(correction)
        .where(and(eq(exchanges.networkId, networkId), eq(exchanges.id, exchangeId)));
    },

    async removeMember(networkId, exchangeId, memberId) {
      await markLinksStale(db, networkId);
      const removed = await db
        .delete(exchangeParticipants)
        .where(
          and(
            eq(exchangeParticipants.networkId, networkId),
            eq(exchangeParticipants.exchangeId, exchangeId),
            eq(exchangeParticipants.memberId, memberId),
          ),
        )
        .returning({ id: exchangeParticipants.id });
      if (removed.length === 0) return false;
      await db
        .update(exchanges)
        .set({ withdrawnNames: sql`${exchanges.withdrawnNames} + 1` })
        .where(and(eq(exchanges.networkId, networkId), eq(exchanges.id, exchangeId)));
      return true;
    },

    async refOf(networkId, exchangeId) {
      const [row] = await db
        .select({ ref: exchanges.ref })
        .from(exchanges)
        .where(and(eq(exchanges.networkId, networkId), eq(exchanges.id, exchangeId)));
      return row?.ref;
    },

    async addMember(networkId, exchangeId, memberId) {
      await db.insert(exchangeParticipants).values({ networkId, exchangeId, memberId });
      await recordExchangeLinks(db, networkId, exchangeId);
    },

    async listByGoal(networkId, goalId, limit = 20) {
      const rows = await db
        .select()
        .from(exchanges)
        .where(and(eq(exchanges.networkId, networkId), eq(exchanges.goalId, goalId)))
        .orderBy(desc(exchanges.occurredOn), desc(exchanges.ref))
        .limit(limit);
      return exchangeViews(db, networkId, rows);
    },
  };
}
