// What a digest says for one period, as figures and names only: never an exchange's note.
// The database layer computes these aggregates; render-digest.ts turns them into a message.
import type { Network, Poll } from '../model.ts';
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

export interface AcronymOfWeek {
  term: string;
  definition: string;
}

export interface DigestData {
  network: Network;
  period: DigestPeriod;
  days: DayRange;
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
