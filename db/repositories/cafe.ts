// The café coopération's rounds, groups and answers. Groups are numbered per network
// (`cafe rencontre 12 oui`) under the network row lock, like exchanges and goals.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { pairKey } from '../../src/core/cafe/pairing.ts';
import type { CafeGroup, CafeRepository, CafeRound } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { cafeGroupMembers, cafeGroups, cafeRounds, memberIdentities, members } from '../schema.ts';
import { rowsOf } from './involvement.ts';
import { nextRef } from './next-ref.ts';
import { allLinks } from './organisation-links.ts';

type RoundRow = typeof cafeRounds.$inferSelect;

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

const toRound = (row: RoundRow): CafeRound => ({
  id: row.id,
  networkId: row.networkId,
  slot: row.slot,
  spaceId: row.spaceId,
  channelId: row.channelId,
  askedAt: row.askedAt,
});

async function groupsWhere(db: Database, networkId: string, where: SQL): Promise<CafeGroup[]> {
  const groups = await db
    .select()
    .from(cafeGroups)
    .where(and(eq(cafeGroups.networkId, networkId), where))
    .orderBy(asc(cafeGroups.ref));
  if (groups.length === 0) return [];
  const seats = await db
    .select()
    .from(cafeGroupMembers)
    .where(
      and(
        eq(cafeGroupMembers.networkId, networkId),
        inArray(
          cafeGroupMembers.groupId,
          groups.map((g) => g.id),
        ),
      ),
    );
  return groups.map((g) => ({
    id: g.id,
    ref: g.ref,
    roundId: g.roundId,
    exchangeId: g.exchangeId,
    seats: seats
      .filter((s) => s.groupId === g.id)
      .map((s) => ({ memberId: s.memberId, introducedAt: s.introducedAt, askedAt: s.askedAt, met: s.met }))
      .sort((a, b) => a.memberId.localeCompare(b.memberId)),
  }));
}

export function cafeRepository(db: Database): CafeRepository {
  const seatsOf = (networkId: string, groupId: string, memberIds: readonly string[]) =>
    and(
      eq(cafeGroupMembers.networkId, networkId),
      eq(cafeGroupMembers.groupId, groupId),
      inArray(cafeGroupMembers.memberId, [...memberIds]),
    );

  return {
    async optedIn(networkId, spaceId) {
      if (!spaceId)
        return db
          .select({ id: members.id, organisationId: members.organisationId })
          .from(members)
          .where(and(eq(members.networkId, networkId), eq(members.cafeOptIn, true)))
          .orderBy(asc(members.id));
      return db
        .selectDistinct({ id: members.id, organisationId: members.organisationId })
        .from(members)
        .innerJoin(
          memberIdentities,
          and(eq(memberIdentities.memberId, members.id), eq(memberIdentities.spaceId, spaceId)),
        )
        .where(and(eq(members.networkId, networkId), eq(members.cafeOptIn, true)))
        .orderBy(asc(members.id));
    },

    async recentPairs(networkId, rounds) {
      const rows = await rowsOf(
        db,
        sql`with recent as (
            select id from cafe_rounds where network_id = ${networkId} order by slot desc limit ${rounds}
          )
          select a.member_id as a, b.member_id as b
          from cafe_groups g
          join cafe_group_members a on a.group_id = g.id
          join cafe_group_members b on b.group_id = g.id and a.member_id < b.member_id
          where g.network_id = ${networkId} and g.round_id in (select id from recent)`,
      );
      return new Set(rows.map((r) => pairKey(String(r.a), String(r.b))));
    },

    async metOrganisations(networkId) {
      return new Set((await allLinks(db, networkId)).map((l) => pairKey(l.firstId, l.secondId)));
    },

    async lastRoundSlot(networkId) {
      const [row] = await db
        .select({ slot: cafeRounds.slot })
        .from(cafeRounds)
        .where(eq(cafeRounds.networkId, networkId))
        .orderBy(desc(cafeRounds.slot))
        .limit(1);
      return row?.slot;
    },

    async createRound(networkId, round) {
      const [row] = await db
        .insert(cafeRounds)
        .values({ networkId, slot: round.slot, spaceId: round.spaceId, channelId: round.channelId })
        .returning();
      if (!row) throw new Error('round insert returned nothing');
      if (round.groups.length === 0) return { round: toRound(row), groups: [] };
      const first = await nextRef(db, networkId, cafeGroups, cafeGroups.ref, cafeGroups.networkId);
      // One array per column (unnest) rather than a VALUES row per group: 10,000 members are
      // 5,000 groups and 10,000 seats, which drizzle would spell as 45,000 parameters.
      const refs = round.groups.map((_, i) => first + i);
      const groups = await rowsOf(
        db,
        sql`insert into cafe_groups (network_id, round_id, ref)
          select ${networkId}, ${row.id}, r from unnest(${`{${refs.join(',')}}`}::int[]) as t(r)
          returning id, round_id, ref`,
      );
      const byRef = groups
        .map((g) => ({ id: String(g.id), roundId: String(g.round_id), ref: Number(g.ref) }))
        .sort((a, b) => a.ref - b.ref);
      const seats = round.groups.flatMap((memberIds, i) =>
        memberIds.map((memberId) => [byRef[i]?.id ?? '', memberId] as const),
      );
      await db.execute(
        sql`insert into cafe_group_members (network_id, group_id, member_id)
          select ${networkId}, g, m from unnest(${uuidArray(seats.map((s) => s[0]))},
            ${uuidArray(seats.map((s) => s[1]))}) as t(g, m)`,
      );
      // What was just written, without reading it back.
      return {
        round: toRound(row),
        groups: byRef.map((g, i) => ({
          id: g.id,
          ref: g.ref,
          roundId: g.roundId,
          exchangeId: null,
          seats: [...(round.groups[i] ?? [])]
            .sort((a, b) => a.localeCompare(b))
            .map((memberId) => ({ memberId, introducedAt: null, askedAt: null, met: null })),
        })),
      };
    },

    async roundBySlot(networkId, slot) {
      const [row] = await db
        .select()
        .from(cafeRounds)
        .where(and(eq(cafeRounds.networkId, networkId), eq(cafeRounds.slot, slot)));
      return row ? toRound(row) : undefined;
    },

    async getRound(networkId, roundId) {
      const [row] = await db
        .select()
        .from(cafeRounds)
        .where(and(eq(cafeRounds.networkId, networkId), eq(cafeRounds.id, roundId)));
      return row ? toRound(row) : undefined;
    },

    groupsOf: (networkId, roundId) => groupsWhere(db, networkId, eq(cafeGroups.roundId, roundId)),

    async markRoundAsked(networkId, roundId, at) {
      await db
        .update(cafeRounds)
        .set({ askedAt: at })
        .where(and(eq(cafeRounds.networkId, networkId), eq(cafeRounds.id, roundId)));
    },

    async markIntroduced(networkId, groupId, memberIds, at) {
      if (memberIds.length === 0) return;
      await db
        .update(cafeGroupMembers)
        .set({ introducedAt: at })
        .where(seatsOf(networkId, groupId, memberIds));
    },

    async markAsked(networkId, groupId, memberIds, at) {
      if (memberIds.length === 0) return;
      await db
        .update(cafeGroupMembers)
        .set({ askedAt: at })
        .where(seatsOf(networkId, groupId, memberIds));
    },

    async groupByRef(networkId, ref) {
      const [group] = await groupsWhere(db, networkId, eq(cafeGroups.ref, ref));
      return group;
    },

    async answer(networkId, groupId, memberId, met, at) {
      await db
        .update(cafeGroupMembers)
        .set({ met, answeredAt: at })
        .where(seatsOf(networkId, groupId, [memberId]));
    },

    async setExchange(networkId, groupId, exchangeId) {
      await db
        .update(cafeGroups)
        .set({ exchangeId })
        .where(and(eq(cafeGroups.networkId, networkId), eq(cafeGroups.id, groupId)));
    },

    async stats(networkId, { start, end }) {
      const [formed] = await rowsOf(
        db,
        sql`select count(*)::int as n from cafe_groups g join cafe_rounds r on r.id = g.round_id
          where g.network_id = ${networkId} and r.slot >= ${start.toISOString()}::timestamptz
          and r.slot < ${end.toISOString()}::timestamptz`,
      );
      // A meeting counts in the period its second "yes" came in.
      const [met] = await rowsOf(
        db,
        sql`select count(*)::int as n from (
            select s.group_id, (array_agg(s.answered_at order by s.answered_at))[2] as confirmed
            from cafe_group_members s
            where s.network_id = ${networkId} and s.met
            group by s.group_id having count(*) >= 2
          ) c where c.confirmed >= ${start.toISOString()}::timestamptz and c.confirmed < ${end.toISOString()}::timestamptz`,
      );
      return { groups: Number(formed?.n ?? 0), meetings: Number(met?.n ?? 0) };
    },

    async roundTotals(networkId, { start, end }) {
      const rows = await rowsOf(
        db,
        sql`select (extract(epoch from r.slot) * 1000)::float8 as slot_ms, count(g.id)::int as groups,
            count(g.id) filter (where (
              select count(*) from cafe_group_members s
              where s.network_id = g.network_id and s.group_id = g.id and s.met
            ) >= 2)::int as meetings
          from cafe_rounds r left join cafe_groups g on g.network_id = r.network_id and g.round_id = r.id
          where r.network_id = ${networkId} and r.slot >= ${start.toISOString()}::timestamptz
            and r.slot < ${end.toISOString()}::timestamptz
          group by r.id, r.slot order by r.slot`,
      );
      return rows.map((row) => ({
        slot: new Date(Number(row.slot_ms)),
        groups: Number(row.groups ?? 0),
        meetings: Number(row.meetings ?? 0),
      }));
    },
  };
}
