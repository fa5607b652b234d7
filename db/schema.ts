// The database schema. Every row belongs to a network; rows that point at each other
// carry the network id in their foreign keys, so the database itself refuses a link
// across networks. Migrations are generated from this file (`npm run db:generate`).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const networkRef = () =>
  uuid('network_id')
    .notNull()
    .references(() => networks.id, { onDelete: 'cascade' });
/**
 * The network of a row whose composite foreign key already ties it to a parent of the same
 * network (deleted with it): a second check against networks would only cost time, on tables
 * written thousands of rows at once (a café round of 10,000 people).
 */
const networkOfParent = () => uuid('network_id').notNull();

export const networks = pgTable(
  'networks',
  {
    id: id(),
    name: text('name').notNull(),
    locale: text('locale').notNull(),
    timeZone: text('time_zone').notNull(),
    digestCron: text('digest_cron').notNull(),
    /** The diagnostic permanent is posted on schedule only when on and a channel is chosen. */
    digestEnabled: boolean('digest_enabled').notNull().default(true),
    /** Where the digest is posted (`diagnostic ici`): a space of the network and a channel in it. */
    digestSpaceId: uuid('digest_space_id'),
    digestChannelId: text('digest_channel_id'),
    /** The member who chose the digest channel: told, with the facilitators, when posting there fails. */
    digestChosenBy: uuid('digest_chosen_by'),
    /** Below this many participants, an anonymous poll's results show no per-option breakdown. */
    pollMinBreakdown: integer('poll_min_breakdown').notNull().default(3),
    /**
     * Web view links (`diagnostic web`) carry the generation they were signed for:
     * `diagnostic web revoquer` raises it, and every earlier link stops working.
     */
    webLinkGeneration: integer('web_link_generation').notNull().default(0),
    /**
     * organisation_links may be missing facts since a change that removed some (an exchange
     * deleted, a name withdrawn, a member who changed organisation, a merge): the next reader
     * rebuilds them from the exchanges. New networks (and those migrated) start stale.
     */
    organisationLinksStale: boolean('organisation_links_stale').notNull().default(true),
    /** Café coopération: rounds run when on and a channel is chosen (`cafe ici`). */
    cafeEnabled: boolean('cafe_enabled').notNull().default(true),
    cafeSpaceId: uuid('cafe_space_id'),
    cafeChannelId: text('cafe_channel_id'),
    cafeChosenBy: uuid('cafe_chosen_by'),
    /** A round every this many weeks, on this ISO weekday (1 Monday … 7 Sunday), at 10:00. */
    cafeEveryWeeks: integer('cafe_every_weeks').notNull().default(2),
    cafeWeekday: integer('cafe_weekday').notNull().default(1),
    /** `cafe lancer`: a round asked for now, run by the next scheduler tick. */
    cafeRequestedAt: timestamp('cafe_requested_at', { withTimezone: true }),
    /** Exchange notes, and who voted what in closed public polls, are kept this many months. */
    retentionMonths: integer('retention_months').notNull().default(12),
    createdAt: createdAt(),
    /**
     * The earliest instant the next scheduled digest, café round or daily purge may be due
     * (null: not known yet), so that the scheduler's one query skips every network whose time
     * has not come. Never later than the truth, which the claims decide: reset when the
     * schedule changes, learnt again by the next tick.
     */
    digestDueAt: timestamp('digest_due_at', { withTimezone: true }),
    cafeDueAt: timestamp('cafe_due_at', { withTimezone: true }),
    retentionDueAt: timestamp('retention_due_at', { withTimezone: true }),
  },
  // The scheduler's one query reaches only the networks whose time may have come.
  (t) => [
    index('networks_digest_due_idx')
      .on(t.digestDueAt)
      .where(sql`${t.digestEnabled} and ${t.digestSpaceId} is not null`),
    index('networks_cafe_due_idx')
      .on(t.cafeDueAt)
      .where(sql`${t.cafeEnabled} and ${t.cafeSpaceId} is not null`),
    index('networks_retention_due_idx').on(t.retentionDueAt),
  ],
);

/** A place the network is reached through: a Slack workspace, a Discord server, the local shell. */
export const spaces = pgTable(
  'spaces',
  {
    id: id(),
    networkId: networkRef(),
    platform: text('platform').notNull(),
    externalId: text('external_id').notNull(),
    name: text('name'),
    /**
     * When the bot was removed from this workspace or server (uninstalled, token revoked,
     * kicked): nothing is posted there any more, and the network's data is deleted after a
     * grace period unless the bot comes back (null again).
     */
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('spaces_platform_external_key').on(t.platform, t.externalId),
    // A network's spaces (a deletion's cascade, whether a network is abandoned)...
    index('spaces_network_idx').on(t.networkId),
    // ...and the few spaces the bot was removed from, where the scheduler looks for those.
    index('spaces_removed_idx').on(t.removedAt).where(sql`${t.removedAt} is not null`),
    check('spaces_platform_check', sql`${t.platform} in ('slack', 'discord', 'shell')`),
  ],
);

export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    networkId: networkRef(),
    name: text('name').notNull(),
    /** Accent- and case-folded name: one organisation per name in a network. */
    nameKey: text('name_key').notNull(),
    typeCode: text('type_code').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('organisations_network_id_key').on(t.networkId, t.id),
    unique('organisations_network_name_key').on(t.networkId, t.nameKey),
  ],
);

export const members = pgTable(
  'members',
  {
    id: id(),
    networkId: networkRef(),
    displayName: text('display_name').notNull(),
    locale: text('locale'),
    isFacilitator: boolean('is_facilitator').notNull().default(false),
    /**
     * Seen as an admin of their platform (Slack workspace admin, Discord Manage Server, the
     * shell's local user) the last time they acted: a facilitator by right, listed as such.
     */
    isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
    organisationId: uuid('organisation_id'),
    roleTitle: text('role_title'),
    territory: text('territory'),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    helpOffer: text('help_offer'),
    /** Café coopération: paired only after saying yes (`cafe oui`). */
    cafeOptIn: boolean('cafe_opt_in').notNull().default(false),
    /**
     * Set on the anonymous "former member" that replaces someone who asked to be forgotten
     * (`oubli`): it keeps exchanges' figures right and names no one. Never listed.
     */
    forgottenAt: timestamp('forgotten_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('members_network_id_key').on(t.networkId, t.id),
    foreignKey({
      name: 'members_organisation_fk',
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }),
    index('members_network_idx').on(t.networkId),
    // The digest: organisations' members, and newcomers of a period.
    index('members_network_organisation_idx').on(t.networkId, t.organisationId),
    index('members_network_created_idx').on(t.networkId, t.createdAt),
  ],
);

/** Who a member is on a platform: one person may later be reached through several spaces. */
export const memberIdentities = pgTable(
  'member_identities',
  {
    id: id(),
    networkId: networkRef(),
    memberId: uuid('member_id').notNull(),
    spaceId: uuid('space_id')
      .notNull()
      .references(() => spaces.id, { onDelete: 'cascade' }),
    externalId: text('external_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('member_identities_space_external_key').on(t.spaceId, t.externalId),
    foreignKey({
      name: 'member_identities_member_fk',
      columns: [t.networkId, t.memberId],
      foreignColumns: [members.networkId, members.id],
    }).onDelete('cascade'),
  ],
);

export const goals = pgTable(
  'goals',
  {
    id: id(),
    networkId: networkRef(),
    /** Short per-network number people type (`but 3`). */
    ref: integer('ref').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    indicator: text('indicator'),
    status: text('status').notNull().default('proposed'),
    authorId: uuid('author_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('goals_network_id_key').on(t.networkId, t.id),
    unique('goals_network_ref_key').on(t.networkId, t.ref),
    check('goals_status_check', sql`${t.status} in ('proposed', 'active', 'reached', 'dropped')`),
    foreignKey({
      name: 'goals_author_fk',
      columns: [t.networkId, t.authorId],
      foreignColumns: [members.networkId, members.id],
    }),
  ],
);

export const exchanges = pgTable(
  'exchanges',
  {
    id: id(),
    networkId: networkRef(),
    ref: integer('ref').notNull(),
    authorId: uuid('author_id').notNull(),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    note: text('note'),
    goalId: uuid('goal_id'),
    /** How many of the members named took their name off (`echange retirer`): said, not who. */
    withdrawnNames: integer('withdrawn_names').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique('exchanges_network_id_key').on(t.networkId, t.id),
    unique('exchanges_network_ref_key').on(t.networkId, t.ref),
    check('exchanges_kind_check', sql`${t.kind} in ('meeting', 'call', 'handover', 'joint-action', 'other')`),
    foreignKey({
      name: 'exchanges_author_fk',
      columns: [t.networkId, t.authorId],
      foreignColumns: [members.networkId, members.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'exchanges_goal_fk',
      columns: [t.networkId, t.goalId],
      foreignColumns: [goals.networkId, goals.id],
    }),
    index('exchanges_network_occurred_idx').on(t.networkId, t.occurredOn),
    // The digest: a member's exchanges over time, and exchanges attached to goals.
    index('exchanges_network_author_idx').on(t.networkId, t.authorId, t.occurredOn),
    index('exchanges_network_goal_idx')
      .on(t.networkId, t.goalId, t.occurredOn)
      .where(sql`${t.goalId} is not null`),
  ],
);

/** The other side of an exchange: a member of the network, or an organisation not on the platform. */
export const exchangeParticipants = pgTable(
  'exchange_participants',
  {
    id: id(),
    networkId: networkRef(),
    exchangeId: uuid('exchange_id').notNull(),
    memberId: uuid('member_id'),
    organisationId: uuid('organisation_id'),
  },
  (t) => [
    check('exchange_participants_one_check', sql`num_nonnulls(${t.memberId}, ${t.organisationId}) = 1`),
    foreignKey({
      name: 'exchange_participants_exchange_fk',
      columns: [t.networkId, t.exchangeId],
      foreignColumns: [exchanges.networkId, exchanges.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'exchange_participants_member_fk',
      columns: [t.networkId, t.memberId],
      foreignColumns: [members.networkId, members.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'exchange_participants_organisation_fk',
      columns: [t.networkId, t.organisationId],
      foreignColumns: [organisations.networkId, organisations.id],
    }),
    index('exchange_participants_exchange_idx').on(t.exchangeId),
    // The digest: the exchanges a member or an organisation is named in.
    index('exchange_participants_member_idx').on(t.networkId, t.memberId),
    index('exchange_participants_organisation_idx').on(t.networkId, t.organisationId),
  ],
);

/**
 * Each pair of organisations that took part in an exchange together, and the day of their
 * first one (the digest's new links, the café's "never met"). Derived from the exchanges:
 * kept up to date as exchanges are logged, rebuilt when its network is marked stale.
 * `first_org` < `second_org`, so a pair has one row.
 */
export const organisationLinks = pgTable(
  'organisation_links',
  {
    networkId: networkRef(),
    firstOrg: uuid('first_org').notNull(),
    secondOrg: uuid('second_org').notNull(),
    firstMetOn: date('first_met_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'organisation_links_pkey', columns: [t.networkId, t.firstOrg, t.secondOrg] }),
    check('organisation_links_order_check', sql`${t.firstOrg} < ${t.secondOrg}`),
    foreignKey({
      name: 'organisation_links_first_fk',
      columns: [t.networkId, t.firstOrg],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'organisation_links_second_fk',
      columns: [t.networkId, t.secondOrg],
      foreignColumns: [organisations.networkId, organisations.id],
    }).onDelete('cascade'),
    index('organisation_links_first_met_idx').on(t.networkId, t.firstMetOn),
  ],
);

/** A café coopération round: when it ran, and whether its members were asked "did you meet?". */
export const cafeRounds = pgTable(
  'cafe_rounds',
  {
    id: id(),
    networkId: networkRef(),
    /** The scheduled slot (or the instant of `cafe lancer`) it ran for. */
    slot: timestamp('slot', { withTimezone: true }).notNull(),
    spaceId: uuid('space_id').notNull(),
    channelId: text('channel_id'),
    askedAt: timestamp('asked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('cafe_rounds_network_id_key').on(t.networkId, t.id),
    unique('cafe_rounds_network_slot_key').on(t.networkId, t.slot),
    // Rounds whose follow-up is still to send, for the scheduler.
    index('cafe_rounds_to_ask_idx').on(t.slot).where(sql`${t.askedAt} is null`),
  ],
);

/** A pair (or the one trio) of a round; `ref` numbers it in its network for `cafe rencontre N`. */
export const cafeGroups = pgTable(
  'cafe_groups',
  {
    id: id(),
    networkId: networkOfParent(),
    roundId: uuid('round_id').notNull(),
    ref: integer('ref').notNull(),
    /** The meeting logged once two of its members said they met. */
    exchangeId: uuid('exchange_id'),
  },
  (t) => [
    unique('cafe_groups_network_id_key').on(t.networkId, t.id),
    unique('cafe_groups_network_ref_key').on(t.networkId, t.ref),
    foreignKey({
      name: 'cafe_groups_round_fk',
      columns: [t.networkId, t.roundId],
      foreignColumns: [cafeRounds.networkId, cafeRounds.id],
    }).onDelete('cascade'),
    index('cafe_groups_round_idx').on(t.roundId),
  ],
);

/** Who is in a group, whether they were introduced, asked, and what they answered. */
export const cafeGroupMembers = pgTable(
  'cafe_group_members',
  {
    networkId: networkOfParent(),
    groupId: uuid('group_id').notNull(),
    memberId: uuid('member_id').notNull(),
    introducedAt: timestamp('introduced_at', { withTimezone: true }),
    askedAt: timestamp('asked_at', { withTimezone: true }),
    met: boolean('met'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'cafe_group_members_pkey', columns: [t.groupId, t.memberId] }),
    foreignKey({
      name: 'cafe_group_members_group_fk',
      columns: [t.networkId, t.groupId],
      foreignColumns: [cafeGroups.networkId, cafeGroups.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'cafe_group_members_member_fk',
      columns: [t.networkId, t.memberId],
      foreignColumns: [members.networkId, members.id],
    }).onDelete('cascade'),
    index('cafe_group_members_member_idx').on(t.networkId, t.memberId),
  ],
);

/** Status changes and indicator updates of a shared goal, in order. */
export const goalUpdates = pgTable(
  'goal_updates',
  {
    id: id(),
    networkId: networkRef(),
    goalId: uuid('goal_id').notNull(),
    authorId: uuid('author_id'),
    kind: text('kind').notNull(),
    status: text('status'),
    text: text('text'),
    createdAt: createdAt(),
  },
  (t) => [
    check('goal_updates_kind_check', sql`${t.kind} in ('status', 'indicator', 'title', 'description')`),
    foreignKey({
      name: 'goal_updates_goal_fk',
      columns: [t.networkId, t.goalId],
      foreignColumns: [goals.networkId, goals.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'goal_updates_author_fk',
      columns: [t.networkId, t.authorId],
      foreignColumns: [members.networkId, members.id],
    }),
    index('goal_updates_goal_idx').on(t.goalId),
    index('goal_updates_network_created_idx').on(t.networkId, t.createdAt),
  ],
);

/**
 * The network's own glossary entries. The shipped acronyms live in the code; a row
 * with the same key overrides one (a null definition hides it from this network).
 */
export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    id: id(),
    networkId: networkRef(),
    term: text('term').notNull(),
    termKey: text('term_key').notNull(),
    definition: text('definition'),
    authorId: uuid('author_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('glossary_terms_network_key').on(t.networkId, t.termKey),
    foreignKey({
      name: 'glossary_terms_author_fk',
      columns: [t.networkId, t.authorId],
      foreignColumns: [members.networkId, members.id],
    }),
  ],
);

/**
 * Polls. While an anonymous poll is open its votes are keyed by HMAC(secret, poll key ‖
 * platform identity), the poll key living in poll_keys; at closing the votes become
 * per-option counts and the key is destroyed.
 */
export const polls = pgTable(
  'polls',
  {
    id: id(),
    networkId: networkRef(),
    ref: integer('ref').notNull(),
    authorId: uuid('author_id'),
    question: text('question').notNull(),
    anonymous: boolean('anonymous').notNull().default(true),
    multiple: boolean('multiple').notNull().default(false),
    maxChoices: integer('max_choices'),
    goalId: uuid('goal_id'),
    /** Where the poll was created, so results go back there. */
    spaceId: uuid('space_id').references(() => spaces.id, { onDelete: 'set null' }),
    channelId: text('channel_id'),
    /** The platform's id of the poll message (Slack ts, Discord message id), to update it. */
    messageRef: text('message_ref'),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Participants, recorded at closing (the vote rows of an anonymous poll are gone then). */
    participants: integer('participants'),
    /**
     * The network's anonymity threshold when the poll opened: its voters voted under it, so a
     * later lowering never shows its breakdown (null: opened before it was kept).
     */
    minBreakdown: integer('min_breakdown'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('polls_network_id_key').on(t.networkId, t.id),
    unique('polls_network_ref_key').on(t.networkId, t.ref),
    check('polls_status_check', sql`${t.status} in ('open', 'closed')`),
    foreignKey({
      name: 'polls_author_fk',
      columns: [t.networkId, t.authorId],
      foreignColumns: [members.networkId, members.id],
    }),
    foreignKey({
      name: 'polls_goal_fk',
      columns: [t.networkId, t.goalId],
      foreignColumns: [goals.networkId, goals.id],
    }),
    index('polls_open_due_idx').on(t.status, t.closesAt),
    index('polls_network_closed_idx').on(t.networkId, t.closedAt),
  ],
);

export const pollOptions = pgTable(
  'poll_options',
  {
    id: id(),
    networkId: networkRef(),
    pollId: uuid('poll_id').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    /** Filled at closing. */
    votes: integer('votes'),
  },
  (t) => [
    unique('poll_options_network_id_key').on(t.networkId, t.id),
    unique('poll_options_position_key').on(t.pollId, t.position),
    foreignKey({
      name: 'poll_options_poll_fk',
      columns: [t.networkId, t.pollId],
      foreignColumns: [polls.networkId, polls.id],
    }).onDelete('cascade'),
  ],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The random key of each open anonymous poll, from which voter keys are derived. The
 * migration makes this table UNLOGGED: its rows never reach the WAL (nor WAL archives and
 * streaming replicas), and closing a poll rewrites the table (TRUNCATE, then the other keys
 * back), so that the key is gone from the files too, not left in a dead row. The price: a
 * crash of the database empties it, and the polls then open take no more votes (those cast
 * stay counted). `scheme` 1 marks a poll opened before this table: its key is its former
 * salt, and its voters are keyed by member id as they were then.
 */
export const pollKeys = pgTable(
  'poll_keys',
  {
    pollId: uuid('poll_id').primaryKey(),
    networkId: uuid('network_id').notNull(),
    key: bytea('key').notNull(),
    scheme: integer('scheme').notNull().default(2),
  },
  // No foreign key to polls, on purpose: putting the other keys back when a poll closes would
  // lock their polls' rows, which another closer may hold while it waits for this table (a
  // deadlock between two replicas). The rewrite keeps the keys of open polls only instead.
);

/**
 * One row per (voter, chosen option) of an open poll. No timestamp and no ordered id:
 * nothing in a row tells when it was written or in which order. `voter` is a keyed hash
 * for an anonymous poll, the member id for a public one.
 */
export const pollVotes = pgTable(
  'poll_votes',
  {
    networkId: networkRef(),
    pollId: uuid('poll_id').notNull(),
    voter: text('voter').notNull(),
    optionId: uuid('option_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'poll_votes_pkey', columns: [t.pollId, t.voter, t.optionId] }),
    foreignKey({
      name: 'poll_votes_poll_fk',
      columns: [t.networkId, t.pollId],
      foreignColumns: [polls.networkId, polls.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'poll_votes_option_fk',
      columns: [t.networkId, t.optionId],
      foreignColumns: [pollOptions.networkId, pollOptions.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Claims of scheduled work: every process ticks, and whoever inserts the row of a run first
 * runs it; `completed_at` records that it finished. A run is its kind, its network and the
 * slot (a digest's or café round's time, the start of a day) or subject (a poll, a round) it
 * is for. No foreign key to networks: a network's deletion removes its claims but its own
 * (db/repositories/retention.ts), and a claim racing a deletion finds the network gone
 * rather than failing on the key.
 */
export const scheduledRuns = pgTable(
  'scheduled_runs',
  {
    kind: text('kind').notNull(),
    networkId: uuid('network_id').notNull(),
    slot: timestamp('slot', { withTimezone: true }),
    subjectId: uuid('subject_id'),
    claimedBy: text('claimed_by').notNull(),
    /** Failed attempts to post so far: a takeover keeps the count, a postponement raises it. */
    attempts: integer('attempts').notNull().default(0),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    // Network first: a network's latest slot of a kind, and its claims' deletion, use it too.
    unique('scheduled_runs_run_key').on(t.networkId, t.kind, t.slot, t.subjectId).nullsNotDistinct(),
    // The tick's look for runs left unfinished reads only these.
    index('scheduled_runs_unfinished_idx').on(t.claimedAt).where(sql`${t.completedAt} is null`),
  ],
);

/**
 * Deliveries already handled (a Slack trigger, event or action; a Discord interaction): the
 * platforms retry, and every replica shares this table, so a retried delivery runs once.
 * Rows older than two days are purged.
 */
export const processedDeliveries = pgTable(
  'processed_deliveries',
  {
    key: text('key').primaryKey(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('processed_deliveries_received_idx').on(t.receivedAt)],
);

/**
 * Facilitator actions (settings, roles, merges, edits of others' entries, early poll
 * closing, retention changes), for `config journal`. `details` holds settings' values and
 * short references (numbers, keys), never notes; members are named by id only, so that
 * erasing someone (`oubli`) pseudonymises their rows by repointing two columns.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: id(),
    networkId: networkRef(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    /** The member the action was about (a facilitator named, an entry's author), if any. */
    subjectMemberId: uuid('subject_member_id'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('audit_entries_network_at_idx').on(t.networkId, t.at)],
);

/**
 * The digests posted on their schedule, numbered per network, with the days each covered and
 * those it was compared with: `diagnostic historique` lists them, `diagnostic historique N`
 * shows one again, computed anew from the log for the same days (an erased member or a
 * withdrawn exchange is not brought back). One row per scheduled slot.
 */
export const digests = pgTable(
  'digests',
  {
    id: id(),
    networkId: networkRef(),
    ref: integer('ref').notNull(),
    slot: timestamp('slot', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true }).notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true }).notNull(),
    previousStart: timestamp('previous_start', { withTimezone: true }).notNull(),
    previousEnd: timestamp('previous_end', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('digests_network_ref_key').on(t.networkId, t.ref),
    unique('digests_network_slot_key').on(t.networkId, t.slot),
    check('digests_kind_check', sql`${t.kind} in ('week', 'month', 'quarter', 'days')`),
  ],
);
