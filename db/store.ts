// The Store port over drizzle: repositories bound to one transaction, rolled back
// whenever the work returns an error value, so a failed command changes nothing; and an
// honest account of a transaction the database failed (see `attempt`).
import { CommitUnknownError, StorageError } from '../src/core/errors.ts';
import type { Repositories, Store, StoreCallOptions } from '../src/core/ports.ts';
import type { Result } from '../src/core/result.ts';
import type { Database } from './client.ts';
import { isConnectionFailure } from './connection-failures.ts';
import { auditRepository } from './repositories/audit.ts';
import { cafeRepository } from './repositories/cafe.ts';
import { deliveryRepository } from './repositories/deliveries.ts';
import { digestRepository } from './repositories/digest.ts';
import { exchangeRepository } from './repositories/exchanges.ts';
import { glossaryRepository } from './repositories/glossary.ts';
import { goalRepository } from './repositories/goals.ts';
import { memberRepository } from './repositories/members.ts';
import { networkRepository } from './repositories/networks.ts';
import { organisationRepository } from './repositories/organisations.ts';
import { pollRepository } from './repositories/polls.ts';
import { privacyRepository } from './repositories/privacy.ts';
import { retentionRepository } from './repositories/retention.ts';
import { scheduledRunRepository } from './repositories/scheduled-runs.ts';

export function repositories(db: Database): Repositories {
  return {
    networks: networkRepository(db),
    members: memberRepository(db),
    organisations: organisationRepository(db),
    exchanges: exchangeRepository(db),
    goals: goalRepository(db),
    glossary: glossaryRepository(db),
    polls: pollRepository(db),
    scheduledRuns: scheduledRunRepository(db),
    deliveries: deliveryRepository(db),
    digest: digestRepository(db),
    cafe: cafeRepository(db),
    audit: auditRepository(db),
    privacy: privacyRepository(db),
    retention: retentionRepository(db),
  };
}

const ROLLBACK = Symbol('rollback');
const ABANDONED = Symbol('abandoned');
const TIMED_OUT = Symbol('timed out');

/**
 * The time a command's transaction may take before its user is told the database did not
 * answer (the look at a lost commit's outcome may take 1.5 s more: under 5 s in all).
 */
export const COMMAND_TIMEOUT_MS = 3_000;

export interface StoreOptions {
  /**
   * A transaction not committed within this many milliseconds is answered as failed, and
   * made to roll back whenever it gets to its end (commands: the user hears within seconds
   * during an outage). None by default (scheduled work may take long).
   */
  timeoutMs?: number;
}

/** Resolves with `running`'s settlement, or TIMED_OUT after `ms` (never without `ms`). */
function withinTime<T>(running: Promise<T>, ms: number | undefined): Promise<T | typeof TIMED_OUT> {
  if (ms === undefined) return running;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([running, late]).finally(() => clearTimeout(timer));
}

const unavailable = (cause: unknown) =>
  new StorageError('DATABASE_UNAVAILABLE', 'the database did not answer; nothing was committed', { cause });

/**
 * Runs `work` in a transaction and says honestly how it ended. Until the work has returned,
 * nothing can be committed: a failed connection or the time limit means nothing changed
 * (and an abandoned transaction is rolled back when its work returns). Once COMMIT is on its
 * way, a failed connection or the time limit leaves the outcome unknown.
 */
async function attempt<T>(
  db: Database,
  work: (repos: Repositories) => Promise<T>,
  keep: (value: T) => boolean,
  timeoutMs: number | undefined,
): Promise<T> {
  const state = { abandoned: false, committing: false };
  let value: T | undefined;
  const running = db
    .transaction(async (tx) => {
      value = await work(repositories(tx as unknown as Database));
      if (state.abandoned) throw ABANDONED;
      if (!keep(value)) throw ROLLBACK;
      state.committing = true;
    })
    .then(
      () => ({ error: undefined }),
      (error: unknown) => ({ error }),
    );
  const settled = await withinTime(running, timeoutMs);
  if (settled === TIMED_OUT) {
    state.abandoned = true;
    if (state.committing)
      throw new CommitUnknownError(value, { cause: new Error('time limit while committing') });
    throw unavailable(new Error(`no commit within ${timeoutMs} ms`));
  }
  const { error } = settled;
  if (error === undefined || error === ROLLBACK) return value as T;
  if (isConnectionFailure(error)) {
    if (state.committing) throw new CommitUnknownError(value, { cause: error });
    throw unavailable(error);
  }
  throw error;
}

export function createStore(db: Database, options: StoreOptions = {}): Store {
  const limit = (call?: StoreCallOptions) => call?.timeoutMs ?? options.timeoutMs;
  return {
    transaction: <T, E>(work: (repos: Repositories) => Promise<Result<T, E>>, call?: StoreCallOptions) =>
      attempt(db, work, (outcome) => outcome.ok, limit(call)),

    run: <T>(work: (repos: Repositories) => Promise<T>, call?: StoreCallOptions) =>
      attempt(db, work, () => true, limit(call)),
  };
}
