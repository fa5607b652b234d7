// When a new poll closes: a duration from now (`duree 48h`), a date and time in the
// network's time zone (`fin "vendredi 18h"`; a day alone means the end of that day), or
// 48 hours by default. Never in the past, at most 90 days ahead.
import { formatDate, parseDuration, parseHumanDate, zonedParts } from '../args/human-date.ts';
import { zonedDate } from '../args/zoned-time.ts';
import type { Failure } from '../commands/command.ts';
import { err, ok, type Result } from '../result.ts';
import { pollMessages as m } from './messages.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
export const DEFAULT_POLL_DURATION = 2 * DAY;
export const MAX_POLL_DAYS = 90;

export interface DeadlineInput {
  duration?: string | undefined;
  until?: string | undefined;
}

/** The deadline in both languages, for messages that name it. */
export const deadlineInBoth = (at: Date, timeZone: string) => ({
  fr: formatDate(at, { timeZone, locale: 'fr', withTime: true }),
  en: formatDate(at, { timeZone, locale: 'en', withTime: true }),
});

function endOf(input: string, now: Date, timeZone: string): Result<Date, Failure> {
  const parsed = parseHumanDate(input, { now, timeZone, prefer: 'future' });
  if (!parsed.ok) return err({ key: m['date-invalid'], params: { value: input } });
  if (parsed.value.hasTime) return ok(parsed.value.at);
  // "jusqu'à vendredi" includes Friday: the poll closes at the end of that day.
  const { year, month, day } = zonedParts(parsed.value.at, timeZone);
  return ok(zonedDate({ year, month, day, hour: 23, minute: 59 }, timeZone));
}

/** The deadline, its failures naming the argument it was given as (`duration` or `until`). */
export function pollDeadline(input: DeadlineInput, now: Date, timeZone: string): Result<Date, Failure> {
  const at = deadline(input, now, timeZone);
  if (at.ok) return at;
  return err({ ...at.error, arg: input.duration !== undefined ? 'duration' : 'until' });
}

function deadline(input: DeadlineInput, now: Date, timeZone: string): Result<Date, Failure> {
  if (input.duration !== undefined && input.until !== undefined) return err({ key: m['deadline-both'] });
  let at: Date;
  if (input.duration !== undefined) {
    const duration = parseDuration(input.duration);
    if (!duration.ok) return err({ key: m['duration-invalid'], params: { value: input.duration } });
    at = new Date(now.getTime() + duration.value);
  } else if (input.until !== undefined) {
    const end = endOf(input.until, now, timeZone);
    if (!end.ok) return end;
    at = end.value;
  } else {
    at = new Date(now.getTime() + DEFAULT_POLL_DURATION);
  }
  const ahead = at.getTime() - now.getTime();
  if (ahead <= 0) return err({ key: m['deadline-past'], params: { date: deadlineInBoth(at, timeZone) } });
  if (ahead < MINUTE) return err({ key: m['deadline-too-soon'] });
  if (ahead > MAX_POLL_DAYS * DAY)
    return err({
      key: m['deadline-too-far'],
      params: { days: MAX_POLL_DAYS, date: deadlineInBoth(at, timeZone) },
    });
  return ok(at);
}
