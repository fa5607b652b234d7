// The diagnostic permanent posted on its schedule: the tick's one query gives the networks
// whose digest is on, has a channel and may be due (see due-work.ts), each with its latest
// claimed slot; the latest slot of its cron since then is due. Every replica computes the
// same slot, and the scheduled_runs claim lets one of them post it.

import { digestMessage } from '../digest/digest-message.ts';
import { scheduledPeriod } from '../digest/digest-periods.ts';
import { pastNote } from '../digest/past-digests.ts';
import { latestDueSlot, nextRuns } from '../digest/schedule.ts';
import { scheduleMessages } from '../digest/schedule-messages.ts';
import { render } from '../i18n/index.ts';
import { context, privateMessage, text } from '../message.ts';
import type { Network } from '../model.ts';
import type { Repositories } from '../ports.ts';
import { type DigestCandidate, type DueRuns, dayAfter, hintFor, orNone, staleOf } from './due-work.ts';
import { DIGEST_KIND } from './kinds.ts';
import type { ScheduledJob } from './scheduler.ts';
import { markSlotStart, slotRun } from './slot-marks.ts';

export { DIGEST_KIND } from './kinds.ts';

/**
 * A network that never had a digest (or whose only marks are older) gets a slot only if it
 * fell within this window: the first tick after `diagnostic ici` must not post a slot from
 * long ago. `diagnostic ici|horaire|on` also leave a mark (see markDigestStart), so this
 * window only matters for channels set some other way.
 */
export const FIRST_SLOT_WINDOW_MS = 24 * 3_600_000;

/**
 * Records, as a completed digest run, that the digest starts counting from `at`: after a
 * channel, a schedule or "on" is set, only slots later than now are posted (not a slot that
 * passed while the digest had no channel, another schedule, or was off).
 */
export const markDigestStart = (repos: Repositories, networkId: string, at: Date): Promise<void> =>
  markSlotStart(repos, DIGEST_KIND, networkId, at, 'diagnostic-command');

/** The slot due now, if any, else the hint of when one may be (an unknown zone: tomorrow). */
function dueFor(candidate: DigestCandidate, now: Date): DueRuns {
  const { networkId, cron, timeZone, lastSlot } = candidate;
  // Only the latest slot since the last digest: a replica down across several slots posts once.
  const after = lastSlot ?? new Date(now.getTime() - FIRST_SLOT_WINDOW_MS);
  const slot = orNone(() => latestDueSlot(cron, timeZone, after, now));
  if (slot) return { replays: [], runs: [slotRun(networkId, slot)] };
  const next = orNone(() => nextRuns(cron, timeZone, now)[0]) ?? dayAfter(now);
  return { replays: [], runs: [], hints: hintFor('digest', candidate, next) };
}

async function build(repos: Repositories, network: Network, slot: Date | null) {
  if (!slot || !network.digestEnabled || !network.digestSpaceId) return undefined;
  // A scheduled digest covers the days since the slot before it: a weekly schedule the week,
  // a monthly one the month. It is numbered (once per slot) so it can be shown again.
  const named = scheduledPeriod(network.digestCron, network.timeZone, slot);
  const ref = await repos.digest.record(network.id, slot, named);
  const digest = await digestMessage(repos, network, named, network.locale, { picture: true });
  const message =
    ref === undefined
      ? digest
      : { ...digest, blocks: [...digest.blocks, context(pastNote(ref, network.locale))] };
  return {
    spaceId: network.digestSpaceId,
    channelId: network.digestChannelId,
    message: { ...message, visibility: 'public' as const },
  };
}

export const digestJob: ScheduledJob = {
  kind: DIGEST_KIND,

  alsoTell: (network) => (network.digestChosenBy ? [network.digestChosenBy] : []),

  asks: () => ({ digests: true }),

  due(found, now) {
    const each = found.digests.map((candidate) => dueFor(candidate, now));
    return {
      replays: staleOf(found, DIGEST_KIND),
      runs: each.flatMap((d) => d.runs),
      hints: each.flatMap((d) => d.hints ?? []),
    };
  },

  run: (repos, network, run) => build(repos, network, run.slot),

  async replay(repos, network, run) {
    // A newer slot was claimed since (this one failed until then): the newer one says it all.
    const latest = await repos.scheduledRuns.latestSlot(DIGEST_KIND, network.id);
    if (latest && run.slot && latest > run.slot) return undefined;
    return build(repos, network, run.slot);
  },

  noAccessMessage: (locale) => privateMessage(text(render(locale, scheduleMessages.noAccess))),
};
