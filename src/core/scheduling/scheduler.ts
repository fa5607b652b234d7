// Scheduled work, decided by the core and run exactly once across processes: every
// process ticks; what is due comes from the clock and one query of the database
// (due-work.ts); each run is claimed in the database (a scheduled_runs row: its kind,
// network and slot or subject) in the transaction that does the work, and its completion is
// recorded once its message is posted. While its process works on a run, the
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
import type { DueParts, DueQuery, DueRuns, DueWork, RunRef } from './due-work.ts';
import { heldId, runContext } from './run-ref.ts';
import { runSlots } from './run-slots.ts';
import { CLAIM_GRACE_MS, complete, type PostingRun, postOnce, postpone } from './scheduled-post.ts';

export type { Sleep } from './claim-lease.ts';
export { CLAIM_GRACE_MS, MAX_RETRY_WAIT_MS } from './scheduled-post.ts';

/** One kind of scheduled work: what is due now, and how to do one run. */
export interface ScheduledJob {
  kind: string;
  /** The parts of the tick's one query this job reads. */
  asks(now: Date): DueParts;
  /** What is due now (and which of its kind's unfinished runs to finish), from the query's answer. */
  due(found: DueWork, now: Date): DueRuns;
  /** Does the run's database work; returns what to post, if anything. */
  run(repos: Repositories, network: Network, run: RunRef, now: Date): Promise<Outgoing | undefined>;
  /** Rebuilds what to post for a run whose work committed but whose post was lost. */
  replay(repos: Repositories, network: Network, run: RunRef): Promise<Outgoing | undefined>;
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
}

export interface DeliveryContext {
  network: Network;
  run: RunRef;
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
  /** A poll's results were posted: its live message is to show it closed. */
  onPollChanged?: (networkId: string, pollId: string) => void;
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
  /** The runs this process holds: a later tick leaves them alone. */
  const held = new Set<string>();
  const waiting = new Set<Promise<void>>();
  const leaseOf = (run: PostingRun) =>
    holdClaim({ ...deps, sleep, graceMs: CLAIM_GRACE_MS }, run.job.kind, run.ref);

  /** The job's own private messages (the café's introductions), and what they add to the post. */
  async function withDeliveries(run: PostingRun, planned: Outgoing | undefined) {
    if (!run.job.deliver) return planned;
    const network = await read((repos) => repos.networks.get(run.ref.networkId));
    const extra = network
      ? await run.job.deliver({
          network,
          run: run.ref,
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
    const context = runContext(run.job.kind, run.ref);
    let last = first;
    let waited = 0;
    let quick = 0;
    for (;;) {
      const wait = last.retryAfterMs ?? QUICK_RETRY_MS[quick++];
      if (wait === undefined || waited + wait > MAX_HOLD_MS) return settle(run, outgoing, last, lease);
      const rateLimited = last.retryAfterMs !== undefined;
      deps.logger.info({ ...context, waitMs: wait, rateLimited }, 'scheduled post waits');
      try {
        await sleep(wait, stopping.signal);
      } catch {
        return lease.release(); // shutting down: another replica finishes it at once
      }
      waited += wait;
      if (!(await lease.confirm())) {
        await lease.stop();
        deps.logger.warn(context, 'scheduled run no longer ours: not tried again here');
        return;
      }
      const next = await slot(() => postOnce(deps, run, outgoing, true));
      if (!worthWaiting(next)) return settle(run, outgoing, next, lease);
      last = next;
    }
  }

  /** Posts a claimed run; resolves after its first try, a wait and retries then going on by themselves. */
  async function publish({ run, outgoing: planned, retry }: Claimed): Promise<void> {
    const id = heldId(run.job.kind, run.ref);
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
            { error: summariseError(error), ...runContext(run.job.kind, run.ref) },
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

  async function claimRun(job: ScheduledJob, ref: RunRef, now: Date) {
    const outcome = await deps.store.transaction(async (repos) => {
      if (!(await repos.scheduledRuns.claim(job.kind, ref, deps.processId, now))) return ok(undefined);
      // Held until the commit: deleting the network waits for this run, then takes its claim
      // along. Deleted meanwhile (by another process): the claim is rolled back, nothing runs.
      const network = await repos.networks.hold(ref.networkId);
      if (!network) return err('network gone');
      return ok({ outgoing: await job.run(repos, network, ref, now) });
    });
    if (!outcome.ok || !outcome.value) return undefined;
    return { run: { job, ref, attempts: 0 }, outgoing: outcome.value.outgoing, retry: false };
  }

  async function claimReplay(job: ScheduledJob, ref: RunRef, attempts: number, now: Date) {
    const before = new Date(now.getTime() - CLAIM_GRACE_MS);
    const replayed = await read(async (repos) => {
      if (!(await repos.scheduledRuns.reclaim(job.kind, ref, deps.processId, before, now))) return undefined;
      const network = await repos.networks.get(ref.networkId);
      return { outgoing: network ? await job.replay(repos, network, ref) : undefined };
    });
    if (!replayed) return undefined;
    // Taken over or retried: the earlier try may have reached the platform.
    return { run: { job, ref, attempts }, outgoing: replayed.outgoing, retry: true };
  }

  async function guarded<T>(job: ScheduledJob, ref: RunRef, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      // One boundary per scheduled run: log it and go on with the others.
      deps.logger.error(
        { error: summariseError(error), ...runContext(job.kind, ref) },
        'scheduled run failed',
      );
      return undefined;
    }
  }

  /**
   * Claims the runs one after another and starts posting each once claimed, the posts
   * going side by side. The claims' database work stays in order: two polls closed at once
   * wait on each other's locks of the table of poll keys, and PostgreSQL gives up one of
   * them as a deadlock.
   */
  async function start(job: ScheduledJob, claims: Array<() => Promise<Claimed | undefined>>) {
    const posting: Array<Promise<unknown>> = [];
    for (const claim of claims) {
      const claimed = await claim();
      if (claimed) posting.push(guarded(job, claimed.run.ref, () => publish(claimed)));
    }
    return posting;
  }

  /** The one query of a tick: the parts the jobs ask for, and their kinds' unfinished runs. */
  function queryOf(now: Date): DueQuery {
    const parts: DueParts = Object.assign({}, ...deps.jobs.map((job) => job.asks(now)));
    const before = new Date(now.getTime() - CLAIM_GRACE_MS);
    return { ...parts, now, stale: { kinds: deps.jobs.map((job) => job.kind), before, perKind: BATCH } };
  }

  return {
    async tick() {
      if (stopping.signal.aborted) return { ran: 0, replayed: 0 };
      const now = deps.clock.now();
      const found = await read((repos) => repos.scheduledRuns.findDue(queryOf(now)));
      const plans = deps.jobs.map((job) => ({ job, due: job.due(found, now) }));
      const hints = plans.flatMap((plan) => plan.due.hints ?? []);
      if (hints.length > 0) await read((repos) => repos.scheduledRuns.rememberDue(hints));
      const posting: Array<Promise<unknown>> = [];
      let ran = 0;
      let replayed = 0;
      // Job after job for the database work (polls close before the digest reads them),
      // their posts side by side.
      for (const { job, due } of plans) {
        const free = (ref: RunRef) => !held.has(heldId(job.kind, ref));
        const replays = due.replays
          .filter((r) => free(r.ref))
          .map((r) => () => guarded(job, r.ref, () => claimReplay(job, r.ref, r.attempts, now)));
        const started = await start(job, replays);
        replayed += started.length;
        posting.push(...started);
        const runs = due.runs
          .filter(free)
          .map((ref) => () => guarded(job, ref, () => claimRun(job, ref, now)));
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
