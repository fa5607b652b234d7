// When café coopération rounds run: every `cafeEveryWeeks` weeks, on `cafeWeekday`, at
// 10:00 in the network's time zone. A weekly slot is due when it is the latest one since
// the last mark (a round, or `cafe ici|on|rythme|jour`) and the last round is at least the
// cadence away (a day of slack absorbs clock changes).
import { latestDueSlot, nextRuns } from '../digest/schedule.ts';
import type { Locale } from '../locale.ts';
import type { Network } from '../model.ts';
import { fold } from '../text/fold.ts';

const WEEK_MS = 7 * 86_400_000;
const SLACK_MS = 86_400_000;
/** Without any mark, a slot is due only if it fell within the last day. */
export const FIRST_SLOT_WINDOW_MS = 86_400_000;

const DAYS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['lundi', 'monday', 'mon', 'lun']],
  [2, ['mardi', 'tuesday', 'tue', 'mar']],
  [3, ['mercredi', 'wednesday', 'wed', 'mer']],
  [4, ['jeudi', 'thursday', 'thu', 'jeu']],
  [5, ['vendredi', 'friday', 'fri', 'ven']],
  [6, ['samedi', 'saturday', 'sat', 'sam']],
  [7, ['dimanche', 'sunday', 'sun', 'dim']],
];

const DAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** 1 (Monday) … 7 (Sunday) from a French or English day name, or undefined. */
export function weekdayOf(word: string): number | undefined {
  const key = fold(word).replace(/s$/, '');
  return DAYS.find(([, names]) => names.includes(key))?.[0];
}

export const dayName = (weekday: number, locale: Locale): string => DAY_NAMES[locale][weekday - 1] ?? '';

/** What a network's café schedule is read from. */
export type CafeSchedule = Pick<Network, 'timeZone' | 'cafeWeekday' | 'cafeEveryWeeks'>;

const weeklyCron = (weekday: number) => `0 10 * * ${weekday % 7}`;

/** The slot due now, if any; `lastMark` is the latest claimed key's instant (round or mark). */
export function dueRoundSlot(
  network: CafeSchedule,
  lastMark: Date | undefined,
  lastRound: Date | undefined,
  now: Date,
): Date | undefined {
  const after = lastMark ?? new Date(now.getTime() - FIRST_SLOT_WINDOW_MS);
  let slot: Date | undefined;
  try {
    slot = latestDueSlot(weeklyCron(network.cafeWeekday), network.timeZone, after, now);
  } catch {
    return undefined;
  }
  if (!slot) return undefined;
  if (lastRound && slot.getTime() - lastRound.getTime() < network.cafeEveryWeeks * WEEK_MS - SLACK_MS)
    return undefined;
  return slot;
}

/** The next round's slot after `now`, for the status. */
export function nextRoundSlot(
  network: CafeSchedule,
  lastRound: Date | undefined,
  now: Date,
): Date | undefined {
  const earliest = lastRound
    ? new Date(Math.max(now.getTime(), lastRound.getTime() + network.cafeEveryWeeks * WEEK_MS - SLACK_MS))
    : now;
  try {
    return nextRuns(weeklyCron(network.cafeWeekday), network.timeZone, earliest)[0];
  } catch {
    return undefined;
  }
}
