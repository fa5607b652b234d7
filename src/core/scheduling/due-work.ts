// What a scheduler tick asks the database, and what it gets back, in one query whatever the
// number of networks: runs left unfinished, open polls past their deadline, rounds to follow
// up, networks to delete, and the few networks whose digest, café round or daily purge may
// be due now (each network remembers when that may next be: see DueHint). Which slot is due
// is then decided here, in memory, from the network's schedule and its latest claim.

/**
 * Which run a claim of scheduled work is: its network, and the slot (a digest's or a café
 * round's scheduled time, the start of a day) or the subject (a poll, a café round) it is for.
 */
export interface RunRef {
  networkId: string;
  slot: Date | null;
  subjectId: string | null;
}

/** A claim left unfinished past the grace period: its process died, or its post waits for a retry. */
export interface StaleRun {
  kind: string;
  ref: RunRef;
  /** Failed attempts so far (0 when its process died before saying). */
  attempts: number;
}

/** The parts of the tick's query each job asks for; a part nobody asks for is not read. */
export interface DueParts {
  /** Open polls whose deadline has passed, oldest first. */
  polls?: { limit: number };
  digests?: boolean;
  cafes?: boolean;
  /** Café rounds held before `before` whose follow-up is not sent, in a space the bot is still in. */
  cafeAsks?: { before: Date; limit: number };
  retention?: boolean;
  /** Networks whose every space removed the bot before `before`. */
  abandoned?: { before: Date; limit: number };
}

export interface DueQuery extends DueParts {
  now: Date;
  /** Unfinished claims of these kinds claimed before `before`, at most `perKind` of each. */
  stale: { kinds: readonly string[]; before: Date; perKind: number };
}

/** What a network's schedule needs to say which slot is due, and its latest claim. */
export interface ScheduleCandidate {
  networkId: string;
  timeZone: string;
  /** The remembered earliest instant (null: not known yet). */
  dueAt: Date | null;
  /** The latest slot claimed for this network (a run done or in progress, or a start mark). */
  lastSlot: Date | null;
  /** The settings the schedule was read from, opaque: a hint is kept only if they still hold. */
  basis: string;
}

/** A network whose digest is on, has a channel in a space the bot is still in, and may be due. */
export interface DigestCandidate extends ScheduleCandidate {
  cron: string;
}

/** The same for the café coopération; `requestedAt`: a round asked for by `cafe lancer`. */
export interface CafeCandidate extends ScheduleCandidate {
  cafeWeekday: number;
  cafeEveryWeeks: number;
  requestedAt: Date | null;
  /** The slot of the network's latest round. */
  lastRound: Date | null;
}

export interface DueWork {
  stale: StaleRun[];
  polls: Array<{ networkId: string; pollId: string }>;
  digests: DigestCandidate[];
  cafes: CafeCandidate[];
  cafeAsks: Array<{ networkId: string; roundId: string }>;
  retention: ScheduleCandidate[];
  abandoned: string[];
}

/** Which remembered instant a hint sets. */
export type DueHintKind = 'digest' | 'cafe' | 'retention';

/**
 * Nothing of this kind is due for the network before `at`: remembered (unless its settings
 * changed since they were read, `basis`) so that later ticks skip the network until then.
 */
export interface DueHint {
  kind: DueHintKind;
  networkId: string;
  at: Date;
  basis: string;
}

/** The hint for a candidate whose next due instant is `at`, if it says something new. */
export function hintFor(kind: DueHintKind, candidate: ScheduleCandidate, at: Date): DueHint[] {
  if (candidate.dueAt?.getTime() === at.getTime()) return [];
  return [{ kind, networkId: candidate.networkId, at, basis: candidate.basis }];
}

/** What a job found due in the tick's answer. */
export interface DueRuns {
  /** Its kind's unfinished claims, to take over and finish. */
  replays: StaleRun[];
  runs: RunRef[];
  hints?: DueHint[];
}

/** The unfinished claims of `kind` in the tick's answer. */
export const staleOf = (found: DueWork, kind: string): StaleRun[] =>
  found.stale.filter((run) => run.kind === kind);

/** A day after `now`: when to look again at a schedule that gives no next slot (an unknown zone). */
export const dayAfter = (now: Date): Date => new Date(now.getTime() + 86_400_000);

/** Runs `work`, or undefined when it throws (a time zone this runtime does not know). */
export function orNone<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}
