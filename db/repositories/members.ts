import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { isLocale } from '../../src/core/locale.ts';
import type { Member, Space } from '../../src/core/model.ts';
import type { MemberRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { memberIdentities, members } from '../schema.ts';
import { isTransaction } from './in-transaction.ts';
import { markLinksStaleIfMoved } from './organisation-links.ts';

type MemberRow = typeof members.$inferSelect;

/**
 * Members and identities record the day they arrived, not the time: someone whose first
 * act is a vote must not carry the time of that vote.
 */
const DAY_ONLY = sql`date_trunc('day', now())`;

export const toMember = (row: MemberRow): Member => ({
  id: row.id,
  networkId: row.networkId,
  displayName: row.displayName,
  locale: isLocale(row.locale) ? row.locale : null,
  isFacilitator: row.isFacilitator,
  isPlatformAdmin: row.isPlatformAdmin,
  organisationId: row.organisationId,
  roleTitle: row.roleTitle,
  territory: row.territory,
  themes: row.themes,
  helpOffer: row.helpOffer,
  cafeOptIn: row.cafeOptIn,
});

export function memberRepository(db: Database): MemberRepository {
  // Within one transaction, the identities read or made: telling the people named in a command
  // then needs no query (the transaction may hold its network's lock until it commits).
  const seen = isTransaction(db) ? new Map<string, string>() : undefined;
  const saw = (space: Space, member: Member, externalId: string) => {
    seen?.set(`${space.id} ${member.id}`, externalId);
    return member;
  };

  async function findByIdentity(space: Space, externalId: string) {
    const [row] = await db
      .select({ member: members })
      .from(memberIdentities)
      .innerJoin(members, eq(members.id, memberIdentities.memberId))
      .where(and(eq(memberIdentities.spaceId, space.id), eq(memberIdentities.externalId, externalId)));
    return row ? saw(space, toMember(row.member), externalId) : undefined;
  }

  return {
    findByIdentity,

    async resolveIdentity(space, externalId, displayName) {
      const found = await findByIdentity(space, externalId);
      if (found) return found;
      const [member] = await db
        .insert(members)
        .values({ networkId: space.networkId, displayName, createdAt: DAY_ONLY })
        .returning();
      if (!member) throw new Error('member insert returned nothing');
      const [identity] = await db
        .insert(memberIdentities)
        .values({
          networkId: space.networkId,
          memberId: member.id,
          spaceId: space.id,
          externalId,
          createdAt: DAY_ONLY,
        })
        .onConflictDoNothing()
        .returning();
      if (identity) return saw(space, toMember(member), externalId);
      // A concurrent first request created this identity: keep theirs.
      await db.delete(members).where(eq(members.id, member.id));
      const winner = await findByIdentity(space, externalId);
      if (!winner) throw new Error('identity vanished after a concurrent insert');
      return winner;
    },

    async externalIdIn(space, memberId) {
      const known = seen?.get(`${space.id} ${memberId}`);
      if (known !== undefined) return known;
      const [row] = await db
        .select({ externalId: memberIdentities.externalId })
        .from(memberIdentities)
        .where(and(eq(memberIdentities.spaceId, space.id), eq(memberIdentities.memberId, memberId)));
      return row?.externalId;
    },

    async get(networkId, memberId) {
      const [row] = await db
        .select()
        .from(members)
        .where(and(eq(members.networkId, networkId), eq(members.id, memberId)));
      return row ? toMember(row) : undefined;
    },

    async list(networkId) {
      // A former member (someone forgotten, `oubli`) stands in for them in exchanges only.
      const rows = await db
        .select()
        .from(members)
        .where(and(eq(members.networkId, networkId), isNull(members.forgottenAt)))
        .orderBy(asc(members.displayName));
      return rows.map(toMember);
    },

    async setFacilitator(networkId, memberId, value) {
      await db
        .update(members)
        .set({ isFacilitator: value })
        .where(and(eq(members.networkId, networkId), eq(members.id, memberId)));
    },

    async setPlatformAdmin(networkId, memberId, value) {
      const [row] = await db
        .update(members)
        .set({ isPlatformAdmin: value })
        .where(and(eq(members.networkId, networkId), eq(members.id, memberId)))
        .returning();
      if (!row) throw new Error('member not found for update');
      return toMember(row);
    },

    async updateProfile(networkId, memberId, patch) {
      // The member's exchanges now count for their new organisation.
      if ('organisationId' in patch)
        await markLinksStaleIfMoved(db, networkId, memberId, patch.organisationId);
      const [row] = await db
        .update(members)
        .set(patch)
        .where(and(eq(members.networkId, networkId), eq(members.id, memberId)))
        .returning();
      if (!row) throw new Error('member not found for update');
      return toMember(row);
    },
  };
}
