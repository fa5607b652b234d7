// Dates as people type them after `/coop` ('vendredi 18h', '12/03', 'tomorrow at 9am',
// 'dans 2 jours'), read in the network's IANA time zone.
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { fold as foldText } from '../text/fold.ts';
import type { DayContext, Prefer } from './calendar-day.ts';
import { parseCalendarDay } from './calendar-day.ts';
import { parseDuration } from './duration.ts';
import type { TimeOfDay } from './time-of-day.ts';
import { glueTimeWords, splitTime } from './time-of-day.ts';
import type { CivilDate } from './zoned-time.ts';
import { addDays, zonedDate, zonedParts } from './zoned-time.ts';

export type { DurationError } from './duration.ts';
export { parseDuration } from './duration.ts';
export { formatDate } from './format-date.ts';
export type { CivilDate, WallTime, ZonedParts } from './zoned-time.ts';
export { isValidTimeZone, zonedDate, zonedDay, zonedDayStart, zonedParts } from './zoned-time.ts';
export type { Prefer };

/** `at` is the instant; without a time it is local midnight (00:00 in the zone) of that day. */
export interface HumanDate {
  at: Date;
  hasTime: boolean;
}

export interface HumanDateOptions {
  now: Date;
  timeZone: string;
  prefer?: Prefer;
}

export type HumanDateError = { code: 'invalid-date' };

const INVALID = err({ code: 'invalid-date' } as const);

// 'dans 3 jours' / 'in 1 week' name a calendar day; 'dans 2h' names an instant.
const IN_DURATION = /^(?:dans|in) (.+)$/;
const WHOLE_DAYS = /^(\d{1,4}) ?(?:j|jours?|d|days?|sem|semaines?|w|weeks?)$/;

/**
 * Throws a RangeError for an unknown time zone (a configuration error, checked with
 * isValidTimeZone when the network is set up); every other failure is `invalid-date`.
 */
export function parseHumanDate(input: string, opts: HumanDateOptions): Result<HumanDate, HumanDateError> {
  const text = glueTimeWords(foldText(input).replace(/,/g, ' ').replace(/ +/g, ' ').trim());
  if (text === '') return INVALID;
  const { year, month, day: dayOfMonth } = zonedParts(opts.now, opts.timeZone);
  const ctx: DayContext = { today: { year, month, day: dayOfMonth }, prefer: opts.prefer };
  const later = IN_DURATION.exec(text);
  if (later) return fromNow(later[1] ?? '', opts, ctx);
  const split = splitTime(text.replace(/^(\d{4}-\d{1,2}-\d{1,2})t/, '$1 ').split(' '));
  if (!split) return INVALID;
  if (split.dayWords.length === 0) return split.time ? ok(timeAlone(split.time, opts, ctx)) : INVALID;
  const day = parseCalendarDay(split.dayWords.join(' '), ctx);
  if (!day) return INVALID;
  return ok(onDay(day, split.time, opts.timeZone));
}

function onDay(day: CivilDate, time: TimeOfDay | undefined, timeZone: string): HumanDate {
  return time
    ? { at: zonedDate({ ...day, ...time }, timeZone), hasTime: true }
    : { at: zonedDate(day, timeZone), hasTime: false };
}

// A bare '18h' is today; when looking ahead and 18:00 is already gone, it is tomorrow (and
// when looking back at a time still to come, yesterday).
function timeAlone(time: TimeOfDay, opts: HumanDateOptions, ctx: DayContext): HumanDate {
  const today = onDay(ctx.today, time, opts.timeZone);
  const gap = today.at.getTime() - opts.now.getTime();
  const shift = opts.prefer === 'future' && gap < 0 ? 1 : opts.prefer === 'past' && gap > 0 ? -1 : 0;
  return shift === 0 ? today : onDay(addDays(ctx.today, shift), time, opts.timeZone);
}

function fromNow(amount: string, opts: HumanDateOptions, ctx: DayContext): Result<HumanDate, HumanDateError> {
  const days = WHOLE_DAYS.exec(amount.replace(/\s+/g, ' '));
  const duration = parseDuration(amount);
  if (!duration.ok) return INVALID;
  if (!days) return ok({ at: new Date(opts.now.getTime() + duration.value), hasTime: true });
  const day = addDays(ctx.today, Math.round(duration.value / 86_400_000));
  return ok(onDay(day, undefined, opts.timeZone));
}
