// What the database hands over about one member (`mes-donnees`), and what an erasure
// (`oubli`) touches. The repository gathers facts; export-file.ts gives them their
// published shape. Everything here belongs to one network.
import type { Locale } from '../locale.ts';
import type { ExchangeKind, GoalTextKind, Platform } from '../model.ts';

/** Someone as the export names them: their display name now, and their organisation's. */
export interface PersonRef {
  name: string;
  organisation: string | null;
}

export interface MemberProfileData {
  id: string;
  displayName: string;
  organisation: { name: string; type: string } | null;
  role: string | null;
  territory: string | null;
  themes: string[];
  helpOffer: string | null;
  language: Locale | null;
  facilitator: boolean;
  /** Seen as an admin of their platform when they last acted (a facilitator by right). */
  platformAdmin: boolean;
  cafeOptIn: boolean;
  /** The day they first used Maillage (only the day is kept). */
  arrivedOn: Date;
}

export interface ExchangeData {
  ref: number;
  occurredOn: string;
  kind: ExchangeKind;
  themes: string[];
  /** `author`: they logged it; `named`: someone else named them in it. */
  role: 'author' | 'named';
  author: PersonRef;
  members: PersonRef[];
  organisations: string[];
  goal: { ref: number; title: string } | null;
  /** The note, for exchanges they wrote only: a note is its author's own summary. */
  note: string | null;
}

export interface GoalData {
  ref: number;
  title: string;
  description: string | null;
  indicator: string | null;
  status: string;
  proposedAt: Date;
}

export interface GoalUpdateData {
  goalRef: number;
  goalTitle: string;
  kind: 'status' | GoalTextKind;
  status: string | null;
  text: string | null;
  at: Date;
}

export interface GlossaryEntryData {
  term: string;
  /** Null: they hid a shipped entry from the network. */
  definition: string | null;
  updatedAt: Date;
}

export interface PollData {
  ref: number;
  question: string;
  options: string[];
  anonymous: boolean;
  multiple: boolean;
  status: 'open' | 'closed';
  createdAt: Date;
  closesAt: Date;
  closedAt: Date | null;
}

export interface PublicVoteData {
  pollRef: number;
  question: string;
  status: 'open' | 'closed';
  choices: string[];
}

export interface CafePairingData {
  /** The round's slot. */
  roundAt: Date;
  groupRef: number;
  with: PersonRef[];
  /** Their answer to "did you meet?": null when not answered. */
  met: boolean | null;
  answeredAt: Date | null;
}

export interface AuditData {
  at: Date;
  action: string;
  /** `actor`: they did it; `subject`: it was about them (both when they did it about themselves). */
  roles: Array<'actor' | 'subject'>;
  actor: string | null;
  subject: string | null;
  details: Readonly<Record<string, string | number | boolean | null>>;
}

export interface MemberData {
  profile: MemberProfileData;
  identities: Array<{ platform: Platform; space: string | null; userId: string }>;
  exchanges: ExchangeData[];
  goals: GoalData[];
  goalUpdates: GoalUpdateData[];
  glossaryEntries: GlossaryEntryData[];
  polls: PollData[];
  publicVotes: PublicVoteData[];
  cafe: CafePairingData[];
  audit: AuditData[];
}

/** What an erasure touches, counted: shown before (`oubli`) and after (`oubli confirmer`). */
export interface ErasureCounts {
  identities: number;
  exchangesWritten: number;
  exchangesNamed: number;
  goals: number;
  goalUpdates: number;
  glossaryEntries: number;
  polls: number;
  /** Public polls they voted in. */
  publicVotes: number;
  cafeGroups: number;
  auditEntries: number;
}

export interface ErasureDone extends ErasureCounts {
  /** Free texts of the network (notes, goals, glossary, polls…) their name or id was taken out of. */
  textsScrubbed: number;
}
