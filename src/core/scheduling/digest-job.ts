// The diagnostic permanent posted on its schedule: each tick, the networks whose digest
// is on and has a channel are read from the database, and the latest slot of each
// network's cron since its last digest is due. The key names the slot, so every replica
// computes the same key and the scheduled_runs claim lets one of them post it.

import { digestMessage } from '../digest/digest-message.ts';
import { defaultPeriod } from '../digest/period.ts';
import { latestDueSlot } from '../digest/schedule.ts';
import { scheduleMessages } from '../digest/schedule-messages.ts';
import { render } from '../i18n/index.ts';
import { privateMessage, text } from '../message.ts';
import type { Network } from '../model.ts';
import type { Repositories } from '../ports.ts';
import type { ScheduledJob } from './scheduler.ts';
import { latestSlot, markSlotStart, slotKey, slotOfKey } from './slot-keys.ts';

export const DIGEST_KIND = 'digest';

/**
 * A network that never had a digest (or whose only marks are older) gets a slot only if it
 * fell within this window: the first tick after `diagnostic ici` must not post a slot from
 * long ago. `diagnostic ici|horaire|on` also leave a mark (see markDigestStart), so this
 * window only matters for channels set some other way.
 */
export const FIRST_SLOT_WINDOW_MS = 24 * 3_600_000;

/** The slot of the network's latest digest claimed (done, being done, or a start mark). */
async function lastDigest(repos: Repositories, networkId: string): Promise<string | undefined> {
  return repos.scheduledRuns.latestKey(DIGEST_KIND, `${networkId}:`);
}

/**
 * Records, as a completed digest run, that the digest starts counting from `at`: after a
 * channel, a schedule or "on" is set, only slots later than now are posted (not a slot that
 * passed while the digest had no channel, another schedule, or was off).
 */
export const markDigestStart = (repos: Repositories, networkId: string, at: Date): Promise<void> =>
  markSlotStart(repos, DIGEST_KIND, networkId, at, 'diagnostic-command');

async function dueSlot(repos: Repositories, network: Network, now: Date): Promise<Date | undefined> {
  const lastSlot = await latestSlot(repos, DIGEST_KIND, network.id);
  // Only the latest slot since the last digest: a replica down across several slots posts once.
  const after = lastSlot ?? new Date(now.getTime() - FIRST_SLOT_WINDOW_MS);
  try {
    return latestDueSlot(network.digestCron, network.timeZone, after, now);
  } catch {
    // An unknown time zone (settings are checked when set): nothing is due for this network.
    return undefined;
  }
}

async function build(repos: Repositories, network: Network, key: string) {
  const slot = slotOfKey(key);
  if (!slot || !network.digestEnabled || !network.digestSpaceId) return undefined;
  // A scheduled digest covers the 7 days up to its slot, whatever the schedule (a rolling week).
  const message = await digestMessage(repos, network, defaultPeriod(slot, network.timeZone), network.locale);
  return {
    spaceId: network.digestSpaceId,
    channelId: network.digestChannelId,
    message: { ...message, visibility: 'public' as const },
  };
}

export const digestJob: ScheduledJob = {
  kind: DIGEST_KIND,

  alsoTell: (network) => (network.digestChosenBy ? [network.digestChosenBy] : []),

  async due(repos, now) {
    const items: Array<{ networkId: string; key: string }> = [];
    for (const network of await repos.networks.withDigestChannel()) {
      const slot = await dueSlot(repos, network, now);
      if (slot) items.push({ networkId: network.id, key: slotKey(network.id, slot) });
    }
    return items;
  },

  run: (repos, network, key) => build(repos, network, key),

  async replay(repos, network, key) {
    // A newer slot was claimed since (this one failed until then): the newer one says it all.
    const latest = await lastDigest(repos, network.id);
    if (latest && latest > key) return undefined;
    return build(repos, network, key);
  },

  noAccessMessage: (locale) => privateMessage(text(render(locale, scheduleMessages.noAccess))),
};
