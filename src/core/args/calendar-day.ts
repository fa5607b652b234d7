// Reads the day part of a folded date expression ('demain', 'vendredi prochain', '12/03',
// '1er mars 2027', 'march 12') into a calendar date, relative to today in the network's zone.
import { MONTHS, RELATIVE_DAYS, WEEKDAY_DIRECTIONS, WEEKDAYS } from './date-words.ts';
import type { CivilDate } from './zoned-time.ts';
import { addDays, civilDate, compareDates, weekdayOf } from './zoned-time.ts';

export type Prefer = 'future' | 'past';

export interface DayContext {
  today: CivilDate;
  prefer?: Prefer;
}

// How far to look for a year in which a yearless date exists (29/02 waits up to eight years).
const YEAR_SEARCH = 8;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;
const DAY_MONTH = /^(\d{1,2})(?:er|re|e|st|nd|rd|th)? (?:of )?([a-z]+)\.?(?: (\d{4}))?$/;
const MONTH_DAY = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/;
const WEEKDAY_THEN_DATE = /^([a-z]+)\.? (?:le |the )?(.+)$/;

export function parseCalendarDay(text: string, ctx: DayContext): CivilDate | undefined {
  const s = text.replace(/^(?:le|on|the) /, '');
  const relative = RELATIVE_DAYS.get(s);
  if (relative !== undefined) return addDays(ctx.today, relative);
  return weekday(s, ctx) ?? weekdayThenDate(s, ctx) ?? explicitDate(s, ctx);
}

// 'vendredi', 'ven.', 'vendredi prochain', 'next friday', 'lundi dernier', 'last monday'.
// Without a direction word, prefer decides; today itself is never the answer.
function weekday(s: string, ctx: DayContext): CivilDate | undefined {
  const [first = '', second, ...rest] = s.split(' ');
  if (rest.length > 0) return undefined;
  const prefix = WEEKDAY_DIRECTIONS.get(first);
  const [name = '', suffixWord] = prefix ? [second] : [first, second];
  const day = WEEKDAYS.get(name.replace(/\.$/, ''));
  if (day === undefined) return undefined;
  const suffix = suffixWord === undefined ? undefined : WEEKDAY_DIRECTIONS.get(suffixWord);
  if (suffixWord !== undefined && !suffix) return undefined;
  const direction = prefix ?? suffix ?? (ctx.prefer === 'past' ? 'last' : 'next');
  const today = weekdayOf(ctx.today);
  const delta = direction === 'next' ? (day - today + 7) % 7 || 7 : -((today - day + 7) % 7 || 7);
  return addDays(ctx.today, delta);
}

// 'vendredi 12 mars 2027': the weekday must agree with the date, or the user made a slip we
// cannot settle for them.
function weekdayThenDate(s: string, ctx: DayContext): CivilDate | undefined {
  const match = WEEKDAY_THEN_DATE.exec(s);
  const day = WEEKDAYS.get(match?.[1] ?? '');
  if (!match || day === undefined) return undefined;
  const date = explicitDate(match[2] ?? '', ctx);
  return date && weekdayOf(date) === day ? date : undefined;
}

// Day always comes before month, in English too, except in ISO 'YYYY-MM-DD'.
function explicitDate(s: string, ctx: DayContext): CivilDate | undefined {
  const iso = ISO_DATE.exec(s);
  if (iso) return civilDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC_DATE.exec(s);
  if (numeric) return withYear(Number(numeric[1]), Number(numeric[3]), numeric[4], ctx);
  const dayMonth = DAY_MONTH.exec(s);
  if (dayMonth) return namedMonth(dayMonth[1], dayMonth[2], dayMonth[3], ctx);
  const monthDay = MONTH_DAY.exec(s);
  if (monthDay) return namedMonth(monthDay[2], monthDay[1], monthDay[3], ctx);
  return undefined;
}

function namedMonth(day = '', monthWord = '', year: string | undefined, ctx: DayContext) {
  const month = MONTHS.get(monthWord);
  return month === undefined ? undefined : withYear(Number(day), month, year, ctx);
}

// A two-digit year is in this century. Without a year: this year, or with prefer the next
// (or last) time that date comes round, today included.
function withYear(day: number, month: number, year: string | undefined, ctx: DayContext) {
  if (year !== undefined) {
    const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
    return civilDate(fullYear, month, day);
  }
  if (!ctx.prefer) return civilDate(ctx.today.year, month, day);
  const step = ctx.prefer === 'future' ? 1 : -1;
  for (let offset = 0; offset <= YEAR_SEARCH; offset++) {
    const date = civilDate(ctx.today.year + offset * step, month, day);
    if (date && compareDates(date, ctx.today) * step >= 0) return date;
  }
  return undefined;
}
