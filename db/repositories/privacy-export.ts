// Everything held about one member (`mes-donnees`), section by section: each a query or
// two scoped by network, people named by their display name now.
import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { isLocale } from '../../src/core/locale.ts';
import type { ExchangeKind, Platform } from '../../src/core/model.ts';
import type {
  AuditData,
  CafePairingData,
  ExchangeData,
  GoalUpdateData,
  MemberData,
  MemberProfileData,
  PersonRef,
  PublicVoteData,
} from '../../src/core/privacy/member-data.ts';
import type { Database } from '../client.ts';
import {
  auditEntries,
  cafeGroupMembers,
  cafeGroups,
  cafeRounds,
  exchangeParticipants,
  exchanges,
  glossaryTerms,
  goals,
  goalUpdates,
  memberIdentities,
  members,
  organisations,
  pollOptions,
  polls,
  pollVotes,
  spaces,
} from '../schema.ts';
import { withOptions } from './polls.ts';

type Details = AuditData['details'];

/** Members of the network with their organisation's name, by id (only those asked for). */
async function people(db: Database, networkId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, PersonRef>();
  const rows = await db
    .select({ id: members.id, name: members.displayName, organisation: organisations.name })
    .from(members)
    .leftJoin(
      organisations,
      and(eq(organisations.networkId, members.networkId), eq(organisations.id, members.organisationId)),
    )
    .where(and(eq(members.networkId, networkId), inArray(members.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, { name: r.name, organisation: r.organisation }]));
}

const personOf = (known: ReadonlyMap<string, PersonRef>, id: string): PersonRef =>
  known.get(id) ?? { name: '?', organisation: null };

async function profile(db: Database, networkId: string, memberId: string) {
  const [row] = await db
    .select({ member: members, organisation: organisations })
    .from(members)
    .leftJoin(
      organisations,
      and(eq(organisations.networkId, members.networkId), eq(organisations.id, members.organisationId)),
    )
    .where(and(eq(members.networkId, networkId), eq(members.id, memberId)));
  if (!row) return undefined;
  const { member, organisation } = row;
  const data: MemberProfileData = {
    id: member.id,
    displayName: member.displayName,
    organisation: organisation ? { name: organisation.name, type: organisation.typeCode } : null,
    role: member.roleTitle,
    territory: member.territory,
    themes: member.themes,
    helpOffer: member.helpOffer,
    language: isLocale(member.locale) ? member.locale : null,
    facilitator: member.isFacilitator,
    platformAdmin: member.isPlatformAdmin,
    cafeOptIn: member.cafeOptIn,
    arrivedOn: member.createdAt,
  };
  return data;
}

async function identities(db: Database, networkId: string, memberId: string) {
  const rows = await db
    .select({ platform: spaces.platform, space: spaces.name, userId: memberIdentities.externalId })
    .from(memberIdentities)
    .innerJoin(spaces, eq(spaces.id, memberIdentities.spaceId))
    .where(and(eq(memberIdentities.networkId, networkId), eq(memberIdentities.memberId, memberId)))
    .orderBy(asc(memberIdentities.createdAt));
  return rows.map((r) => ({ platform: r.platform as Platform, space: r.space, userId: r.userId }));
}

async function exchangeData(db: Database, networkId: string, memberId: string): Promise<ExchangeData[]> {
  const named = db
    .select({ id: exchangeParticipants.exchangeId })
    .from(exchangeParticipants)
    .where(and(eq(exchangeParticipants.networkId, networkId), eq(exchangeParticipants.memberId, memberId)));
  const rows = await db
    .select({ exchange: exchanges, goalRef: goals.ref, goalTitle: goals.title })
    .from(exchanges)
    .leftJoin(goals, and(eq(goals.networkId, exchanges.networkId), eq(goals.id, exchanges.goalId)))
    .where(
      and(
        eq(exchanges.networkId, networkId),
        or(eq(exchanges.authorId, memberId), inArray(exchanges.id, named)),
      ),
    )
    .orderBy(asc(exchanges.occurredOn), asc(exchanges.ref));
  if (rows.length === 0) return [];
  const participants = await db
    .select({
      exchangeId: exchangeParticipants.exchangeId,
      memberId: exchangeParticipants.memberId,
      organisation: organisations.name,
    })
    .from(exchangeParticipants)
    .leftJoin(
      organisations,
      and(
        eq(organisations.networkId, exchangeParticipants.networkId),
        eq(organisations.id, exchangeParticipants.organisationId),
      ),
    )
    .where(
      and(
        eq(exchangeParticipants.networkId, networkId),
        inArray(
          exchangeParticipants.exchangeId,
          rows.map((r) => r.exchange.id),
        ),
      ),
    );
  const memberIds = participants.flatMap((p) => (p.memberId ? [p.memberId] : []));
  const known = await people(db, networkId, [...memberIds, ...rows.map((r) => r.exchange.authorId)]);
  return rows.map(({ exchange, goalRef, goalTitle }) => {
    const own = participants.filter((p) => p.exchangeId === exchange.id);
    const isAuthor = exchange.authorId === memberId;
    return {
      ref: exchange.ref,
      occurredOn: exchange.occurredOn,
      kind: exchange.kind as ExchangeKind,
      themes: exchange.themes,
      role: isAuthor ? 'author' : 'named',
      author: personOf(known, exchange.authorId),
      members: own.flatMap((p) => (p.memberId ? [personOf(known, p.memberId)] : [])),
      organisations: own.flatMap((p) => (p.organisation ? [p.organisation] : [])),
      goal: goalRef !== null && goalTitle !== null ? { ref: goalRef, title: goalTitle } : null,
      note: isAuthor ? exchange.note : null,
    };
  });
}

async function goalData(db: Database, networkId: string, memberId: string) {
  const rows = await db
    .select()
    .from(goals)
    .where(and(eq(goals.networkId, networkId), eq(goals.authorId, memberId)))
    .orderBy(asc(goals.ref));
  return rows.map((g) => ({
    ref: g.ref,
    title: g.title,
    description: g.description,
    indicator: g.indicator,
    status: g.status,
    proposedAt: g.createdAt,
  }));
}

async function goalUpdateData(db: Database, networkId: string, memberId: string) {
  const rows = await db
    .select({ update: goalUpdates, goalRef: goals.ref, goalTitle: goals.title })
    .from(goalUpdates)
    .innerJoin(goals, and(eq(goals.networkId, goalUpdates.networkId), eq(goals.id, goalUpdates.goalId)))
    .where(and(eq(goalUpdates.networkId, networkId), eq(goalUpdates.authorId, memberId)))
    .orderBy(asc(goalUpdates.createdAt));
  return rows.map(({ update, goalRef, goalTitle }) => ({
    goalRef,
    goalTitle,
    kind: update.kind as GoalUpdateData['kind'],
    status: update.status,
    text: update.text,
    at: update.createdAt,
  }));
}

async function glossaryData(db: Database, networkId: string, memberId: string) {
  const rows = await db
    .select()
    .from(glossaryTerms)
    .where(and(eq(glossaryTerms.networkId, networkId), eq(glossaryTerms.authorId, memberId)))
    .orderBy(asc(glossaryTerms.termKey));
  return rows.map((r) => ({ term: r.term, definition: r.definition, updatedAt: r.updatedAt }));
}

async function pollData(db: Database, networkId: string, memberId: string) {
  const rows = await db
    .select()
    .from(polls)
    .where(and(eq(polls.networkId, networkId), eq(polls.authorId, memberId)))
    .orderBy(asc(polls.ref));
  const created = new Map(rows.map((r) => [r.id, r.createdAt]));
  return (await withOptions(db, rows)).map((p) => ({
    ref: p.ref,
    question: p.question,
    options: p.options.map((o) => o.label),
    anonymous: p.anonymous,
    multiple: p.multiple,
    status: p.status,
    createdAt: created.get(p.id) ?? p.closesAt,
    closesAt: p.closesAt,
    closedAt: p.closedAt,
  }));
}

/** Their choices in public polls; anonymous polls' votes name no one and are not here. */
async function publicVoteData(db: Database, networkId: string, memberId: string) {
  const rows = await db
    .select({
      ref: polls.ref,
      question: polls.question,
      status: polls.status,
      label: pollOptions.label,
      position: pollOptions.position,
    })
    .from(polls)
    .innerJoin(pollVotes, and(eq(pollVotes.pollId, polls.id), eq(pollVotes.voter, memberId)))
    .innerJoin(pollOptions, eq(pollOptions.id, pollVotes.optionId))
    .where(and(eq(polls.networkId, networkId), eq(polls.anonymous, false)))
    .orderBy(asc(polls.ref), asc(pollOptions.position));
  const byPoll = new Map<number, PublicVoteData>();
  for (const r of rows) {
    const vote = byPoll.get(r.ref) ?? {
      pollRef: r.ref,
      question: r.question,
      status: r.status as PublicVoteData['status'],
      choices: [],
    };
    vote.choices.push(r.label);
    byPoll.set(r.ref, vote);
  }
  return [...byPoll.values()];
}

async function cafeData(db: Database, networkId: string, memberId: string): Promise<CafePairingData[]> {
  const mine = await db
    .select({ seat: cafeGroupMembers, ref: cafeGroups.ref, slot: cafeRounds.slot })
    .from(cafeGroupMembers)
    .innerJoin(cafeGroups, eq(cafeGroups.id, cafeGroupMembers.groupId))
    .innerJoin(cafeRounds, eq(cafeRounds.id, cafeGroups.roundId))
    .where(and(eq(cafeGroupMembers.networkId, networkId), eq(cafeGroupMembers.memberId, memberId)))
    .orderBy(asc(cafeRounds.slot), asc(cafeGroups.ref));
  if (mine.length === 0) return [];
  const others = await db
    .select({ groupId: cafeGroupMembers.groupId, memberId: cafeGroupMembers.memberId })
    .from(cafeGroupMembers)
    .where(
      and(
        eq(cafeGroupMembers.networkId, networkId),
        inArray(
          cafeGroupMembers.groupId,
          mine.map((m) => m.seat.groupId),
        ),
        ne(cafeGroupMembers.memberId, memberId),
      ),
    );
  const known = await people(
    db,
    networkId,
    others.map((o) => o.memberId),
  );
  return mine.map(({ seat, ref, slot }) => ({
    roundAt: slot,
    groupRef: ref,
    with: others.filter((o) => o.groupId === seat.groupId).map((o) => personOf(known, o.memberId)),
    met: seat.met,
    answeredAt: seat.answeredAt,
  }));
}

async function auditData(db: Database, networkId: string, memberId: string): Promise<AuditData[]> {
  const actor = alias(members, 'actor');
  const subject = alias(members, 'subject');
  const rows = await db
    .select({ entry: auditEntries, actorName: actor.displayName, subjectName: subject.displayName })
    .from(auditEntries)
    .leftJoin(actor, and(eq(actor.networkId, auditEntries.networkId), eq(actor.id, auditEntries.actorId)))
    .leftJoin(
      subject,
      and(eq(subject.networkId, auditEntries.networkId), eq(subject.id, auditEntries.subjectMemberId)),
    )
    .where(
      and(
        eq(auditEntries.networkId, networkId),
        or(eq(auditEntries.actorId, memberId), eq(auditEntries.subjectMemberId, memberId)),
      ),
    )
    .orderBy(asc(auditEntries.at), asc(auditEntries.id));
  return rows.map(({ entry, actorName, subjectName }) => ({
    at: entry.at,
    action: entry.action,
    roles: [
      ...(entry.actorId === memberId ? (['actor'] as const) : []),
      ...(entry.subjectMemberId === memberId ? (['subject'] as const) : []),
    ],
    actor: actorName,
    subject: subjectName,
    details: entry.details as Details,
  }));
}

export async function exportMember(
  db: Database,
  networkId: string,
  memberId: string,
): Promise<MemberData | undefined> {
  const found = await profile(db, networkId, memberId);
  if (!found) return undefined;
  return {
    profile: found,
    identities: await identities(db, networkId, memberId),
    exchanges: await exchangeData(db, networkId, memberId),
    goals: await goalData(db, networkId, memberId),
    goalUpdates: await goalUpdateData(db, networkId, memberId),
    glossaryEntries: await glossaryData(db, networkId, memberId),
    polls: await pollData(db, networkId, memberId),
    publicVotes: await publicVoteData(db, networkId, memberId),
    cafe: await cafeData(db, networkId, memberId),
    audit: await auditData(db, networkId, memberId),
  };
}
