// Scheduled work, decided by the core and run exactly once across processes: every
// process ticks; what is due comes from the clock and the database; each item is claimed
// in the database (a scheduled_runs row) in the transaction that does the work, and its
// completion is recorded once its message is posted. A claim left unfinished by a dead
// process is taken over after a grace period; a post the platform refused stays unfinished
// and is retried with a growing wait, never dropped.
import { summariseError } from '../errors.ts';
import { render } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { type Block, type Message, privateMessage, text } from '../message.ts';
import type { Network } from '../model.ts';
import type { Clock, Logger, PostOutcome, Publisher, Repositories, Store } from '../ports.ts';
import { err, ok } from '../result.ts';
import { schedulerMessages } from './scheduler-messages.ts';

/** One kind of scheduled work: what is due now, and how to do one item. */
export interface ScheduledJob {
  kind: string;
  due(repos: Repositories, now: Date): Promise<Array<{ networkId: string; key: string }>>;
  /** Does the item's database work; returns what to post, if anything. */
  run(repos: Repositories, network: Network, key: string, now: Date): Promise<Outgoing | undefined>;
  /** Rebuilds what to post for an item whose work committed but whose post was lost. */
  replay(repos: Repositories, network: Network, key: string): Promise<Outgoing | undefined>;
  /** What facilitators are told privately when the bot may not post there; a generic text if absent. */
  noAccessMessage?(locale: Locale): Message;
  /**
   * Private messages the item sends itself (the café's introductions), before its channel
   * post: it records what it sent, so that a replay sends only what is left. Returns
   * blocks to add to the channel post (e.g. who could not be written to).
   */
  deliver?(context: DeliveryContext): Promise<Block[]>;
  /** Members to tell, besides the named facilitators, when the bot may not post (e.g. who chose the channel). */
  alsoTell?(network: Network): readonly string[];
  /** Limits which unfinished claims this job takes over (tests sharing one database); all if absent. */
  takesOver?(key: string): boolean;
}

export interface DeliveryContext {
  network: Network;
  key: string;
  now: Date;
  store: Store;
  publisher: Publisher;
  logger: Logger;
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
/** The longest wait between two attempts of a post the platform refused. */
export const MAX_RETRY_WAIT_MS = 60 * 60_000;
const BATCH = 50;

export interface Scheduler {
  /** Runs everything due now; safe to call from every process, as often as wanted. */
  tick(): Promise<{ ran: number; replayed: number }>;
}

export function createScheduler(deps: SchedulerDependencies): Scheduler {
  const read = <T>(work: (repos: Repositories) => Promise<T>) => deps.store.run(work);

  /** The wait before attempt `attempts + 1`: the grace period, doubled at each failure, capped. */
  const retryWait = (attempts: number) => Math.min(CLAIM_GRACE_MS * 2 ** (attempts - 1), MAX_RETRY_WAIT_MS);

  async function publish(
    job: ScheduledJob,
    networkId: string,
    key: string,
    planned: Outgoing | undefined,
    attempts: number,
  ) {
    let outgoing = planned;
    if (job.deliver) {
      const network = await read((repos) => repos.networks.get(networkId));
      const extra = network
        ? await job.deliver({
            network,
            key,
            now: deps.clock.now(),
            store: deps.store,
            publisher: deps.publisher,
            logger: deps.logger,
          })
        : [];
      if (outgoing && extra.length > 0)
        outgoing = {
          ...outgoing,
          message: { ...outgoing.message, blocks: [...outgoing.message.blocks, ...extra] },
        };
    }
    const outcome = outgoing ? await post(job, networkId, key, outgoing) : undefined;
    if (outgoing && outcome && !outcome.ok) {
      const failed = attempts + 1;
      const wait = retryWait(failed);
      // Never the message's text: only what the run is and why it failed.
      deps.logger.warn(
        { job: job.kind, key, networkId, reason: outcome.reason, attempt: failed, retryInMs: wait },
        'scheduled post refused: will retry',
      );
      // The run stays unfinished; its claim looks fresh until the wait is over.
      const claimedAt = new Date(deps.clock.now().getTime() + wait - CLAIM_GRACE_MS);
      await read((repos) => repos.scheduledRuns.postpone(job.kind, key, failed, claimedAt));
      if (outcome.reason !== 'unavailable') await tellFacilitators(job, networkId, key, outgoing);
      return;
    }
    await read((repos) => repos.scheduledRuns.complete(job.kind, key, deps.clock.now()));
  }

  async function post(
    job: ScheduledJob,
    networkId: string,
    key: string,
    outgoing: Outgoing,
  ): Promise<PostOutcome | undefined> {
    const target = await read(async (repos) => ({
      network: await repos.networks.get(networkId),
      space: outgoing.spaceId ? await repos.networks.getSpace(outgoing.spaceId) : undefined,
    }));
    if (!target.network || !target.space) {
      deps.logger.warn({ job: job.kind, key, networkId }, 'scheduled post has no space any more: not posted');
      return undefined;
    }
    if (target.space.removedAt) {
      // Uninstalled, token revoked or server left: the run is done, with nothing posted.
      deps.logger.info(
        { job: job.kind, key, networkId, platform: target.space.platform },
        'the bot was removed from this space: scheduled post not posted',
      );
      return undefined;
    }
    try {
      return await deps.publisher.post(
        target.space,
        outgoing.channelId,
        outgoing.message,
        target.network.locale,
        {
          idempotencyKey: `${job.kind}:${key}`,
        },
      );
    } catch (error) {
      // A publisher should answer with an outcome; a throw is taken as a platform failure.
      deps.logger.error({ error: summariseError(error), job: job.kind, key }, 'scheduled post threw');
      return { ok: false, reason: 'unavailable' };
    }
  }

  /**
   * Tells the network's facilitators, privately, that the bot may not post where it should:
   * once per run, whichever replica sees it first (a claim of its own kind).
   */
  async function tellFacilitators(job: ScheduledJob, networkId: string, key: string, outgoing: Outgoing) {
    const now = deps.clock.now();
    const recipients = await read(async (repos) => {
      if (!(await repos.scheduledRuns.claim(`${job.kind}:notice`, key, deps.processId, now))) return [];
      const space = outgoing.spaceId ? await repos.networks.getSpace(outgoing.spaceId) : undefined;
      const network = await repos.networks.get(networkId);
      if (!space || !network) return [];
      const extra = new Set(job.alsoTell?.(network) ?? []);
      const facilitators = (await repos.members.list(networkId)).filter(
        (m) => m.isFacilitator || extra.has(m.id),
      );
      const found = [];
      for (const member of facilitators) {
        const externalId = await repos.members.externalIdIn(space, member.id);
        if (externalId) found.push({ space, externalId, locale: member.locale ?? network.locale });
      }
      await repos.scheduledRuns.complete(`${job.kind}:notice`, key, now);
      return found;
    });
    if (recipients.length === 0)
      deps.logger.warn({ job: job.kind, key, networkId }, 'no facilitator to tell about a refused post');
    for (const { space, externalId, locale } of recipients) {
      const message =
        job.noAccessMessage?.(locale) ?? privateMessage(text(render(locale, schedulerMessages.noAccess)));
      const told = await deps.publisher.direct(space, externalId, message, locale).catch(() => undefined);
      if (!told?.ok)
        deps.logger.warn({ job: job.kind, key, networkId }, 'could not tell a facilitator privately');
    }
  }

  async function runOne(job: ScheduledJob, networkId: string, key: string, now: Date): Promise<boolean> {
    const outcome = await deps.store.transaction(async (repos) => {
      if (!(await repos.scheduledRuns.claim(job.kind, key, deps.processId, now))) return ok(undefined);
      // Held until the commit: deleting the network waits for this run, then takes its claim
      // along. Deleted meanwhile (by another process): the claim is rolled back, nothing runs.
      const network = await repos.networks.hold(networkId);
      if (!network) return err('network gone');
      return ok({ outgoing: await job.run(repos, network, key, now) });
    });
    if (!outcome.ok || !outcome.value) return false;
    await publish(job, networkId, key, outcome.value.outgoing, 0);
    return true;
  }

  async function replayOne(job: ScheduledJob, key: string, attempts: number, now: Date): Promise<boolean> {
    const before = new Date(now.getTime() - CLAIM_GRACE_MS);
    const replayed = await read(async (repos) => {
      if (!(await repos.scheduledRuns.reclaim(job.kind, key, deps.processId, before, now))) return undefined;
      const found = await findNetworkOf(repos, key);
      return found
        ? { networkId: found.id, outgoing: await job.replay(repos, found, key) }
        : { networkId: '', outgoing: undefined };
    });
    if (!replayed) return false;
    await publish(job, replayed.networkId, key, replayed.outgoing, attempts);
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
        for (const run of stale.filter((r) => job.takesOver?.(r.key) ?? true))
          if (await guarded(job, run.key, () => replayOne(job, run.key, run.attempts, now))) replayed++;
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
