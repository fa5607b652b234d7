// The interfaces the core needs from the outside world. Adapters and the database
// layer implement them; the core never imports a driver or an SDK.

import type {
  ActivityFigures,
  GoalExchanges,
  GoalStatusChange,
  IdleGoal,
  Newcomer,
  NewLink,
  OpenPoll,
  OrganisationRef,
  PastDigest,
} from './digest/digest-data.ts';
import type { NamedPeriod } from './digest/digest-periods.ts';
import type { NetworkFacts } from './digest/network/network-facts.ts';
import type { DayRange, DigestPeriod } from './digest/period.ts';
import type { Locale } from './locale.ts';
import type { Message } from './message.ts';
import type {
  ExchangeKind,
  Goal,
  GoalStatus,
  GoalUpdate,
  Member,
  Network,
  NetworkDefaults,
  Organisation,
  Platform,
  Poll,
  Space,
} from './model.ts';
import type { ErasureCounts, ErasureDone, MemberData } from './privacy/member-data.ts';
import type { Result } from './result.ts';
import type { DueHint, DueQuery, DueWork, RunRef } from './scheduling/due-work.ts';

export interface Clock {
  now(): Date;
}

/** Structured logs. Context objects must never hold free text typed by users, nor voters. */
/** Where the web view is served (`diagnostic web`). */
export interface WebHost {
  /**
   * The address links start with (`https://maillage.example.org`), starting the server
   * first where it starts on demand (the shell); undefined when it cannot be served.
   */
  baseUrl(): Promise<string | undefined>;
}

export interface Logger {
  debug(context: object, message: string): void;
  info(context: object, message: string): void;
  warn(context: object, message: string): void;
  error(context: object, message: string): void;
}

export interface NetworkRepository {
  /** The space and its network, created together on first contact (one network per space for now). */
  resolveSpace(
    platform: Platform,
    externalId: string,
    spaceName: string | null,
    defaults: NetworkDefaults,
  ): Promise<{ network: Network; space: Space }>;
  /**
   * The space and its network; with `userExternalId`, also the member behind that identity
   * there, if known (read in the same query: every command and click starts with both).
   */
  findSpace(
    platform: Platform,
    externalId: string,
    userExternalId?: string,
  ): Promise<{ network: Network; space: Space; member?: Member | undefined } | undefined>;
  get(networkId: string): Promise<Network | undefined>;
  /** The network, held against deletion until the transaction ends; undefined if it is gone. */
  hold(networkId: string): Promise<Network | undefined>;
  getSpace(spaceId: string): Promise<Space | undefined>;
  update(
    networkId: string,
    patch: Partial<
      Pick<
        Network,
        | 'name'
        | 'locale'
        | 'timeZone'
        | 'digestCron'
        | 'digestEnabled'
        | 'digestSpaceId'
        | 'digestChannelId'
        | 'digestChosenBy'
        | 'cafeEnabled'
        | 'cafeSpaceId'
        | 'cafeChannelId'
        | 'cafeChosenBy'
        | 'cafeEveryWeeks'
        | 'cafeWeekday'
        | 'cafeRequestedAt'
        | 'retentionMonths'
        | 'pollMinBreakdown'
        | 'webLinkGeneration'
      >
    >,
  ): Promise<Network>;
  /** Networks whose digest is on and has a space to go to, not one the bot was removed from. */
  withDigestChannel(): Promise<Network[]>;
}

export interface MemberRepository {
  /** The member behind a platform identity, created on first use with the given display name. */
  resolveIdentity(space: Space, externalId: string, displayName: string): Promise<Member>;
  findByIdentity(space: Space, externalId: string): Promise<Member | undefined>;
  /** The member's user id on the platform of `space`, if they are known there. */
  externalIdIn(space: Space, memberId: string): Promise<string | undefined>;
  get(networkId: string, memberId: string): Promise<Member | undefined>;
  list(networkId: string): Promise<Member[]>;
  setFacilitator(networkId: string, memberId: string, value: boolean): Promise<void>;
  /** Records whether the member was seen as an admin of their platform when they last acted. */
  setPlatformAdmin(networkId: string, memberId: string, value: boolean): Promise<Member>;
  updateProfile(
    networkId: string,
    memberId: string,
    patch: Partial<
      Pick<
        Member,
        | 'organisationId'
        | 'roleTitle'
        | 'territory'
        | 'themes'
        | 'helpOffer'
        | 'locale'
        | 'displayName'
        | 'cafeOptIn'
      >
    >,
  ): Promise<Member>;
}

export interface OrganisationRepository {
  /**
   * Creates the organisation, or returns `exists` when one with the same folded name is there.
   * `since`: when it joined the network (the demo's organisations are older than the demo).
   */
  create(
    networkId: string,
    name: string,
    typeCode: string,
    since?: Date,
  ): Promise<Result<Organisation, { code: 'exists'; existing: Organisation }>>;
  list(networkId: string): Promise<Organisation[]>;
  get(networkId: string, organisationId: string): Promise<Organisation | undefined>;
  /** Moves every member and exchange of `sourceId` to `targetId`, then deletes the source. */
  merge(networkId: string, sourceId: string, targetId: string): Promise<void>;
}

export interface NewExchange {
  authorId: string;
  kind: ExchangeKind;
  occurredOn: string;
  themes: string[];
  note: string | null;
  goalId: string | null;
  memberIds: string[];
  organisationIds: string[];
}

/** What its author corrects in an exchange: the fields given, the others kept. */
export interface ExchangeCorrection {
  kind?: ExchangeKind;
  occurredOn?: string;
  themes?: string[];
  note?: string;
  /** `null` detaches the exchange from its goal. */
  goalId?: string | null;
}

/** An exchange as people read it: who, with whom, what, when. */
export interface ExchangeView {
  id: string;
  ref: number;
  authorId: string;
  authorName: string;
  kind: ExchangeKind;
  occurredOn: string;
  themes: string[];
  note: string | null;
  goalId: string | null;
  members: Array<{ id: string; name: string }>;
  organisations: Array<{ id: string; name: string }>;
  /** How many members named took their name off. */
  withdrawnNames: number;
}

export interface ExchangeRepository {
  create(networkId: string, exchange: NewExchange): Promise<{ id: string; ref: number }>;
  count(networkId: string): Promise<number>;
  /** Exchanges attached to a goal, most recent first. */
  listByGoal(networkId: string, goalId: string, limit?: number): Promise<ExchangeView[]>;
  /** Exchanges a member wrote or is named in, most recent first. */
  listForMember(networkId: string, memberId: string, limit: number): Promise<ExchangeView[]>;
  getByRef(networkId: string, ref: number): Promise<ExchangeView | undefined>;
  delete(networkId: string, exchangeId: string): Promise<void>;
  /** Corrects an exchange's own fields (never who took part). */
  correct(networkId: string, exchangeId: string, correction: ExchangeCorrection): Promise<void>;
  /** Takes a member's name off an exchange; returns whether they were named in it. */
  removeMember(networkId: string, exchangeId: string, memberId: string): Promise<boolean>;
  /** The short number of an exchange, by id. */
  refOf(networkId: string, exchangeId: string): Promise<number | undefined>;
  /** Names one more member in an exchange (a café meeting confirmed by a third person). */
  addMember(networkId: string, exchangeId: string, memberId: string): Promise<void>;
}

/** A goal with when it was proposed and how many exchanges are attached to it. */
export interface GoalOverview extends Goal {
  createdAt: Date;
  exchangeCount: number;
}

export interface GoalRepository {
  /** Takes the network's next number; an initial indicator opens the goal's history. */
  create(
    networkId: string,
    goal: {
      title: string;
      description: string | null;
      indicator: string | null;
      status: GoalStatus;
      authorId: string;
      /** The core's clock; the database's when absent. */
      at?: Date;
    },
  ): Promise<Goal>;
  /** Every goal of the network by number, with its exchange count (one query). */
  list(networkId: string): Promise<GoalOverview[]>;
  getByRef(networkId: string, ref: number): Promise<GoalOverview | undefined>;
  /** Each of these records an entry in the goal's history (`listUpdates`). */
  updateStatus(networkId: string, goalId: string, change: GoalChange<{ status: GoalStatus }>): Promise<void>;
  updateIndicator(
    networkId: string,
    goalId: string,
    change: GoalChange<{ indicator: string }>,
  ): Promise<void>;
  updateText(
    networkId: string,
    goalId: string,
    change: GoalChange<{ field: 'title' | 'description'; text: string }>,
  ): Promise<void>;
  /** The goal's history, oldest first. */
  listUpdates(networkId: string, goalId: string): Promise<GoalUpdate[]>;
}

export type GoalChange<T> = T & { authorId: string; at: Date };

/** A network's own glossary row; a null definition hides the shipped entry of the same key. */
export interface GlossaryRow {
  id: string;
  term: string;
  termKey: string;
  definition: string | null;
  authorId: string | null;
  updatedAt: Date;
}

export interface NewGlossaryRow {
  term: string;
  termKey: string;
  definition: string | null;
  authorId: string | null;
  /** The core's clock; the database's when absent. */
  at?: Date;
}

export interface GlossaryRepository {
  find(networkId: string, termKey: string): Promise<GlossaryRow | undefined>;
  /** The network's rows, hidden ones included, by key. */
  list(networkId: string): Promise<GlossaryRow[]>;
  /** Adds a row, or returns `exists` when the network already has one under that key. */
  create(networkId: string, row: NewGlossaryRow): Promise<Result<GlossaryRow, { code: 'exists' }>>;
  /** Creates or replaces the row under `row.termKey`. */
  save(networkId: string, row: NewGlossaryRow): Promise<GlossaryRow>;
  /** Deletes the row under `termKey`; false when there was none. */
  remove(networkId: string, termKey: string): Promise<boolean>;
}

export interface NewPoll {
  authorId: string;
  question: string;
  options: string[];
  anonymous: boolean;
  multiple: boolean;
  maxChoices: number | null;
  goalId: string | null;
  spaceId: string;
  channelId: string | null;
  closesAt: Date;
  /** The network's anonymity threshold now, kept with the poll (a command's polls give it). */
  minBreakdown?: number;
}

/** Live counts of an open poll, or final counts of a closed one. */
export interface PollTally {
  participants: number;
  /** Votes per option id. */
  counts: Map<string, number>;
  /** Public polls only: member ids per option id. */
  voters: Map<string, string[]> | undefined;
}

/**
 * An open anonymous poll's random key, from which its voter keys are derived (see
 * `voterKey`). Scheme 1: a poll opened before keys had a table of their own, whose key is its
 * former salt and whose voters are keyed by member id, as they were then.
 */
export interface PollKey {
  bytes: Uint8Array;
  scheme: 1 | 2;
}

/** A poll as a goal's view names it. */
export type GoalPoll = Pick<Poll, 'ref' | 'question' | 'status' | 'closesAt'>;

export interface PollRepository {
  /** Creates the poll with its options and, when anonymous, a fresh random key. */
  create(networkId: string, poll: NewPoll): Promise<Poll>;
  getByRef(networkId: string, ref: number): Promise<Poll | undefined>;
  get(networkId: string, pollId: string): Promise<Poll | undefined>;
  listOpen(networkId: string): Promise<Poll[]>;
  /** One page of the closed polls, most recently closed first, and how many there are. */
  listClosed(
    networkId: string,
    page: { limit: number; offset: number },
  ): Promise<{ polls: Poll[]; total: number }>;
  /** The polls that serve a goal, newest first, without their options. */
  listByGoal(networkId: string, goalId: string): Promise<GoalPoll[]>;
  /**
   * An open anonymous poll's key; undefined for a public or closed poll, or when the key was
   * lost (a crash of the database empties the table of keys).
   */
  keyOf(networkId: string, pollId: string): Promise<PollKey | undefined>;
  /**
   * Before a vote: holds the open poll against closing until the transaction ends, then reads
   * its key (in that order, so that a closer never waits on a voter waiting on it).
   * Undefined when the poll is not open (closed, or being closed).
   */
  holdForVote(networkId: string, pollId: string): Promise<{ key: PollKey | undefined } | undefined>;
  /** Serialises this voter's changes in this poll until the transaction ends; their current choice. */
  lockVoter(networkId: string, pollId: string, voter: string): Promise<string[]>;
  /** Sets a voter's choice, replacing any previous one: a repeated vote changes nothing. */
  setVote(networkId: string, pollId: string, voter: string, optionIds: readonly string[]): Promise<void>;
  /** Removes a voter's choice; returns whether there was one. */
  withdrawVote(networkId: string, pollId: string, voter: string): Promise<boolean>;
  choiceOf(networkId: string, pollId: string, voter: string): Promise<string[]>;
  tally(networkId: string, poll: Poll): Promise<PollTally>;
  /**
   * Closes an open poll exactly once: locks its row (waiting for votes in progress and for
   * a concurrent closer), stores final counts and participants and, for an anonymous poll,
   * deletes the vote rows and destroys its key. Returns false when the poll was not open.
   */
  close(networkId: string, pollId: string, at: Date): Promise<boolean>;
  setMessageRef(networkId: string, pollId: string, messageRef: string): Promise<void>;
}

/** Claims of scheduled work, shared by every process on one database. */
export interface ScheduledRunRepository {
  /** True for the one caller that claims the run first, ever. */
  claim(kind: string, run: RunRef, by: string, at: Date): Promise<boolean>;
  complete(kind: string, run: RunRef, at: Date): Promise<void>;
  /** Takes over an unfinished claim older than `before`; true for the one caller that gets it. */
  reclaim(kind: string, run: RunRef, by: string, before: Date, at: Date): Promise<boolean>;
  /**
   * Moves the claim's time to `at` while `by` still holds it (a live holder's heartbeat);
   * false when the run was taken over or is finished.
   */
  renew(kind: string, run: RunRef, by: string, at: Date): Promise<boolean>;
  /**
   * After a failed attempt: keeps the run unfinished, records how many attempts failed, and
   * sets its claim time to `claimedAt` (in the future for a longer wait before a retry).
   */
  postpone(kind: string, run: RunRef, attempts: number, claimedAt: Date): Promise<void>;
  /** The latest slot of `kind` claimed for the network (done or not), if any. */
  latestSlot(kind: string, networkId: string): Promise<Date | undefined>;
  /** Everything a scheduler tick may have to do, in one query whatever the number of networks. */
  findDue(query: DueQuery): Promise<DueWork>;
  /** Remembers when each network's next run may be due (each unless its value changed meanwhile). */
  rememberDue(hints: readonly DueHint[]): Promise<void>;
}

/** Deliveries from a platform already handled, shared by every replica. */
export interface DeliveryRepository {
  /** True the first time `key` is seen (committed with the caller's transaction). */
  claim(key: string, at: Date): Promise<boolean>;
  /** Whether a delivery with this key was committed (to learn the outcome of a lost commit). */
  seen(key: string): Promise<boolean>;
  /** Forgets keys received before `before`; returns how many. */
  purge(before: Date): Promise<number>;
}

/**
 * The digest's aggregates, each one set-based query scoped by network. An exchange involves
 * its author and the members named (with their organisations) and the organisations named.
 */
export interface DigestRepository {
  /** Activity over two day ranges, `previous` ending where `current` starts. */
  activity(
    networkId: string,
    current: DayRange,
    previous: DayRange,
  ): Promise<{ current: ActivityFigures; previous: ActivityFigures }>;
  /** Pairs of organisations whose first exchange together falls within `days`. */
  newLinks(networkId: string, days: DayRange): Promise<NewLink[]>;
  /** Organisations involved in no exchange within `days`, by name. */
  quietOrganisations(networkId: string, days: DayRange): Promise<OrganisationRef[]>;
  /** Theme codes of members' profiles found in no exchange within `days`. */
  unexploredThemes(networkId: string, days: DayRange): Promise<string[]>;
  /** The distinct type codes of the network's organisations. */
  organisationTypes(networkId: string): Promise<string[]>;
  /** Members who arrived within the period, oldest first. */
  newcomers(networkId: string, period: DigestPeriod): Promise<Newcomer[]>;
  /** Goals whose status changed within the period, by number. */
  goalChanges(networkId: string, period: DigestPeriod): Promise<GoalStatusChange[]>;
  /** Goals with exchanges attached within `days`, most exchanges first. */
  goalExchanges(networkId: string, days: DayRange): Promise<GoalExchanges[]>;
  /** Polls closed within the period (with their final counts), and polls open now. */
  polls(networkId: string, period: DigestPeriod): Promise<{ closed: Poll[]; open: OpenPoll[] }>;
  /**
   * The organisations and the exchanges between them, counted per window (one set-based
   * pass whatever the number of windows; at most 12 windows). See network/network-facts.ts.
   */
  networkFacts(networkId: string, windows: readonly DayRange[], timeZone: string): Promise<NetworkFacts>;
  /** Records the digest of a scheduled slot, once; answers its number in the network. */
  record(networkId: string, slot: Date, named: NamedPeriod): Promise<number | undefined>;
  /** The latest digests recorded, newest first. */
  history(networkId: string, limit: number): Promise<PastDigest[]>;
  past(networkId: string, ref: number): Promise<PastDigest | undefined>;
  /** Shared goals not reached nor dropped, older than `since`, with nothing since: no exchange, update or poll. */
  idleGoals(networkId: string, since: Date): Promise<IdleGoal[]>;
}

export interface Repositories {
  networks: NetworkRepository;
  members: MemberRepository;
  organisations: OrganisationRepository;
  exchanges: ExchangeRepository;
  goals: GoalRepository;
  glossary: GlossaryRepository;
  polls: PollRepository;
  scheduledRuns: ScheduledRunRepository;
  deliveries: DeliveryRepository;
  digest: DigestRepository;
  cafe: CafeRepository;
  audit: AuditRepository;
  privacy: PrivacyRepository;
  retention: RetentionRepository;
}

/** A facilitator action as `config journal` shows it. */
export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  /** The actor's display name now ("former member" once they were forgotten), if known. */
  actorName: string | null;
  action: string;
  subjectMemberId: string | null;
  subjectName: string | null;
  /** Settings' values and short references (numbers, keys): never notes or voters. */
  details: Readonly<Record<string, string | number | boolean | null>>;
}

export interface AuditRepository {
  record(
    networkId: string,
    entry: {
      actorId: string | null;
      action: string;
      subjectMemberId?: string | null;
      details?: Readonly<Record<string, string | number | boolean | null>>;
      at: Date;
    },
  ): Promise<void>;
  /** Most recent first. */
  list(
    networkId: string,
    page: { limit: number; offset: number },
  ): Promise<{ entries: AuditEntry[]; total: number }>;
}

/**
 * A member's own data (`mes-donnees`) and its erasure (`oubli`). The export's shape is the
 * core's (src/core/privacy); the erasure replaces the member by an anonymous former member.
 */
export interface PrivacyRepository {
  /** Everything held about the member (undefined when there is no such member). */
  exportMember(networkId: string, memberId: string): Promise<MemberData | undefined>;
  /** What an erasure would touch, for the confirmation step (counts only). */
  erasurePreview(networkId: string, memberId: string): Promise<ErasureCounts>;
  /**
   * Erases the member in one go: identities, profile and pairing history deleted; in
   * exchanges a new anonymous former member (named `formerName`) takes their place; their
   * public votes are unlinked; goals, glossary entries and polls kept without an author;
   * audit rows repointed to the former member; their name and user ids taken out of the
   * network's free texts. Returns what was done (counts only), or undefined when the
   * member was already gone (a concurrent erasure).
   */
  eraseMember(
    networkId: string,
    memberId: string,
    erasure: { at: Date; formerName: string },
  ): Promise<ErasureDone | undefined>;
}

/** Retention limits and the removal of the bot from a workspace or server. */
export interface RetentionRepository {
  /** Deletes the notes of exchanges that took place before `day` (YYYY-MM-DD); returns how many. */
  purgeNotes(networkId: string, day: string): Promise<number>;
  /** Deletes who voted what in public polls closed before `before` (their counts stay); returns rows. */
  purgePublicVotes(networkId: string, before: Date): Promise<number>;
  /** The bot was removed from a space: marks it (first time only); returns its network id, if known. */
  markSpaceRemoved(platform: Platform, externalId: string, at: Date): Promise<string | undefined>;
  /** The bot is back in a space: clears the mark; true when there was one. */
  markSpaceReturned(platform: Platform, externalId: string): Promise<boolean>;
  /**
   * Deletes a network and everything in it (cascade), and the claims of its scheduled work,
   * if it is still abandoned (every space removed before `before`); false when it is not.
   */
  deleteNetwork(networkId: string, before: Date): Promise<boolean>;
}

/** A member of a café group, as the round and its follow-up see them. */
export interface CafeSeat {
  memberId: string;
  introducedAt: Date | null;
  askedAt: Date | null;
  met: boolean | null;
}

export interface CafeGroup {
  id: string;
  ref: number;
  roundId: string;
  exchangeId: string | null;
  seats: CafeSeat[];
}

export interface CafeRound {
  id: string;
  networkId: string;
  slot: Date;
  spaceId: string;
  channelId: string | null;
  askedAt: Date | null;
}

export interface CafeRepository {
  /**
   * Opted-in members with their organisation, in a stable order; with `spaceId`, only those
   * known in that space (reachable there).
   */
  optedIn(
    networkId: string,
    spaceId?: string | null,
  ): Promise<Array<{ id: string; organisationId: string | null }>>;
  /** Pairs of members grouped together in the network's last `rounds` rounds (pairKey keys). */
  recentPairs(networkId: string, rounds: number): Promise<Set<string>>;
  /** Pairs of organisations that ever logged an exchange together (pairKey keys). */
  metOrganisations(networkId: string): Promise<Set<string>>;
  /** The slot of the network's latest round. */
  lastRoundSlot(networkId: string): Promise<Date | undefined>;
  /** Stores a round and its groups (numbered in the network), in one go. */
  createRound(
    networkId: string,
    round: { slot: Date; spaceId: string; channelId: string | null; groups: readonly string[][] },
  ): Promise<{ round: CafeRound; groups: CafeGroup[] }>;
  roundBySlot(networkId: string, slot: Date): Promise<CafeRound | undefined>;
  getRound(networkId: string, roundId: string): Promise<CafeRound | undefined>;
  groupsOf(networkId: string, roundId: string): Promise<CafeGroup[]>;
  markRoundAsked(networkId: string, roundId: string, at: Date): Promise<void>;
  markIntroduced(networkId: string, groupId: string, memberIds: readonly string[], at: Date): Promise<void>;
  markAsked(networkId: string, groupId: string, memberIds: readonly string[], at: Date): Promise<void>;
  groupByRef(networkId: string, ref: number): Promise<CafeGroup | undefined>;
  answer(networkId: string, groupId: string, memberId: string, met: boolean, at: Date): Promise<void>;
  setExchange(networkId: string, groupId: string, exchangeId: string): Promise<void>;
  /** Groups formed by rounds of the period, and groups whose meeting was confirmed in it. */
  stats(networkId: string, period: { start: Date; end: Date }): Promise<{ groups: number; meetings: number }>;
  /**
   * The rounds whose slot is in the period, oldest first: groups formed, and those of its
   * groups whose meeting two members confirmed (whenever they did). Counts only.
   */
  roundTotals(networkId: string, period: { start: Date; end: Date }): Promise<CafeRoundTotals[]>;
}

export interface CafeRoundTotals {
  slot: Date;
  groups: number;
  meetings: number;
}

/** Runs `work` in one transaction, committed only if it returns ok: a failure changes nothing. */
/**
 * Transactions. A failure of the database throws a StorageError: `DATABASE_UNAVAILABLE`
 * when nothing was committed, CommitUnknownError when the connection failed while
 * committing. With a time limit, a transaction not committed in time is answered as
 * `DATABASE_UNAVAILABLE` and is then made to roll back, whenever it gets to its end.
 */
export interface Store {
  transaction<T, E>(
    work: (repos: Repositories) => Promise<Result<T, E>>,
    options?: StoreCallOptions,
  ): Promise<Result<T, E>>;
  /** A transaction whose work fails only by throwing (reads, scheduled work). */
  run<T>(work: (repos: Repositories) => Promise<T>, options?: StoreCallOptions): Promise<T>;
}

export interface StoreCallOptions {
  /** Overrides the store's time limit for this call (milliseconds). */
  timeoutMs?: number;
}

/** What the core asks of the platforms when it speaks on its own (scheduled work). */
/**
 * What became of a post: `no-access` (the bot may not post there: someone must fix its
 * rights), `no-channel` (no such channel, or none given where the platform has no
 * default), `unavailable` (the platform failed or limited us: worth retrying later).
 */
export type PostOutcome =
  | {
      ok: true;
      /**
       * The platform's reference of the message posted (its own format, such as Slack's
       * `channel:ts`), for the core to store and hand back to `edit` or `replyTo`.
       */
      ref?: string;
    }
  | {
      ok: false;
      reason: 'no-access' | 'no-channel' | 'unavailable';
      /** The wait the platform asked for before another try (a rate limit). */
      retryAfterMs?: number;
    };

export interface PostOptions {
  /**
   * Names this post (a scheduled job's key): where the platform allows it, a retry of the
   * same key does not post twice (Discord's nonce; Slack's message metadata).
   */
  idempotencyKey?: string;
  /**
   * An earlier attempt of this key may have reached the platform (a retry, a run taken
   * over): where the platform cannot refuse a repeat by itself, look for it first.
   */
  retry?: boolean;
  /** A posted message's ref: Slack posts in its thread, Discord replies to it. */
  replyTo?: string;
}

export interface Publisher {
  /** Posts a public message in a channel of a space (the space's default channel when null). */
  post(
    space: Space,
    channelId: string | null,
    message: Message,
    locale: Locale,
    options?: PostOptions,
  ): Promise<PostOutcome>;
  /** A private message to one person of the space, by their platform user id. */
  direct(space: Space, externalUserId: string, message: Message, locale: Locale): Promise<PostOutcome>;
  /**
   * One private conversation with several people (Slack's group DM), where the platform has
   * one; without it, the core writes to each person with `direct`.
   */
  directGroup?(
    space: Space,
    externalUserIds: readonly string[],
    message: Message,
    locale: Locale,
  ): Promise<PostOutcome>;
  /**
   * Edits a message posted earlier, by the ref `post` answered (or an adapter gave
   * `Core.posted`). Absent where messages are printed once and never edited (the shell):
   * the core then does not even read what it would have shown.
   */
  edit?(space: Space, ref: string, message: Message, locale: Locale): Promise<PostOutcome>;
}
