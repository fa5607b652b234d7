// A network's digest schedule: a 5-field cron read in the network's time zone. Computes
// the slots of a schedule without a scheduler library (the scheduler asks "which slot is
// due now?" of the clock and the database) and describes a schedule in plain words.

import {
  addDays,
  type CivilDate,
  compareDates,
  daysInMonth,
  weekdayOf,
  zonedDate,
  zonedParts,
} from '../args/zoned-time.ts';
import { isValidCronExpression } from '../cron-expression.ts';

/** The expanded fields of a cron expression. */
export interface CronFields {
  minutes: number[];
  hours: number[];
  days: number[];
  months: number[];
  /** 0 = Sunday (7 is folded to 0). */
  weekdays: number[];
  /** As cron does: when both day fields are restricted, a day matching either runs. */
  daysRestricted: boolean;
  weekdaysRestricted: boolean;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const RANGES = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTH_NAMES },
  { min: 0, max: 7, names: DAY_NAMES },
] as const;

// Past this many days back (or ahead) without a slot, a schedule is taken as never running.
const SEARCH_DAYS = 5 * 366;

function numberOf(text: string, names: readonly string[] | undefined, min: number): number {
  const index = names?.indexOf(text.toLowerCase()) ?? -1;
  return index >= 0 ? index + min : Number(text);
}

function expand(field: string, index: number): number[] {
  const range = RANGES[index] as { min: number; max: number; names?: readonly string[] };
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [span = '*', stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    const [low, high] =
      span === '*'
        ? [range.min, range.max]
        : span.includes('-')
          ? span.split('-').map((b) => numberOf(b, range.names, range.min))
          : [numberOf(span, range.names, range.min), stepText ? range.max : undefined];
    const from = low ?? range.min;
    const to = high ?? from;
    for (let n = from; n <= to; n += step) values.add(index === 4 && n === 7 ? 0 : n);
  }
  return [...values].sort((a, b) => a - b);
}

/** The expanded fields, or undefined for an expression that is not a valid 5-field cron. */
export function cronFields(expression: string): CronFields | undefined {
  if (!isValidCronExpression(expression)) return undefined;
  const parts = expression.trim().split(/\s+/);
  const [minutes, hours, days, months, weekdays] = parts.map(expand) as [
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  return {
    minutes,
    hours,
    days,
    months,
    weekdays,
    daysRestricted: !(parts[2] ?? '').startsWith('*'),
    weekdaysRestricted: !(parts[4] ?? '').startsWith('*'),
  };
}

function runsOn(fields: CronFields, date: CivilDate): boolean {
  if (!fields.months.includes(date.month)) return false;
  const byDay = fields.days.includes(date.day);
  const byWeekday = fields.weekdays.includes(weekdayOf(date));
  if (fields.daysRestricted && fields.weekdaysRestricted) return byDay || byWeekday;
  if (fields.daysRestricted) return byDay;
  if (fields.weekdaysRestricted) return byWeekday;
  return true;
}

// The instants of one local day, latest first. A wall time skipped when clocks go forward
// runs at the moment after the gap; one repeated when clocks go back runs once, the first
// time (zonedDate's choice). Instants come out non-increasing, so the first hit is the latest.
function* dayInstants(fields: CronFields, date: CivilDate, timeZone: string): Generator<Date> {
  if (date.day > daysInMonth(date.year, date.month) || !runsOn(fields, date)) return;
  for (const hour of [...fields.hours].reverse())
    for (const minute of [...fields.minutes].reverse()) yield zonedDate({ ...date, hour, minute }, timeZone);
}

/**
 * The latest slot of `expression` in (after, now], in `timeZone`; undefined when there is
 * none (or the expression is not a valid cron).
 */
export function latestDueSlot(
  expression: string,
  timeZone: string,
  after: Date,
  now: Date,
): Date | undefined {
  const fields = cronFields(expression);
  if (!fields || now <= after) return undefined;
  const last = zonedParts(after, timeZone);
  let date: CivilDate = zonedParts(now, timeZone);
  for (let i = 0; i < SEARCH_DAYS && compareDates(date, last) >= 0; i++, date = addDays(date, -1)) {
    for (const slot of dayInstants(fields, date, timeZone)) {
      if (slot > now) continue;
      if (slot <= after) return undefined;
      return slot;
    }
  }
  return undefined;
}

/** The next `count` slots strictly after `after`, earliest first. */
export function nextRuns(expression: string, timeZone: string, after: Date, count = 1): Date[] {
  const fields = cronFields(expression);
  if (!fields) return [];
  const runs: Date[] = [];
  let date: CivilDate = zonedParts(after, timeZone);
  for (let i = 0; i < SEARCH_DAYS && runs.length < count; i++, date = addDays(date, 1)) {
    const today = [...dayInstants(fields, date, timeZone)].reverse();
    for (const slot of today) {
      const previous = runs[runs.length - 1];
      if (slot > after && (!previous || slot > previous) && runs.length < count) runs.push(slot);
    }
  }
  return runs;
}
