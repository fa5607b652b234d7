// When café coopération rounds run: every `cafeEveryWeeks` weeks, on `cafeWeekday`, at
// 10:00 in the network's time zone. A weekly slot is due when it is the latest one since
// the last mark (a round, or `cafe ici|on|rythme|jour`) and the last round is at least the
// cadence away (a day of slack absorbs clock changes).
import { latestDueSlot, nextRuns } from '../digest/schedule.ts';
import type { Choice } from '../grammar/spec.ts';
import type { Locale } from '../locale.ts';
import type { Network } from '../model.ts';

const WEEK_MS = 7 * 86_400_000;
const SLACK_MS = 86_400_000;
/** Without any mark, a slot is due only if it fell within the last day. */
export const FIRST_SLOT_WINDOW_MS = 86_400_000;

/** The days people type, French then English, abbreviated or plural (`mercredis`). */
const DAYS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['lundi', 'monday', 'mon', 'lun'],
  ['mardi', 'tuesday', 'tue', 'mar'],
  ['mercredi', 'wednesday', 'wed', 'mer'],
  ['jeudi', 'thursday', 'thu', 'jeu'],
  ['vendredi', 'friday', 'fri', 'ven'],
  ['samedi', 'saturday', 'sat', 'sam'],
  ['dimanche', 'sunday', 'sun', 'dim'],
];

/** 1 (Monday) … 7 (Sunday), as the café's `jour` argument offers them. */
export const WEEKDAY_CHOICES: readonly Choice[] = DAYS.map(([fr, en, ...short], i) => ({
  value: String(i + 1),
  names: [fr, en, ...short, `${fr}s`, `${en}s`],
}));

const DAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export const dayName = (weekday: number, locale: Locale): string => DAY_NAMES[locale][weekday - 1] ?? '';

const weeklyCron = (weekday: number) => `0 10 * * ${weekday % 7}`;

/** The slot due now, if any; `lastMark` is the latest claimed key's instant (round or mark). */
export function dueRoundSlot(
  network: Network,
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
export function nextRoundSlot(network: Network, lastRound: Date | undefined, now: Date): Date | undefined {
  const earliest = lastRound
    ? new Date(Math.max(now.getTime(), lastRound.getTime() + network.cafeEveryWeeks * WEEK_MS - SLACK_MS))
    : now;
  try {
    return nextRuns(weeklyCron(network.cafeWeekday), network.timeZone, earliest)[0];
  } catch {
    return undefined;
  }
}
