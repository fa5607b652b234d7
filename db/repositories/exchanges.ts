import { count, eq } from 'drizzle-orm';
import type { ExchangeRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { exchangeParticipants, exchanges } from '../schema.ts';
import { nextRef } from './next-ref.ts';

export function exchangeRepository(db: Database): ExchangeRepository {
  return {
    async create(networkId, exchange) {
      const ref = await nextRef(db, networkId, exchanges, exchanges.ref, exchanges.networkId);
      const [row] = await db
        .insert(exchanges)
        .values({
          networkId,
          ref,
          authorId: exchange.authorId,
          kind: exchange.kind,
          occurredOn: exchange.occurredOn,
          themes: exchange.themes,
          note: exchange.note,
          goalId: exchange.goalId,
        })
        .returning({ id: exchanges.id });
      if (!row) throw new Error('exchange insert returned nothing');
      const participants = [
        ...exchange.memberIds.map((memberId) => ({ networkId, exchangeId: row.id, memberId })),
        ...exchange.organisationIds.map((organisationId) => ({
          networkId,
          exchangeId: row.id,
          organisationId,
        })),
      ];
      if (participants.length > 0) await db.insert(exchangeParticipants).values(participants);
      return row;
    },

    async count(networkId) {
      const [row] = await db.select({ n: count() }).from(exchanges).where(eq(exchanges.networkId, networkId));
      return Number(row?.n ?? 0);
    },
  };
}
