// Scheduled work, decided by the core and run exactly once across processes: every
// process ticks; what is due comes from the clock and the database; each item is claimed
// in the database (a scheduled_runs row) in the transaction that does the work, and its
// completion is recorded once its message is posted. While its process works on a run, the
// claim is renewed every minute (claim-lease.ts); a claim left unfinished by a dead process
// is taken over after the grace period.
//
// Posts go side by side, a few at a time (run-slots.ts), so that one platform's slowness
// delays no other run. A post the platform asks to wait for (a rate limit) or that failed
// waits on its own, holding its claim, and is tried again here (the SDKs' own retries are
// off for these posts: the publisher first checks whether the platform has the post
// already); past a few tries, the run is postponed with a growing wait, never dropped.
import { setTimeout as delay } from 'node:timers/promises';
import { summariseError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import type { Block, Message } from '../message.ts';
import type { Network } from '../model.ts';
import type { Clock, Logger, PostOutcome, Publisher, Repositories, Store } from '../ports.ts';
import { err, ok } from '../result.ts';
import { holdClaim, type Lease, type Sleep } from './claim-lease.ts';
import { runSlots } from './run-slots.ts';
import { CLAIM_GRACE_MS, complete, type PostingRun, postOnce, postpone } from './scheduled-post.ts';

export type { Sleep } from './claim-lease.ts';
export { CLAIM_GRACE_MS, MAX_RETRY_WAIT_MS } from './scheduled-post.ts';

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
  /** Waits between tries and between renewals of a claim (tests give one driven by their clock). */
  sleep?: Sleep;
  /** How many posts are in progress at once (a post waiting holds no place). */
  parallel?: number;
}

/** Waits before trying again here a post that failed with no wait asked (Slack or Discord failing, an answer lost). */
export const QUICK_RETRY_MS: readonly number[] = [5_000, 30_000];
/** How long a process keeps a run waiting on a platform before postponing it for any replica. */
export const MAX_HOLD_MS = 15 * 60_000;
const PARALLEL = 4;
const BATCH = 50;

export interface Scheduler {
  /**
   * Runs everything due now and resolves once each run is done or waits on its platform
   * (it then goes on by itself); safe to call from every process, as often as wanted.
   */
  tick(): Promise<{ ran: number; replayed: number }>;
  /** Resolves once no run of this process waits any more. */
  idle(): Promise<void>;
  /** Ends the waits, handing their runs at once to the other replicas (at shutdown). */
  stop(): Promise<void>;
}

/** A timer that does not keep the process alive by itself. */
const realSleep: Sleep = (ms, signal) => delay(ms, undefined, { signal, ref: false });

type Failure = Extract<PostOutcome, { ok: false }>;
const worthWaiting = (outcome: PostOutcome | undefined): outcome is Failure =>
  outcome !== undefined && !outcome.ok && outcome.reason === 'unavailable';

interface Claimed {
  run: PostingRun;
  outgoing: Outgoing | undefined;
  /** An earlier holder may have posted it (a run taken over, a retry). */
  retry: boolean;
}

export function createScheduler(deps: SchedulerDependencies): Scheduler {
  const read = <T>(work: (repos: Repositories) => Promise<T>) => deps.store.run(work);
  const sleep = deps.sleep ?? realSleep;
  const slot = runSlots(deps.parallel ?? PARALLEL);
  const stopping = new AbortController();
  /** `kind:key` of the runs this process holds: a later tick leaves them alone. */
  const held = new Set<string>();
  const waiting = new Set<Promise<void>>();
  const idOf = (kind: string, key: string) => `${kind}:${key}`;
  const leaseOf = (run: PostingRun) =>
    holdClaim({ ...deps, sleep, graceMs: CLAIM_GRACE_MS }, run.job.kind, run.key);

  /** The job's own private messages (the café's introductions), and what they add to the post. */
  async function withDeliveries(run: PostingRun, planned: Outgoing | undefined) {
    if (!run.job.deliver) return planned;
    const network = await read((repos) => repos.networks.get(run.networkId));
    const extra = network
      ? await run.job.deliver({
          network,
          key: run.key,
          now: deps.clock.now(),
          store: deps.store,
          publisher: deps.publisher,
          logger: deps.logger,
        })
      : [];
    if (!planned || extra.length === 0) return planned;
    return { ...planned, message: { ...planned.message, blocks: [...planned.message.blocks, ...extra] } };
  }

  async function settle(run: PostingRun, outgoing: Outgoing, outcome: PostOutcome | undefined, lease: Lease) {
    await lease.stop();
    if (!outcome || outcome.ok) await complete(deps, run);
    else await postpone(deps, run, outgoing, outcome.reason);
  }

  /** Waits as the platform asked (or a little), renewing the claim, and tries again while it is still ours. */
  async function retryHere(run: PostingRun, outgoing: Outgoing, first: Failure, lease: Lease) {
    const { job, key, networkId } = run;
    let last = first;
    let waited = 0;
    let quick = 0;
    for (;;) {
      const wait = last.retryAfterMs ?? QUICK_RETRY_MS[quick++];
      if (wait === undefined || waited + wait > MAX_HOLD_MS) return settle(run, outgoing, last, lease);
      const rateLimited = last.retryAfterMs !== undefined;
      deps.logger.info({ job: job.kind, key, networkId, waitMs: wait, rateLimited }, 'scheduled post waits');
      try {
        await sleep(wait, stopping.signal);
      } catch {
        return lease.release(); // shutting down: another replica finishes it at once
      }
      waited += wait;
      if (!(await lease.confirm())) {
        await lease.stop();
        deps.logger.warn(
          { job: job.kind, key, networkId },
          'scheduled run no longer ours: not tried again here',
        );
        return;
      }
      const next = await slot(() => postOnce(deps, run, outgoing, true));
      if (!worthWaiting(next)) return settle(run, outgoing, next, lease);
      last = next;
    }
  }

  /** Posts a claimed run; resolves after its first try, a wait and retries then going on by themselves. */
  async function publish({ run, outgoing: planned, retry }: Claimed): Promise<void> {
    const id = idOf(run.job.kind, run.key);
    held.add(id);
    const lease = leaseOf(run);
    let waits = false;
    try {
      const outgoing = await withDeliveries(run, planned);
      if (!outgoing) return await complete(deps, run);
      const outcome = await slot(() => postOnce(deps, run, outgoing, retry));
      if (!worthWaiting(outcome)) return await settle(run, outgoing, outcome, lease);
      waits = true;
      const later: Promise<void> = retryHere(run, outgoing, outcome, lease)
        .catch((error) => {
          deps.logger.error(
            { error: summariseError(error), job: run.job.kind, key: run.key },
            'scheduled run failed',
          );
        })
        .finally(() => {
          held.delete(id);
          waiting.delete(later);
        });
      waiting.add(later);
    } finally {
      if (!waits) {
        held.delete(id);
        await lease.stop();
      }
    }
  }

  async function claimRun(job: ScheduledJob, networkId: string, key: string, now: Date) {
    const outcome = await deps.store.transaction(async (repos) => {
      if (!(await repos.scheduledRuns.claim(job.kind, key, deps.processId, now))) return ok(undefined);
      // Held until the commit: deleting the network waits for this run, then takes its claim
      // along. Deleted meanwhile (by another process): the claim is rolled back, nothing runs.
      const network = await repos.networks.hold(networkId);
      if (!network) return err('network gone');
      return ok({ outgoing: await job.run(repos, network, key, now) });
    });
    if (!outcome.ok || !outcome.value) return undefined;
    return { run: { job, networkId, key, attempts: 0 }, outgoing: outcome.value.outgoing, retry: false };
  }

  async function claimReplay(job: ScheduledJob, key: string, attempts: number, now: Date) {
    const before = new Date(now.getTime() - CLAIM_GRACE_MS);
    const replayed = await read(async (repos) => {
      if (!(await repos.scheduledRuns.reclaim(job.kind, key, deps.processId, before, now))) return undefined;
      const found = await findNetworkOf(repos, key);
      return found
        ? { networkId: found.id, outgoing: await job.replay(repos, found, key) }
        : { networkId: '', outgoing: undefined };
    });
    if (!replayed) return undefined;
    // Taken over or retried: the earlier try may have reached the platform.
    const run = { job, networkId: replayed.networkId, key, attempts };
    return { run, outgoing: replayed.outgoing, retry: true };
  }

  async function guarded<T>(job: ScheduledJob, key: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      // One boundary per scheduled run: log it and go on with the others.
      deps.logger.error({ error: summariseError(error), job: job.kind, key }, 'scheduled run failed');
      return undefined;
    }
  }

  /**
   * Claims the items one after another and starts posting each once claimed, the posts
   * going side by side. The claims' database work stays in order: two polls closed at once
   * wait on each other's locks of the table of poll keys, and PostgreSQL gives up one of
   * them as a deadlock.
   */
  async function start(job: ScheduledJob, claims: Array<() => Promise<Claimed | undefined>>) {
    const posting: Array<Promise<unknown>> = [];
    for (const claim of claims) {
      const claimed = await claim();
      if (claimed) posting.push(guarded(job, claimed.run.key, () => publish(claimed)));
    }
    return posting;
  }

  return {
    async tick() {
      if (stopping.signal.aborted) return { ran: 0, replayed: 0 };
      const now = deps.clock.now();
      const posting: Array<Promise<unknown>> = [];
      let ran = 0;
      let replayed = 0;
      // Job after job for the database work (polls close before the digest reads them),
      // their posts side by side.
      for (const job of deps.jobs) {
        const free = (key: string) => !held.has(idOf(job.kind, key));
        const before = new Date(now.getTime() - CLAIM_GRACE_MS);
        const stale = await read((repos) => repos.scheduledRuns.unfinished(job.kind, before, BATCH));
        const replays = stale
          .filter((r) => (job.takesOver?.(r.key) ?? true) && free(r.key))
          .map((r) => () => guarded(job, r.key, () => claimReplay(job, r.key, r.attempts, now)));
        const started = await start(job, replays);
        replayed += started.length;
        posting.push(...started);
        const due = (await read((repos) => job.due(repos, now))).filter((item) => free(item.key));
        const runs = due.map(
          (item) => () => guarded(job, item.key, () => claimRun(job, item.networkId, item.key, now)),
        );
        const fresh = await start(job, runs);
        ran += fresh.length;
        posting.push(...fresh);
      }
      await Promise.all(posting);
      return { ran, replayed };
    },

    async idle() {
      while (waiting.size > 0) await Promise.all([...waiting]);
    },

    async stop() {
      stopping.abort();
      await this.idle();
    },
  };
}

/** Scheduled keys name their network first (`networkId:rest`), so a replay can find it. */
async function findNetworkOf(repos: Repositories, key: string): Promise<Network | undefined> {
  const networkId = key.split(':')[0] ?? '';
  return /^[0-9a-f-]{36}$/.test(networkId) ? repos.networks.get(networkId) : undefined;
}
