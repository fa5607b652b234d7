// Counts every row that belongs to one network, table by table: a rejected command
// must leave these numbers unchanged.
import { count, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';

const scoped: Array<[string, PgTable, PgColumn]> = [
  ['networks', schema.networks, schema.networks.id],
  ['spaces', schema.spaces, schema.spaces.networkId],
  ['members', schema.members, schema.members.networkId],
  ['member_identities', schema.memberIdentities, schema.memberIdentities.networkId],
  ['organisations', schema.organisations, schema.organisations.networkId],
  ['goals', schema.goals, schema.goals.networkId],
  ['exchanges', schema.exchanges, schema.exchanges.networkId],
  ['exchange_participants', schema.exchangeParticipants, schema.exchangeParticipants.networkId],
  ['goal_updates', schema.goalUpdates, schema.goalUpdates.networkId],
  ['glossary_terms', schema.glossaryTerms, schema.glossaryTerms.networkId],
  ['polls', schema.polls, schema.polls.networkId],
  ['poll_options', schema.pollOptions, schema.pollOptions.networkId],
  ['poll_votes', schema.pollVotes, schema.pollVotes.networkId],
  ['poll_keys', schema.pollKeys, schema.pollKeys.networkId],
  ['organisation_links', schema.organisationLinks, schema.organisationLinks.networkId],
  ['cafe_rounds', schema.cafeRounds, schema.cafeRounds.networkId],
  ['digests', schema.digests, schema.digests.networkId],
  ['cafe_groups', schema.cafeGroups, schema.cafeGroups.networkId],
  ['cafe_group_members', schema.cafeGroupMembers, schema.cafeGroupMembers.networkId],
  ['audit_entries', schema.auditEntries, schema.auditEntries.networkId],
];

export async function rowCounts(db: Database, networkId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table, column] of scoped) {
    const [row] = await db.select({ n: count() }).from(table).where(eq(column, networkId));
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}

/** Every table of the schema must be listed above, or the check would miss writes. */
export const countedTables = scoped.map(([name]) => name);
/** Tables that belong to no network (claims of scheduled work). */
export const unscopedTables = ['scheduled_runs', 'processed_deliveries'];

export async function spaceExists(db: Database, externalId: string): Promise<boolean> {
  const rows = await db.select().from(schema.spaces).where(eq(schema.spaces.externalId, externalId));
  return rows.length > 0;
}

/**
 * Counts after a time when nothing may be removed: `before`'s, but for the digests posted
 * meanwhile, which are numbered (a row each, `diagnostic historique`).
 */
export const keptWith = (before: Record<string, number>, digestsPosted: number) => ({
  ...before,
  digests: (before.digests ?? 0) + digestsPosted,
});
