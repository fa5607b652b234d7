// Data that must not be kept for ever, as scheduled work run exactly once across processes:
// each day, per network, exchange notes and who voted what in public polls older than the
// network's retention period are purged (nothing is posted); and a network whose every
// workspace or server removed the bot more than the grace period ago is deleted whole.
import { daysInMonth, zonedDate, zonedDay } from '../args/zoned-time.ts';
import type { Logger } from '../ports.ts';
import type { ScheduledJob } from './scheduler.ts';

export const RETENTION_KIND = 'retention';
export const NETWORK_DELETION_KIND = 'network-delete';
/** Days between the bot's removal from every space of a network and the network's deletion. */
export const DEFAULT_UNINSTALL_GRACE_DAYS = 30;
const DAY_MS = 86_400_000;
/** Networks deleted per tick at most: the next tick takes the rest. */
const DELETIONS_PER_TICK = 20;

/** The day `months` calendar months before `day` (YYYY-MM-DD), the 31st becoming the month's last. */
export function monthsBefore(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(date, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The network's day now, or undefined for a time zone this runtime does not know. */
function dayIn(now: Date, timeZone: string): string | undefined {
  try {
    return zonedDay(now, timeZone);
  } catch {
    return undefined;
  }
}

/**
 * The daily purge. Each process remembers which network-days it has already seen due, so a
 * tick costs one query once the day's claims are made; the claim decides who runs it.
 */
export function retentionJob(logger: Logger): ScheduledJob {
  const seen = new Map<string, string>();
  return {
    kind: RETENTION_KIND,

    async due(repos, now) {
      const items: Array<{ networkId: string; key: string }> = [];
      for (const { id, timeZone } of await repos.retention.networkZones()) {
        const day = dayIn(now, timeZone);
        if (!day || seen.get(id) === day) continue;
        seen.set(id, day);
        items.push({ networkId: id, key: `${id}:${day}` });
      }
      return items;
    },

    async run(repos, network, key) {
      const today = key.slice(key.indexOf(':') + 1);
      const limit = monthsBefore(today, network.retentionMonths);
      const [year = 0, month = 1, day = 1] = limit.split('-').map(Number);
      const notes = await repos.retention.purgeNotes(network.id, limit);
      const votes = await repos.retention.purgePublicVotes(
        network.id,
        zonedDate({ year, month, day }, network.timeZone),
      );
      // Counts only: never a note, a poll or a voter.
      logger.info(
        { job: RETENTION_KIND, networkId: network.id, months: network.retentionMonths, notes, votes },
        'retention: exchange notes and public poll votes older than the retention period purged',
      );
      return undefined;
    },

    replay: async () => undefined,
  };
}

/** Deletes networks whose every space removed the bot more than `graceDays` days ago. */
export function networkDeletionJob(logger: Logger, graceDays: number): ScheduledJob {
  const cutoff = (now: Date) => new Date(now.getTime() - graceDays * DAY_MS);
  return {
    kind: NETWORK_DELETION_KIND,

    async due(repos, now) {
      const ids = await repos.retention.abandonedNetworks(cutoff(now), DELETIONS_PER_TICK);
      // The day in the key: a deletion that found the network back must not block a later one.
      const day = now.toISOString().slice(0, 10);
      return ids.map((id) => ({ networkId: id, key: `${id}:${day}` }));
    },

    async run(repos, network, _key, now) {
      const deleted = await repos.retention.deleteNetwork(network.id, cutoff(now));
      if (deleted)
        logger.warn(
          { job: NETWORK_DELETION_KIND, networkId: network.id, graceDays },
          'network deleted: the bot was removed from all its spaces and did not come back in time',
        );
      return undefined;
    },

    replay: async () => undefined,
  };
}

/** The scheduled work of this file, in the order a tick runs it. */
export const retentionJobs = (
  logger: Logger,
  graceDays: number = DEFAULT_UNINSTALL_GRACE_DAYS,
): ScheduledJob[] => [retentionJob(logger), networkDeletionJob(logger, graceDays)];
