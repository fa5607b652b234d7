// Data that must not be kept for ever, as scheduled work run exactly once across processes:
// each day, per network, exchange notes and who voted what in public polls older than the
// network's retention period are purged (nothing is posted); and a network whose every
// workspace or server removed the bot more than the grace period ago is deleted whole.
import { daysInMonth, zonedDate, zonedDay, zonedDayStart } from '../args/zoned-time.ts';
import type { Logger } from '../ports.ts';
import { type DueRuns, dayAfter, hintFor, orNone, type ScheduleCandidate, staleOf } from './due-work.ts';
import { NETWORK_DELETION_KIND, RETENTION_KIND } from './kinds.ts';
import type { ScheduledJob } from './scheduler.ts';
import { slotRun } from './slot-marks.ts';

export { NETWORK_DELETION_KIND, RETENTION_KIND } from './kinds.ts';
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

/**
 * The network's day is due once: its run's slot is the day's start in the network's zone,
 * and the next one may be due at the next day's start.
 */
function dueFor(candidate: ScheduleCandidate, now: Date): DueRuns {
  const { networkId, timeZone, lastSlot } = candidate;
  const today = orNone(() => zonedDayStart(now, timeZone));
  // A time zone this runtime does not know: nothing is due, looked at again tomorrow.
  if (!today) return { replays: [], runs: [], hints: hintFor('retention', candidate, dayAfter(now)) };
  if (!lastSlot || lastSlot < today) return { replays: [], runs: [slotRun(networkId, today)] };
  // A day is 23 to 25 hours long: 36 hours after its start is always within the next day.
  const tomorrow = zonedDayStart(new Date(today.getTime() + 36 * 3_600_000), timeZone);
  return { replays: [], runs: [], hints: hintFor('retention', candidate, tomorrow) };
}

/** The daily purge of each network, at the start of its day. */
export function retentionJob(logger: Logger): ScheduledJob {
  return {
    kind: RETENTION_KIND,

    asks: () => ({ retention: true }),

    due(found, now) {
      const each = found.retention.map((candidate) => dueFor(candidate, now));
      return {
        replays: staleOf(found, RETENTION_KIND),
        runs: each.flatMap((d) => d.runs),
        hints: each.flatMap((d) => d.hints ?? []),
      };
    },

    async run(repos, network, run) {
      const today = zonedDay(run.slot ?? new Date(0), network.timeZone);
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

    asks: (now) => ({ abandoned: { before: cutoff(now), limit: DELETIONS_PER_TICK } }),

    // The day in the run: a deletion that found the network back must not block a later one.
    due: (found, now) => ({
      replays: staleOf(found, NETWORK_DELETION_KIND),
      runs: found.abandoned.map((id) => slotRun(id, new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`))),
    }),

    async run(repos, network, _run, now) {
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
