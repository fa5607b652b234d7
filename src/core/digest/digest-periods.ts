// Which days a digest covers, and the period it is compared with. A scheduled digest covers
// the days since the one before it (a weekly schedule the week, a monthly one the month);
// a preview covers the current period so far, or the calendar period asked for
// (`diagnostic mois`, `diagnostic 2026-11`). A period still running is compared with the
// same number of days from the start of the one before (1–7 December with 1–7 November),
// never with a whole period it would trail by construction.
import { addDays, type CivilDate, zonedDate, zonedDayStart, zonedParts } from '../args/zoned-time.ts';
import type { DigestPeriod } from './period.ts';
import { latestDueSlot } from './schedule.ts';

/** What a period is, for its title: a calendar unit, or the days between two digests. */
export type PeriodKind = 'week' | 'month' | 'quarter' | 'days';

export interface NamedPeriod {
  kind: PeriodKind;
  period: DigestPeriod;
  previous: DigestPeriod;
  /** Still running: it ends now, before the end of its unit. */
  partial: boolean;
}

const DAY_MS = 86_400_000;
/** How far back the slot before a slot is looked for (a yearly schedule has one). */
const SLOT_SEARCH_MS = 400 * DAY_MS;

const dayStart = (date: CivilDate, timeZone: string) => zonedDate(date, timeZone);
const civil = (at: Date, timeZone: string): CivilDate => {
  const { year, month, day } = zonedParts(at, timeZone);
  return { year, month, day };
};

/** The slot of `cron` before `slot`, if any within a year. */
function slotBefore(cron: string, timeZone: string, slot: Date): Date | undefined {
  const justBefore = new Date(slot.getTime() - 1);
  return latestDueSlot(cron, timeZone, new Date(slot.getTime() - SLOT_SEARCH_MS), justBefore);
}

/** Days since the slot before: [its day's start, this slot's day's start); sub-daily: the 24 hours before. */
function daysBetween(cron: string, timeZone: string, slot: Date): DigestPeriod {
  const before = slotBefore(cron, timeZone, slot);
  const end = zonedDayStart(slot, timeZone);
  const start = before ? zonedDayStart(before, timeZone) : new Date(end.getTime() - 7 * DAY_MS);
  if (start.getTime() >= end.getTime()) return { start: new Date(slot.getTime() - DAY_MS), end: slot };
  return { start, end };
}

/** The kind of a period by its bounds: a whole calendar week (Monday to Sunday), month or quarter. */
function kindOf(period: DigestPeriod, timeZone: string): PeriodKind {
  const first = civil(period.start, timeZone);
  const last = civil(new Date(period.end.getTime() - 1), timeZone);
  const next = addDays(last, 1);
  const span = Math.round((period.end.getTime() - period.start.getTime()) / DAY_MS);
  const weekday = new Date(Date.UTC(first.year, first.month - 1, first.day)).getUTCDay();
  if (span === 7 && weekday === 1) return 'week';
  if (first.day === 1 && next.day === 1) {
    const months = (next.year - first.year) * 12 + next.month - first.month;
    if (months === 1) return 'month';
    if (months === 3 && (first.month - 1) % 3 === 0) return 'quarter';
  }
  return 'days';
}

/** What a scheduled digest posted at `slot` covers: the days since the slot before. */
export function scheduledPeriod(cron: string, timeZone: string, slot: Date): NamedPeriod {
  const period = daysBetween(cron, timeZone, slot);
  const before = slotBefore(cron, timeZone, slot);
  const length = period.end.getTime() - period.start.getTime();
  const previous = before
    ? daysBetween(cron, timeZone, before)
    : { start: new Date(period.start.getTime() - length), end: period.start };
  return { kind: kindOf(period, timeZone), period, previous: trimPrevious(previous, period), partial: false };
}

/** The previous period never overlaps the one it is compared with. */
function trimPrevious(previous: DigestPeriod, period: DigestPeriod): DigestPeriod {
  const end = previous.end.getTime() > period.start.getTime() ? period.start : previous.end;
  const start = previous.start.getTime() < end.getTime() ? previous.start : new Date(end.getTime() - DAY_MS);
  return { start, end };
}

/** The same length from `from`, for a running period (at most up to `limit`). */
function sameLength(period: DigestPeriod, from: Date, limit: Date): DigestPeriod {
  const length = period.end.getTime() - period.start.getTime();
  const end = Math.min(from.getTime() + length, limit.getTime());
  return { start: from, end: new Date(end) };
}

/**
 * What `diagnostic` alone previews: the days since the last scheduled digest's day (today
 * included), compared with as many days of the period that digest covered.
 */
export function currentPeriod(cron: string, timeZone: string, now: Date): NamedPeriod {
  const last = latestDueSlot(cron, timeZone, new Date(now.getTime() - SLOT_SEARCH_MS), now);
  if (!last) {
    const period = { start: new Date(now.getTime() - 7 * DAY_MS), end: now };
    return {
      kind: 'days',
      period,
      previous: sameLength(period, new Date(period.start.getTime() - 7 * DAY_MS), period.start),
      partial: false,
    };
  }
  const covered = daysBetween(cron, timeZone, last);
  const start = zonedDayStart(last, timeZone);
  // A sub-daily schedule: the 24 hours before now.
  if (covered.end.getTime() === last.getTime()) {
    const period = { start: new Date(now.getTime() - DAY_MS), end: now };
    return {
      kind: 'days',
      period,
      previous: { start: new Date(now.getTime() - 2 * DAY_MS), end: period.start },
      partial: false,
    };
  }
  const period = { start, end: now };
  return { kind: 'days', period, previous: sameLength(period, covered.start, start), partial: true };
}

export type CalendarUnit = 'week' | 'month' | 'quarter';

/** The first day of the unit containing `date`. */
function unitStart(unit: CalendarUnit, date: CivilDate): CivilDate {
  if (unit === 'week') {
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() || 7;
    return addDays(date, 1 - weekday);
  }
  const month = unit === 'month' ? date.month : date.month - ((date.month - 1) % 3);
  return { year: date.year, month, day: 1 };
}

/** The first day of the unit after (`step` 1) or before (`step` -1) the one starting on `start`. */
function shiftUnit(unit: CalendarUnit, start: CivilDate, step: 1 | -1): CivilDate {
  if (unit === 'week') return addDays(start, 7 * step);
  const months = (unit === 'month' ? 1 : 3) * step;
  const index = start.year * 12 + (start.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/**
 * A calendar period: the one containing `at` (so far, when it is still running at `now`),
 * compared with the one before — whole, or as many days when this one is still running.
 */
export function calendarPeriod(unit: CalendarUnit, at: CivilDate, timeZone: string, now: Date): NamedPeriod {
  const first = unitStart(unit, at);
  const start = dayStart(first, timeZone);
  const fullEnd = dayStart(shiftUnit(unit, first, 1), timeZone);
  const previousStart = dayStart(shiftUnit(unit, first, -1), timeZone);
  if (fullEnd.getTime() <= now.getTime()) {
    return {
      kind: unit,
      period: { start, end: fullEnd },
      previous: { start: previousStart, end: start },
      partial: false,
    };
  }
  const period = { start, end: now };
  return { kind: unit, period, previous: sameLength(period, previousStart, start), partial: true };
}

/** Today, in the zone: the day a calendar period "now" is taken from. */
export const today = (now: Date, timeZone: string): CivilDate => civil(now, timeZone);

/** The unit before the one containing `date`: `mois dernier`. */
export const unitBefore = (unit: CalendarUnit, date: CivilDate): CivilDate =>
  shiftUnit(unit, unitStart(unit, date), -1);
