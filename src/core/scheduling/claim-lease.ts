// A claim kept alive while its process still works on it. Other replicas take over a run
// whose claim is older than the grace period (its holder died); a holder that is only
// waiting (a platform's rate limit, a retry's wait) moves the claim's time forward every
// minute, so that nobody takes over a run whose holder lives.
import { summariseError } from '../errors.ts';
import type { Clock, Logger, Store } from '../ports.ts';
import type { RunRef } from './due-work.ts';
import { runContext } from './run-ref.ts';

/** Waits `ms`, or rejects once `signal` is aborted. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** How often a held claim is renewed: well within the grace period, so a slow renewal still lands in time. */
export const RENEW_EVERY_MS = 60_000;

export interface LeaseDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
  sleep: Sleep;
  processId: string;
  /** How long an unrenewed claim stays this process's: the grace period. */
  graceMs: number;
}

export interface Lease {
  /**
   * Before an attempt: renews the claim now. False when it was taken over (this process
   * was presumed dead), or when it could not be renewed for so long that it may have been.
   */
  confirm(): Promise<boolean>;
  /** Stops renewing; resolves once no renewal is in flight (so a later update is not overwritten). */
  stop(): Promise<void>;
  /** Stops renewing and makes the claim old at once, so that another replica finishes the run. */
  release(): Promise<void>;
}

export function holdClaim(deps: LeaseDependencies, kind: string, run: RunRef): Lease {
  const stopping = new AbortController();
  let lost = false;
  let renewedAt = deps.clock.now().getTime();

  /** True: renewed; false: taken over; undefined: the database did not answer. */
  async function renew(at: Date): Promise<boolean | undefined> {
    try {
      const held = await deps.store.run((repos) => repos.scheduledRuns.renew(kind, run, deps.processId, at));
      if (held) renewedAt = at.getTime();
      else lost = true;
      return held;
    } catch (error) {
      deps.logger.warn(
        { ...runContext(kind, run), error: summariseError(error) },
        'could not renew a scheduled claim',
      );
      return undefined;
    }
  }

  const beating = (async () => {
    while (!stopping.signal.aborted && !lost) {
      try {
        await deps.sleep(RENEW_EVERY_MS, stopping.signal);
      } catch {
        return; // stopped
      }
      if (!stopping.signal.aborted) await renew(deps.clock.now());
    }
  })();

  async function stop() {
    stopping.abort();
    await beating;
  }

  return {
    async confirm() {
      if (lost) return false;
      const now = deps.clock.now();
      const held = await renew(now);
      // Unanswered: still ours only if no other replica could have found it stale yet.
      return held ?? now.getTime() - renewedAt < deps.graceMs - RENEW_EVERY_MS;
    },
    stop,
    async release() {
      await stop();
      if (!lost) await renew(new Date(deps.clock.now().getTime() - deps.graceMs - 1));
    },
  };
}
