// Erasing a member (`oubli confirmer`), in the caller's transaction: a new anonymous former
// member (same organisation and arrival day, so every figure stays right) takes their place
// in exchanges and the audit trail; what they wrote is kept without an author; their
// public votes get a key that names no one; their café history, identities and profile
// are deleted; their name and user ids are taken out of the network's free texts.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { ErasureCounts, ErasureDone } from '../../src/core/privacy/member-data.ts';
import type { Database } from '../client.ts';
import {
  auditEntries,
  cafeGroupMembers,
  exchangeParticipants,
  exchanges,
  glossaryTerms,
  goals,
  goalUpdates,
  memberIdentities,
  members,
  networks,
  polls,
} from '../schema.ts';
import { rowsOf } from './involvement.ts';
import { scrubNetworkTexts, scrubPatterns } from './privacy-scrub.ts';

/** Public polls the member voted in (their vote rows carry their member id). */
const publicPollsVoted = (networkId: string, memberId: string) =>
  sql`select distinct v.poll_id from poll_votes v
    join polls p on p.network_id = v.network_id and p.id = v.poll_id
    where p.network_id = ${networkId} and not p.anonymous and v.voter = ${memberId}`;

export async function erasurePreview(
  db: Database,
  networkId: string,
  memberId: string,
): Promise<ErasureCounts> {
  const mine = (table: string, column = 'author_id') =>
    sql`(select count(*) from ${sql.identifier(table)}
      where network_id = ${networkId} and ${sql.identifier(column)} = ${memberId})::int`;
  const [row] = await rowsOf(
    db,
    sql`select
      ${mine('member_identities', 'member_id')} as identities,
      ${mine('exchanges')} as exchanges_written,
      (select count(distinct exchange_id) from exchange_participants
        where network_id = ${networkId} and member_id = ${memberId})::int as exchanges_named,
      ${mine('goals')} as goals,
      ${mine('goal_updates')} as goal_updates,
      ${mine('glossary_terms')} as glossary_entries,
      ${mine('polls')} as polls,
      (select count(*) from (${publicPollsVoted(networkId, memberId)}) v)::int as public_votes,
      ${mine('cafe_group_members', 'member_id')} as cafe_groups,
      (select count(*) from audit_entries where network_id = ${networkId}
        and (actor_id = ${memberId} or subject_member_id = ${memberId}))::int as audit_entries`,
  );
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    identities: n('identities'),
    exchangesWritten: n('exchanges_written'),
    exchangesNamed: n('exchanges_named'),
    goals: n('goals'),
    goalUpdates: n('goal_updates'),
    glossaryEntries: n('glossary_entries'),
    polls: n('polls'),
    publicVotes: n('public_votes'),
    cafeGroups: n('cafe_groups'),
    auditEntries: n('audit_entries'),
  };
}

/** Each public poll they voted in gets a fresh random voter key: counts unchanged, no link. */
async function unlinkPublicVotes(db: Database, networkId: string, memberId: string) {
  const voted = await rowsOf(db, publicPollsVoted(networkId, memberId));
  for (const { poll_id: pollId } of voted) {
    await db.execute(
      sql`update poll_votes set voter = ${randomUUID()}
        where network_id = ${networkId} and poll_id = ${String(pollId)} and voter = ${memberId}`,
    );
  }
}

/** Repoints what counts (exchanges, audit) to the former member; unattributes what they wrote. */
async function handOver(db: Database, networkId: string, memberId: string, formerId: string) {
  await db
    .update(exchanges)
    .set({ authorId: formerId })
    .where(and(eq(exchanges.networkId, networkId), eq(exchanges.authorId, memberId)));
  await db
    .update(exchangeParticipants)
    .set({ memberId: formerId })
    .where(and(eq(exchangeParticipants.networkId, networkId), eq(exchangeParticipants.memberId, memberId)));
  await db
    .update(auditEntries)
    .set({ actorId: formerId })
    .where(and(eq(auditEntries.networkId, networkId), eq(auditEntries.actorId, memberId)));
  await db
    .update(auditEntries)
    .set({ subjectMemberId: formerId })
    .where(and(eq(auditEntries.networkId, networkId), eq(auditEntries.subjectMemberId, memberId)));
  for (const table of [goals, goalUpdates, glossaryTerms, polls]) {
    await db
      .update(table)
      .set({ authorId: null })
      .where(and(eq(table.networkId, networkId), eq(table.authorId, memberId)));
  }
}

/** Their café seats (the pairing history) and their name on the digest's and café's channels. */
async function forgetChoices(db: Database, networkId: string, memberId: string) {
  await db
    .delete(cafeGroupMembers)
    .where(and(eq(cafeGroupMembers.networkId, networkId), eq(cafeGroupMembers.memberId, memberId)));
  await db
    .update(networks)
    .set({ digestChosenBy: null })
    .where(and(eq(networks.id, networkId), eq(networks.digestChosenBy, memberId)));
  await db
    .update(networks)
    .set({ cafeChosenBy: null })
    .where(and(eq(networks.id, networkId), eq(networks.cafeChosenBy, memberId)));
}

export async function eraseMember(
  db: Database,
  networkId: string,
  memberId: string,
  erasure: { at: Date; formerName: string },
): Promise<ErasureDone | undefined> {
  // Locked first: an exchange naming them concurrently either lands before (and is handed
  // over) or fails on the deleted row; a second erasure finds nothing.
  const [member] = await db
    .select()
    .from(members)
    .where(and(eq(members.networkId, networkId), eq(members.id, memberId)))
    .for('update');
  if (!member) return undefined;
  const counts = await erasurePreview(db, networkId, memberId);
  const ids = await db
    .select({ externalId: memberIdentities.externalId })
    .from(memberIdentities)
    .where(and(eq(memberIdentities.networkId, networkId), eq(memberIdentities.memberId, memberId)));
  const [former] = await db
    .insert(members)
    .values({
      networkId,
      displayName: erasure.formerName,
      organisationId: member.organisationId,
      createdAt: member.createdAt,
      forgottenAt: erasure.at,
    })
    .returning({ id: members.id });
  if (!former) throw new Error('former member insert returned nothing');
  await handOver(db, networkId, memberId, former.id);
  await unlinkPublicVotes(db, networkId, memberId);
  await forgetChoices(db, networkId, memberId);
  const patterns = scrubPatterns(
    member.displayName,
    ids.map((i) => i.externalId),
  );
  const textsScrubbed = await scrubNetworkTexts(db, networkId, patterns, erasure.formerName, {
    old: memberId,
    former: former.id,
  });
  // Identities go with the row (cascade); nothing else points at it any more.
  await db.delete(members).where(and(eq(members.networkId, networkId), eq(members.id, memberId)));
  return { ...counts, textsScrubbed };
}
