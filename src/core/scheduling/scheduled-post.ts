// What a scheduled run posts, and what becomes of it: the post itself (in the space the
// run names, unless the bot was removed from it), the run's completion, a postponement
// with a growing wait when the platform refused or kept failing, and the facilitators told
// privately when the bot may not post where it should.
import { summariseError } from '../errors.ts';
import { render } from '../i18n/index.ts';
import { type PollAnchor, privateMessage, text } from '../message.ts';
import type { Clock, Logger, PostOutcome, Publisher, Repositories, Store } from '../ports.ts';
import type { RunRef } from './due-work.ts';
import { postKey, runContext } from './run-ref.ts';
import type { Outgoing, ScheduledJob } from './scheduler.ts';
import { schedulerMessages } from './scheduler-messages.ts';

/** How long a claim may stay unfinished before another process finishes it. */
export const CLAIM_GRACE_MS = 5 * 60_000;
/** The longest wait between two attempts of a post the platform refused. */
export const MAX_RETRY_WAIT_MS = 60 * 60_000;

/** The wait before attempt `attempts + 1`: the grace period, doubled at each failure, capped. */
export const retryWait = (attempts: number) =>
  Math.min(CLAIM_GRACE_MS * 2 ** (attempts - 1), MAX_RETRY_WAIT_MS);

/** One claimed run being posted. */
export interface PostingRun {
  job: ScheduledJob;
  ref: RunRef;
  /** Failed attempts before this claim (recorded in the claim). */
  attempts: number;
}

export interface PostingDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
  publisher: Publisher;
  processId: string;
  /** A poll's results were posted: its live message is to show it closed (poll-message-refresher.ts). */
  onPollChanged?: (networkId: string, pollId: string) => void;
}

/** Undefined: nothing to post any more (no space, the bot removed); the run is done. */
export async function postOnce(
  deps: PostingDependencies,
  run: PostingRun,
  outgoing: Outgoing,
  retry: boolean,
): Promise<PostOutcome | undefined> {
  const { job, ref } = run;
  const context = runContext(job.kind, ref);
  const target = await deps.store.run(async (repos) => ({
    network: await repos.networks.get(ref.networkId),
    space: outgoing.spaceId ? await repos.networks.getSpace(outgoing.spaceId) : undefined,
  }));
  if (!target.network || !target.space) {
    deps.logger.warn(context, 'scheduled post has no space any more: not posted');
    return undefined;
  }
  if (target.space.removedAt) {
    // Uninstalled, token revoked or server left: the run is done, with nothing posted.
    deps.logger.info(
      { ...context, platform: target.space.platform },
      'the bot was removed from this space: scheduled post not posted',
    );
    return undefined;
  }
  const replyTo = outgoing.message.poll?.replyTo;
  let outcome: PostOutcome;
  try {
    outcome = await deps.publisher.post(
      target.space,
      outgoing.channelId,
      outgoing.message,
      target.network.locale,
      { idempotencyKey: postKey(job.kind, ref), retry, ...(replyTo ? { replyTo } : {}) },
    );
  } catch (error) {
    // A publisher should answer with an outcome; a throw is taken as a platform failure.
    deps.logger.error({ error: summariseError(error), ...context }, 'scheduled post threw');
    outcome = { ok: false, reason: 'unavailable' };
  }
  await afterPollPost(deps, outgoing.message.poll, outcome, retry);
  return outcome;
}

/**
 * A live message's ref is stored, to edit it later. After results, the live message is
 * to show the poll closed: at the first try, and at a retry only once the results are
 * there. The edit goes through the refresher, so that it never overtakes a vote's edit.
 */
async function afterPollPost(
  deps: PostingDependencies,
  anchor: PollAnchor | undefined,
  outcome: PostOutcome,
  retry: boolean,
): Promise<void> {
  if (!anchor) return;
  const { networkId, pollId } = anchor;
  if (anchor.role === 'live' && outcome.ok && outcome.ref) {
    const ref = outcome.ref;
    // Posted all the same: a lost ref only leaves the message unedited.
    await deps.store
      .run((repos) => repos.polls.setMessageRef(networkId, pollId, ref))
      .catch((error: unknown) =>
        deps.logger.warn({ error: summariseError(error), networkId, pollId }, 'poll message ref not stored'),
      );
  }
  if (anchor.role === 'results' && (!retry || outcome.ok)) deps.onPollChanged?.(networkId, pollId);
}

/** The run is over: posted, or nothing (left) to post. */
export function complete(deps: PostingDependencies, run: PostingRun): Promise<void> {
  return deps.store.run((repos) => repos.scheduledRuns.complete(run.job.kind, run.ref, deps.clock.now()));
}

/**
 * The platform refused the post, or kept failing: the run stays unfinished, its claim
 * looking fresh until the growing wait is over, when any replica retries it.
 */
export async function postpone(
  deps: PostingDependencies,
  run: PostingRun,
  outgoing: Outgoing,
  reason: 'no-access' | 'no-channel' | 'unavailable',
): Promise<void> {
  const { job, ref } = run;
  const failed = run.attempts + 1;
  const wait = retryWait(failed);
  // Never the message's text: only what the run is and why it failed.
  deps.logger.warn(
    { ...runContext(job.kind, ref), reason, attempt: failed, retryInMs: wait },
    'scheduled post refused: will retry',
  );
  const claimedAt = new Date(deps.clock.now().getTime() + wait - CLAIM_GRACE_MS);
  await deps.store.run((repos) => repos.scheduledRuns.postpone(job.kind, ref, failed, claimedAt));
  if (reason !== 'unavailable') await tellFacilitators(deps, run, outgoing);
}

/** Who to tell privately that the bot may not post: the facilitators and whom the job adds. */
async function recipientsOf(repos: Repositories, run: PostingRun, spaceId: string | null) {
  const space = spaceId ? await repos.networks.getSpace(spaceId) : undefined;
  const network = await repos.networks.get(run.ref.networkId);
  if (!space || !network) return [];
  const extra = new Set(run.job.alsoTell?.(network) ?? []);
  const facilitators = (await repos.members.list(run.ref.networkId)).filter(
    (m) => m.isFacilitator || extra.has(m.id),
  );
  const found = [];
  for (const member of facilitators) {
    const externalId = await repos.members.externalIdIn(space, member.id);
    if (externalId) found.push({ space, externalId, locale: member.locale ?? network.locale });
  }
  return found;
}

/**
 * Tells the network's facilitators, privately, that the bot may not post where it should:
 * once per run, whichever replica sees it first (a claim of its own kind).
 */
async function tellFacilitators(deps: PostingDependencies, run: PostingRun, outgoing: Outgoing) {
  const { job, ref } = run;
  const context = runContext(job.kind, ref);
  const now = deps.clock.now();
  const recipients = await deps.store.run(async (repos) => {
    if (!(await repos.scheduledRuns.claim(`${job.kind}:notice`, ref, deps.processId, now))) return [];
    const found = await recipientsOf(repos, run, outgoing.spaceId);
    await repos.scheduledRuns.complete(`${job.kind}:notice`, ref, now);
    return found;
  });
  if (recipients.length === 0) deps.logger.warn(context, 'no facilitator to tell about a refused post');
  for (const { space, externalId, locale } of recipients) {
    const message =
      job.noAccessMessage?.(locale) ?? privateMessage(text(render(locale, schedulerMessages.noAccess)));
    const told = await deps.publisher.direct(space, externalId, message, locale).catch(() => undefined);
    if (!told?.ok) deps.logger.warn(context, 'could not tell a facilitator privately');
  }
}
