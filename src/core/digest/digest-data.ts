// What a digest says for one period, as figures and names only: never an exchange's note.
// The database layer computes these aggregates; render-digest.ts turns them into a message.
import type { Network, Poll } from '../model.ts';
import type { NamedPeriod } from './digest-periods.ts';
import type { NetworkFacts } from './network/network-facts.ts';
import type { WindowIndexes } from './network-windows.ts';
import type { DayRange, DigestPeriod } from './period.ts';

export interface ActivityFigures {
  exchanges: number;
  /** Distinct members involved: authors and members named. */
  members: number;
  /** Distinct organisations involved: those of the members involved and those named. */
  organisations: number;
}

export interface OrganisationRef {
  id: string;
  name: string;
}

/** Two organisations that logged an exchange together for the first time. */
export interface NewLink {
  first: OrganisationRef;
  second: OrganisationRef;
}

export interface Newcomer {
  name: string;
  organisation: string | null;
  themes: string[];
}

export interface GoalStatusChange {
  ref: number;
  title: string;
  /** The status before the first change of the period; null when the goal's history has none. */
  from: string | null;
  to: string;
}

export interface GoalExchanges {
  ref: number;
  title: string;
  exchanges: number;
}

export interface OpenPoll {
  ref: number;
  question: string;
  closesAt: Date;
}

export interface BlindSpots {
  /** Organisations with no exchange in the four weeks before the period end. */
  quietOrganisations: OrganisationRef[];
  /** Theme codes in members' profiles and in no exchange of those four weeks. */
  unexploredThemes: string[];
  /** Keys of TERRITORY_ACTOR_KINDS with no organisation of a matching type. */
  missingActorKinds: string[];
}

/** A digest posted on its schedule, as `diagnostic historique` lists it. */
export interface PastDigest {
  ref: number;
  slot: Date;
  named: NamedPeriod;
}

/** A shared goal with nothing for weeks: the digest suggests its author take stock. */
export interface IdleGoal {
  ref: number;
  title: string;
  /** The author's name; null when they left or were forgotten. */
  author: string | null;
  /** The day of its last sign of life (created, updated, an exchange or a poll attached). */
  lastActivity: Date;
}

export interface AcronymOfWeek {
  term: string;
  definition: string;
}

export interface DigestData {
  network: Network;
  period: DigestPeriod;
  /** What the period is (a week, a month…), whether it is still running, and the one before. */
  named: NamedPeriod;
  days: DayRange;
  /** The organisations and their exchanges, per window (see network-windows.ts). */
  facts: NetworkFacts;
  windows: WindowIndexes;
  idleGoals: IdleGoal[];
  activity: { current: ActivityFigures; previous: ActivityFigures };
  newLinks: NewLink[];
  blindSpots: BlindSpots;
  newcomers: Newcomer[];
  closedPolls: Poll[];
  openPolls: OpenPoll[];
  goalChanges: GoalStatusChange[];
  goalExchanges: GoalExchanges[];
  acronym: AcronymOfWeek | undefined;
  /** Café coopération: groups formed by rounds of the period, meetings confirmed in it. */
  cafe: { groups: number; meetings: number };
}
