import { and, eq, isNotNull, notExists, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { isLocale } from '../../src/core/locale.ts';
import type { Network, NetworkDefaults, Platform, Space } from '../../src/core/model.ts';
import type { NetworkRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { memberIdentities, members, networks, spaces } from '../schema.ts';
import { dueResets } from './due-work.ts';
import { toMember } from './members.ts';

type NetworkRow = typeof networks.$inferSelect;
type SpaceRow = typeof spaces.$inferSelect;

export const toNetwork = (row: NetworkRow): Network => ({
  id: row.id,
  name: row.name,
  locale: isLocale(row.locale) ? row.locale : 'fr',
  timeZone: row.timeZone,
  digestCron: row.digestCron,
  digestEnabled: row.digestEnabled,
  digestSpaceId: row.digestSpaceId,
  digestChannelId: row.digestChannelId,
  digestChosenBy: row.digestChosenBy,
  pollMinBreakdown: row.pollMinBreakdown,
  webLinkGeneration: row.webLinkGeneration,
  cafeEnabled: row.cafeEnabled,
  cafeSpaceId: row.cafeSpaceId,
  cafeChannelId: row.cafeChannelId,
  cafeChosenBy: row.cafeChosenBy,
  cafeEveryWeeks: row.cafeEveryWeeks,
  cafeWeekday: row.cafeWeekday,
  cafeRequestedAt: row.cafeRequestedAt,
  retentionMonths: row.retentionMonths,
});

const toSpace = (row: SpaceRow): Space => ({
  id: row.id,
  networkId: row.networkId,
  platform: row.platform as Platform,
  externalId: row.externalId,
  name: row.name,
  removedAt: row.removedAt,
});

export function networkRepository(db: Database): NetworkRepository {
  async function findSpace(platform: Platform, externalId: string, userExternalId?: string) {
    const where = and(eq(spaces.platform, platform), eq(spaces.externalId, externalId));
    if (userExternalId === undefined) {
      const [row] = await db
        .select()
        .from(spaces)
        .innerJoin(networks, eq(networks.id, spaces.networkId))
        .where(where);
      return row ? { network: toNetwork(row.networks), space: toSpace(row.spaces) } : undefined;
    }
    const [row] = await db
      .select({ space: spaces, network: networks, member: members })
      .from(spaces)
      .innerJoin(networks, eq(networks.id, spaces.networkId))
      .leftJoin(
        memberIdentities,
        and(eq(memberIdentities.spaceId, spaces.id), eq(memberIdentities.externalId, userExternalId)),
      )
      .leftJoin(members, eq(members.id, memberIdentities.memberId))
      .where(where);
    if (!row) return undefined;
    const member = row.member ? toMember(row.member) : undefined;
    return { network: toNetwork(row.network), space: toSpace(row.space), member };
  }

  return {
    findSpace,

    async resolveSpace(platform, externalId, spaceName, defaults: NetworkDefaults) {
      const found = await findSpace(platform, externalId);
      if (found) return found;
      const [network] = await db
        .insert(networks)
        .values({ ...defaults, name: spaceName ?? defaults.name })
        .returning();
      if (!network) throw new Error('network insert returned nothing');
      const [space] = await db
        .insert(spaces)
        .values({ networkId: network.id, platform, externalId, name: spaceName })
        .onConflictDoNothing()
        .returning();
      if (space) return { network: toNetwork(network), space: toSpace(space) };
      // Another process created this space at the same moment: keep theirs.
      await db.delete(networks).where(eq(networks.id, network.id));
      const winner = await findSpace(platform, externalId);
      if (!winner) throw new Error('space vanished after a concurrent insert');
      return winner;
    },

    async getSpace(spaceId) {
      const [row] = await db.select().from(spaces).where(eq(spaces.id, spaceId));
      return row ? toSpace(row) : undefined;
    },

    async get(networkId) {
      const [row] = await db.select().from(networks).where(eq(networks.id, networkId));
      return row ? toNetwork(row) : undefined;
    },

    async hold(networkId) {
      // The share lock a foreign key takes: a deletion of the row waits for this transaction.
      const [row] = await db.select().from(networks).where(eq(networks.id, networkId)).for('key share');
      return row ? toNetwork(row) : undefined;
    },

    async update(networkId, patch) {
      // A schedule changed: the scheduler's remembered next due instants are learnt again.
      const set = { ...patch, ...dueResets(patch) };
      const [row] = await db.update(networks).set(set).where(eq(networks.id, networkId)).returning();
      if (!row) throw new Error('network not found for update');
      return toNetwork(row);
    },

    async withDigestChannel() {
      const rows = await db
        .select()
        .from(networks)
        .where(
          and(
            eq(networks.digestEnabled, true),
            isNotNull(networks.digestSpaceId),
            notRemoved(db, networks.digestSpaceId),
          ),
        );
      return rows.map(toNetwork);
    },
  };
}

/** The space a column names is not one the bot was removed from (uninstalled, server left). */
function notRemoved(db: Database, spaceId: PgColumn): SQL {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(spaces)
      .where(and(eq(spaces.id, spaceId), isNotNull(spaces.removedAt))),
  );
}
