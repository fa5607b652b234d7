// Retention limits (old exchange notes, who voted what in old public polls) and the bot's
// removal from a workspace or server: the mark on the space, and the deletion of a
// network nobody can reach any more once its grace period is over.
import { and, eq, exists, gte, inArray, isNotNull, isNull, lt, ne, notExists, or, sql } from 'drizzle-orm';
import type { RetentionRepository } from '../../src/core/ports.ts';
import { NETWORK_DELETION_KIND } from '../../src/core/scheduling/kinds.ts';
import type { Database } from '../client.ts';
import { exchanges, networks, polls, pollVotes, scheduledRuns, spaces } from '../schema.ts';
import { destroyPollKeys } from './poll-keys.ts';

export function retentionRepository(db: Database): RetentionRepository {
  return {
    async purgeNotes(networkId, day) {
      const purged = await db
        .update(exchanges)
        .set({ note: null })
        .where(
          and(eq(exchanges.networkId, networkId), lt(exchanges.occurredOn, day), isNotNull(exchanges.note)),
        )
        .returning({ id: exchanges.id });
      return purged.length;
    },

    async purgePublicVotes(networkId, before) {
      // Counts and participants were stored on the poll at closing: only who-voted-what goes.
      const old = db
        .select({ id: polls.id })
        .from(polls)
        .where(
          and(
            eq(polls.networkId, networkId),
            eq(polls.anonymous, false),
            eq(polls.status, 'closed'),
            lt(polls.closedAt, before),
          ),
        );
      const purged = await db
        .delete(pollVotes)
        .where(and(eq(pollVotes.networkId, networkId), inArray(pollVotes.pollId, old)))
        .returning({ voter: pollVotes.voter });
      return purged.length;
    },

    async markSpaceRemoved(platform, externalId, at) {
      const where = and(eq(spaces.platform, platform), eq(spaces.externalId, externalId));
      // The first removal counts: a repeated event (Slack sends two, and retries) keeps it.
      await db
        .update(spaces)
        .set({ removedAt: at })
        .where(and(where, isNull(spaces.removedAt)));
      const [row] = await db.select({ networkId: spaces.networkId }).from(spaces).where(where);
      return row?.networkId;
    },

    async markSpaceReturned(platform, externalId) {
      const cleared = await db
        .update(spaces)
        .set({ removedAt: null })
        .where(
          and(eq(spaces.platform, platform), eq(spaces.externalId, externalId), isNotNull(spaces.removedAt)),
        )
        .returning({ id: spaces.id });
      return cleared.length > 0;
    },

    async deleteNetwork(networkId, before) {
      // Checked again in the statement itself: a space that came back meanwhile keeps it all.
      const deleted = await db
        .delete(networks)
        .where(and(eq(networks.id, networkId), abandoned(db, before)))
        .returning({ id: networks.id });
      if (deleted.length === 0) return false;
      // Its open polls' keys went with it, by cascade: rewritten away, not left in dead rows.
      await destroyPollKeys(db, []);
      // Every table holds a network_id that cascades, but the claims of its scheduled work:
      // they go here by the network's id, all but the deletion's own claim: the record that
      // it ran, which the scheduler completes once this transaction commits.
      await db
        .delete(scheduledRuns)
        .where(and(eq(scheduledRuns.networkId, networkId), ne(scheduledRuns.kind, NETWORK_DELETION_KIND)));
      return true;
    },
  };
}

/** The network has spaces, and none is installed or was removed at `before` or later. */
function abandoned(db: Database, before: Date) {
  const ofNetwork = eq(spaces.networkId, networks.id);
  const kept = or(isNull(spaces.removedAt), gte(spaces.removedAt, before));
  return and(
    exists(db.select({ one: sql`1` }).from(spaces).where(ofNetwork)),
    notExists(db.select({ one: sql`1` }).from(spaces).where(and(ofNetwork, kept))),
  );
}
