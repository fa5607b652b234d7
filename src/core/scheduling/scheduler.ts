// Scheduled work, decided by the core and run exactly once across processes: every
// process ticks; what is due comes from the clock and the database; each item is claimed
// in the database (a scheduled_runs row) in the transaction that does the work, and its
// completion is recorded once its message is posted. A claim left unfinished by a dead
// process is taken over after a grace period.
import { summariseError } from '../errors.ts';
import type { Message } from '../message.ts';
import type { Network } from '../model.ts';
import type { Clock, Logger, Publisher, Repositories, Store } from '../ports.ts';

/** One kind of scheduled work: what is due now, and how to do one item. */
export interface ScheduledJob {
  kind: string;
  due(repos: Repositories, now: Date): Promise<Array<{ networkId: string; key: string }>>;
  /** Does the item's database work; returns what to post, if anything. */
  run(repos: Repositories, network: Network, key: string, now: Date): Promise<Outgoing | undefined>;
  /** Rebuilds what to post for an item whose work committed but whose post was lost. */
  replay(repos: Repositories, network: Network, key: string): Promise<Outgoing | undefined>;
}

export interface Outgoing {
  spaceId: string | null;
  channelId: string | null;
  message: Message;
}

export interface SchedulerDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
  publisher: Publisher;
  /** Names this process in its claims (host and pid), for operators reading the table. */
  processId: string;
  jobs: readonly ScheduledJob[];
}

/** How long a claim may stay unfinished before another process finishes it. */
export const CLAIM_GRACE_MS = 5 * 60_000;
const BATCH = 50;

export interface Scheduler {
  /** Runs everything due now; safe to call from every process, as often as wanted. */
  tick(): Promise<{ ran: number; replayed: number }>;
}

export function createScheduler(deps: SchedulerDependencies): Scheduler {
  const read = <T>(work: (repos: Repositories) => Promise<T>) => deps.store.run(work);

  async function publish(job: ScheduledJob, networkId: string, key: string, outgoing: Outgoing | undefined) {
    if (outgoing) {
      const target = await read(async (repos) => ({
        network: await repos.networks.get(networkId),
        space: outgoing.spaceId ? await repos.networks.getSpace(outgoing.spaceId) : undefined,
      }));
      if (target.network && target.space) {
        await deps.publisher.post(target.space, outgoing.channelId, outgoing.message, target.network.locale);
      }
    }
    await read((repos) => repos.scheduledRuns.complete(job.kind, key, deps.clock.now()));
  }

  async function runOne(job: ScheduledJob, networkId: string, key: string, now: Date): Promise<boolean> {
    const outgoing = await read(async (repos) => {
      if (!(await repos.scheduledRuns.claim(job.kind, key, deps.processId, now)))
        return { claimed: false as const };
      const network = await repos.networks.get(networkId);
      return {
        claimed: true as const,
        outgoing: network ? await job.run(repos, network, key, now) : undefined,
      };
    });
    if (!outgoing.claimed) return false;
    await publish(job, networkId, key, outgoing.outgoing);
    return true;
  }

  async function replayOne(job: ScheduledJob, key: string, now: Date): Promise<boolean> {
    const before = new Date(now.getTime() - CLAIM_GRACE_MS);
    const replayed = await read(async (repos) => {
      if (!(await repos.scheduledRuns.reclaim(job.kind, key, deps.processId, before, now))) return undefined;
      const found = await findNetworkOf(repos, key);
      return found
        ? { networkId: found.id, outgoing: await job.replay(repos, found, key) }
        : { networkId: '', outgoing: undefined };
    });
    if (!replayed) return false;
    await publish(job, replayed.networkId, key, replayed.outgoing);
    return true;
  }

  async function guarded(job: ScheduledJob, key: string, work: () => Promise<boolean>): Promise<boolean> {
    try {
      return await work();
    } catch (error) {
      // One boundary per scheduled run: log it and go on with the others.
      deps.logger.error({ error: summariseError(error), job: job.kind, key }, 'scheduled run failed');
      return false;
    }
  }

  return {
    async tick() {
      const now = deps.clock.now();
      let ran = 0;
      let replayed = 0;
      for (const job of deps.jobs) {
        const before = new Date(now.getTime() - CLAIM_GRACE_MS);
        const stale = await read((repos) => repos.scheduledRuns.unfinished(job.kind, before, BATCH));
        for (const run of stale)
          if (await guarded(job, run.key, () => replayOne(job, run.key, now))) replayed++;
        const due = await read((repos) => job.due(repos, now));
        for (const item of due)
          if (await guarded(job, item.key, () => runOne(job, item.networkId, item.key, now))) ran++;
      }
      return { ran, replayed };
    },
  };
}

/** Scheduled keys name their network first (`networkId:rest`), so a replay can find it. */
async function findNetworkOf(repos: Repositories, key: string): Promise<Network | undefined> {
  const networkId = key.split(':')[0] ?? '';
  return /^[0-9a-f-]{36}$/.test(networkId) ? repos.networks.get(networkId) : undefined;
}
