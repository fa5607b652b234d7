// The period a preview asks for, in French or English words: `mois`, `trimestre dernier`,
// `2026-11`, `novembre 2026`, `2026-T4`, `2026-W47`. A period that has not begun is refused;
// one still running is shown so far.
import { FR_MONTHS } from '../args/format-date.ts';
import { addDays, type CivilDate, civilDate } from '../args/zoned-time.ts';
import { err, ok, type Result } from '../result.ts';
import { fold } from '../text/fold.ts';
import { type CalendarUnit, calendarPeriod, type NamedPeriod, today, unitBefore } from './digest-periods.ts';

export type PeriodWordsError = 'not-understood' | 'not-begun';

const UNITS: ReadonlyArray<{ unit: CalendarUnit; words: readonly string[] }> = [
  { unit: 'week', words: ['semaine', 'week', 'sem'] },
  { unit: 'month', words: ['mois', 'month'] },
  { unit: 'quarter', words: ['trimestre', 'quarter', 'trim'] },
];
const BEFORE = [
  'dernier',
  'derniere',
  'precedent',
  'precedente',
  'passe',
  'passee',
  'last',
  'previous',
  'past',
];
const THIS = ['ce', 'cette', 'this', 'en', 'cours', 'current', 'courant', 'courante'];
const EN_MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const FR_MONTH_NAMES = FR_MONTHS.map(fold);

/** ISO years have 53 weeks when they begin on a Thursday (or a Wednesday, in a leap year). */
function weeksIn(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/** The Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): CivilDate | undefined {
  if (week < 1 || week > weeksIn(year)) return undefined;
  const jan4 = new Date(Date.UTC(year, 0, 4)).getUTCDay() || 7;
  return addDays({ year, month: 1, day: 4 }, 1 - jan4 + 7 * (week - 1));
}

const compare = (a: CivilDate, b: CivilDate) => a.year - b.year || a.month - b.month || a.day - b.day;

type Asked = { unit: CalendarUnit; at: CivilDate } | undefined;

/** `2026-11`, `11/2026`, `2026-T4`, `T4 2026`, `2026-Q4`, `2026-W47`, `2026-S47`. */
function numbered(words: string): Asked {
  const month = /^(\d{4})-(\d{1,2})$/.exec(words);
  const slashed = /^(\d{1,2})\/(\d{4})$/.exec(words);
  if (month || slashed) {
    const [year, number] = month
      ? [Number(month[1]), Number(month[2])]
      : [Number(slashed?.[2]), Number(slashed?.[1])];
    const at = civilDate(year, number, 1);
    return at ? { unit: 'month', at } : undefined;
  }
  const quarter = /^(\d{4})[- ]?[tq]([1-4])$/.exec(words) ?? /^[tq]([1-4])[- ](\d{4})$/.exec(words);
  if (quarter) {
    const [year, number] = /^\d{4}/.test(words)
      ? [Number(quarter[1]), Number(quarter[2])]
      : [Number(quarter[2]), Number(quarter[1])];
    return { unit: 'quarter', at: { year, month: (number - 1) * 3 + 1, day: 1 } };
  }
  const week = /^(\d{4})[- ]?[ws](\d{1,2})$/.exec(words);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    return monday ? { unit: 'week', at: monday } : undefined;
  }
  return undefined;
}

/** `novembre`, `novembre 2026`, `november 2026`: a month name, this year's unless a year is given. */
function named(words: string[], now: CivilDate): Asked {
  const [name, yearText, ...rest] = words;
  if (!name || rest.length > 0) return undefined;
  const index = Math.max(FR_MONTH_NAMES.indexOf(name), EN_MONTH_NAMES.indexOf(name));
  if (index < 0 || (yearText !== undefined && !/^\d{4}$/.test(yearText))) return undefined;
  // A month name alone is the latest such month that has begun (`novembre` in January: last year's).
  const year = yearText ? Number(yearText) : index + 1 > now.month ? now.year - 1 : now.year;
  return { unit: 'month', at: { year, month: index + 1, day: 1 } };
}

/** `mois`, `ce mois`, `mois dernier`, `le trimestre précédent`, `last week`. */
function relative(words: string[], now: CivilDate): Asked {
  const meaningful = words.filter((w) => !['le', 'la', 'the', 'de'].includes(w));
  const unit = UNITS.find((u) => meaningful.some((w) => u.words.includes(w)))?.unit;
  if (!unit) return undefined;
  const others = meaningful.filter((w) => !UNITS.some((u) => u.words.includes(w)));
  if (others.every((w) => THIS.includes(w))) return { unit, at: now };
  if (others.length === 1 && BEFORE.includes(others[0] ?? '')) return { unit, at: unitBefore(unit, now) };
  return undefined;
}

/** The calendar period `typed` names, as of `now` in `timeZone`. */
export function periodFromWords(
  typed: string,
  timeZone: string,
  now: Date,
): Result<NamedPeriod, PeriodWordsError> {
  const words = fold(typed).trim().split(/\s+/).filter(Boolean);
  const current = today(now, timeZone);
  const asked = numbered(words.join(' ')) ?? named(words, current) ?? relative(words, current);
  if (!asked) return err('not-understood');
  if (compare(asked.at, current) > 0) return err('not-begun');
  return ok(calendarPeriod(asked.unit, asked.at, timeZone, now));
}
