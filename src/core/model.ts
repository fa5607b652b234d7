// Domain records as the core sees them, independent of the database driver.
import type { Locale } from './locale.ts';

export type Platform = 'slack' | 'discord' | 'shell';

export interface Network {
  id: string;
  name: string;
  locale: Locale;
  timeZone: string;
  digestCron: string;
  digestEnabled: boolean;
  /** The digest channel (`diagnostic ici`), null until a facilitator chooses one. */
  digestSpaceId: string | null;
  digestChannelId: string | null;
  /** The member who chose the digest channel (told when posting there fails). */
  digestChosenBy: string | null;
  /** Below this many participants, an anonymous poll shows no per-option breakdown. */
  pollMinBreakdown: number;
  /** Web view links signed for an earlier generation are refused (`diagnostic web revoquer`). */
  webLinkGeneration: number;
  /** Café coopération: on, its channel (`cafe ici`), who chose it, its cadence and day. */
  cafeEnabled: boolean;
  cafeSpaceId: string | null;
  cafeChannelId: string | null;
  cafeChosenBy: string | null;
  cafeEveryWeeks: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  cafeWeekday: number;
  /** A round asked for by `cafe lancer`, run by the next scheduler tick. */
  cafeRequestedAt: Date | null;
  /** Exchange notes and closed public polls' voters are kept this many months (`config conservation`). */
  retentionMonths: number;
}

export interface Space {
  id: string;
  networkId: string;
  platform: Platform;
  externalId: string;
  name: string | null;
  /** When the bot was removed from this workspace or server; null while installed. */
  removedAt: Date | null;
}

export interface Member {
  id: string;
  networkId: string;
  displayName: string;
  locale: Locale | null;
  isFacilitator: boolean;
  /**
   * Seen as an admin of their platform (workspace admin, Manage Server, the shell's local
   * user) the last time they acted: a facilitator by right.
   */
  isPlatformAdmin: boolean;
  organisationId: string | null;
  roleTitle: string | null;
  territory: string | null;
  themes: string[];
  helpOffer: string | null;
  /** Café coopération: paired only after opting in. */
  cafeOptIn: boolean;
}

export interface Organisation {
  id: string;
  networkId: string;
  name: string;
  typeCode: string;
}

export const EXCHANGE_KINDS = ['meeting', 'call', 'handover', 'joint-action', 'other'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

export const GOAL_STATUSES = ['proposed', 'active', 'reached', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface Goal {
  id: string;
  ref: number;
  networkId: string;
  title: string;
  description: string | null;
  indicator: string | null;
  status: GoalStatus;
  authorId: string | null;
}

/** One entry of a goal's history: a status change, or a new value of its indicator, title or description. */
export type GoalUpdate = {
  id: string;
  goalId: string;
  authorId: string | null;
  /** Null when the author has left the network. */
  authorName: string | null;
  createdAt: Date;
} & ({ kind: 'status'; status: GoalStatus } | { kind: GoalTextKind; text: string });

/** The texts of a goal whose changes its history keeps. */
export type GoalTextKind = 'indicator' | 'title' | 'description';

export interface NetworkDefaults {
  name: string;
  locale: Locale;
  timeZone: string;
  digestCron: string;
}

export interface PollOption {
  id: string;
  position: number;
  label: string;
  /** Counted at closing; null while the poll is open. */
  votes: number | null;
}

export interface Poll {
  id: string;
  networkId: string;
  ref: number;
  authorId: string | null;
  question: string;
  anonymous: boolean;
  multiple: boolean;
  maxChoices: number | null;
  goalId: string | null;
  spaceId: string | null;
  channelId: string | null;
  messageRef: string | null;
  closesAt: Date;
  status: 'open' | 'closed';
  closedAt: Date | null;
  /** Recorded at closing. */
  participants: number | null;
  /** The anonymity threshold when it opened (null before it was kept). */
  minBreakdown: number | null;
  options: PollOption[];
}
