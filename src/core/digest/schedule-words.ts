// What facilitators type for a digest schedule («&nbsp;chaque lundi à 9h&nbsp;», "every monday
// at 9am", a cron expression) turned into a 5-field cron, and any cron described back in
// plain words. Only what one cron line can express is accepted: "every two weeks" or "the
// first Monday of the month" are refused with examples rather than approximated.

import { WEEKDAYS } from '../args/date-words.ts';
import { glueTimeWords, readTime, type TimeOfDay } from '../args/time-of-day.ts';
import { isValidCronExpression } from '../cron-expression.ts';
import type { Locale } from '../locale.ts';
import { err, ok, type Result } from '../result.ts';
import { fold } from '../text/fold.ts';
import { cronFields } from './schedule.ts';

export type ScheduleError =
  /** "every two weeks", "first monday of the month": no cron line says it. */
  | { code: 'not-expressible' }
  /** A day was given but no time ("chaque lundi"). */
  | { code: 'needs-time' }
  /** No day, frequency or time could be read. */
  | { code: 'not-understood'; word?: string };

const DAILY = ['quotidien', 'quotidiennement', 'daily', 'jour', 'jours', 'day', 'days'];
const HOURLY = ['heure', 'heures', 'hour', 'hours', 'hourly'];
const MONTHLY = ['mois', 'month', 'months', 'monthly', 'mensuel', 'mensuellement'];
const WEEKDAYS_ONLY = ['weekday', 'weekdays', 'ouvre', 'ouvres', 'ouvrable', 'ouvrables'];
const WEEKEND = ['week-end', 'weekend', 'weekends', 'week-ends'];
const RANGE_WORDS = ['au', 'a', 'to', 'through', 'until', 'jusqu', '-'];
const FILLER = new Set([
  'chaque',
  'tous',
  'toutes',
  'tout',
  'les',
  'le',
  'la',
  'l',
  'de',
  'du',
  'des',
  'd',
  'et',
  'en',
  'on',
  'the',
  'every',
  'each',
  'of',
  'and',
  'at',
  'a',
  'on',
  'in',
  'par',
  'per',
  'week',
  'semaine',
  'weekly',
  'hebdomadaire',
  'hebdo',
  'matin',
  'morning',
]);
// Frequencies a single cron line cannot hold: every other week, twice a month, the first Monday…
const NOT_EXPRESSIBLE = new Set([
  'deux',
  'two',
  'other',
  'autre',
  'trois',
  'three',
  'quinzaine',
  'fortnight',
  'fortnightly',
  'biweekly',
  'bimensuel',
  'premier',
  'first',
  'dernier',
  'last',
  'second',
  'deuxieme',
  'troisieme',
  'third',
  'fois',
  'times',
  'twice',
]);
const PERIODS = new Set([
  'semaines',
  'weeks',
  'mois',
  'months',
  'jours',
  'days',
  'heures',
  'hours',
  'minutes',
]);
const ORDINAL_DAY = /^(\d{1,2})(er|re|e|eme|st|nd|rd|th)$/;

interface Reading {
  time?: TimeOfDay;
  weekdays: Set<number>;
  monthDay?: number;
  daily: boolean;
  hourly: boolean;
  monthly: boolean;
}

/** Words of the input, folded, with '18 h 30' glued and punctuation taken off. */
function wordsOf(input: string): string[] {
  const folded = glueTimeWords(
    fold(input)
      .replace(/[,;!?()«»"“”]/g, ' ')
      .replace(/\s+/g, ' '),
  );
  return folded
    .split(/[\s']+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
}

function weekdayOfWord(word: string): number | undefined {
  return WEEKDAYS.get(word) ?? WEEKDAYS.get(word.replace(/s$/, ''));
}

function readWord(words: string[], i: number, reading: Reading): ScheduleError | 'skip' | undefined {
  const word = words[i] ?? '';
  const time = readTime(word);
  if (time === 'invalid') return { code: 'not-understood', word };
  if (time) {
    if (reading.time) return { code: 'not-understood', word };
    reading.time = time;
    return undefined;
  }
  const weekday = weekdayOfWord(word);
  if (weekday !== undefined) {
    const next = words[i + 1];
    const end = next && RANGE_WORDS.includes(next) ? weekdayOfWord(words[i + 2] ?? '') : undefined;
    if (end === undefined) {
      reading.weekdays.add(weekday);
      return undefined;
    }
    for (let d = weekday; ; d = (d + 1) % 7) {
      reading.weekdays.add(d);
      if (d === end) break;
    }
    return 'skip';
  }
  const ordinal =
    ORDINAL_DAY.exec(word) ??
    (/^\d{1,2}$/.test(word) && /^(le|the)$/.test(words[i - 1] ?? '') ? [word, word] : null);
  if (ordinal) {
    const day = Number(ordinal[1]);
    if (day < 1 || day > 31 || reading.monthDay !== undefined) return { code: 'not-understood', word };
    reading.monthDay = day;
    return undefined;
  }
  if (NOT_EXPRESSIBLE.has(word)) return { code: 'not-expressible' };
  // "toutes les 2 semaines", "every 3 days": a period a cron line cannot count.
  if (/^\d+$/.test(word))
    return PERIODS.has(words[i + 1] ?? '') ? { code: 'not-expressible' } : { code: 'not-understood', word };
  if (DAILY.includes(word)) reading.daily = true;
  else if (HOURLY.includes(word)) reading.hourly = true;
  else if (MONTHLY.includes(word)) reading.monthly = true;
  else if (WEEKDAYS_ONLY.includes(word) || (word === 'semaine' && words[i - 1] === 'en'))
    for (const d of [1, 2, 3, 4, 5]) reading.weekdays.add(d);
  else if (WEEKEND.includes(word)) for (const d of [6, 0]) reading.weekdays.add(d);
  else if (!FILLER.has(word)) return { code: 'not-understood', word };
  return undefined;
}

function toCron(reading: Reading): Result<string, ScheduleError> {
  const { time, weekdays, monthDay } = reading;
  if (weekdays.size > 0 && monthDay !== undefined) return err({ code: 'not-expressible' });
  if (reading.hourly) {
    if (weekdays.size > 0 || monthDay !== undefined || (time && time.hour !== 0))
      return err({ code: 'not-expressible' });
    return ok(`${time?.minute ?? 0} * * * *`);
  }
  const anyDay = weekdays.size > 0 || monthDay !== undefined || reading.daily || reading.monthly;
  if (!time) return err(anyDay ? { code: 'needs-time' } : { code: 'not-understood' });
  const clock = `${time.minute} ${time.hour}`;
  if (monthDay !== undefined || reading.monthly) return ok(`${clock} ${monthDay ?? 1} * *`);
  if (weekdays.size === 0 || weekdays.size === 7) return ok(`${clock} * * *`);
  return ok(`${clock} * * ${weekdayList([...weekdays])}`);
}

/** 1,2,3,4,5 → 1-5; Sunday written 0, first. */
function weekdayList(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  const contiguous = sorted.length > 2 && last - first === sorted.length - 1;
  return contiguous ? `${first}-${last}` : sorted.join(',');
}

/** A cron expression as typed, or plain French or English words, as a 5-field cron. */
export function parseSchedule(input: string): Result<string, ScheduleError> {
  const trimmed = input.trim().replace(/\s+/g, ' ');
  if (isValidCronExpression(trimmed)) return ok(trimmed);
  const words = wordsOf(trimmed);
  if (words.length === 0) return err({ code: 'not-understood' });
  const reading: Reading = { weekdays: new Set(), daily: false, hourly: false, monthly: false };
  for (let i = 0; i < words.length; i++) {
    const outcome = readWord(words, i, reading);
    if (outcome === 'skip') i += 2;
    else if (outcome) return err(outcome);
  }
  return toCron(reading);
}

const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number) => String(n).padStart(2, '0');
const ordinalEn = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function joinWords(locale: Locale, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${items[items.length - 1]}`;
}

function dayPhrase(locale: Locale, weekdays: number[]): string {
  // Monday first, as people list the days of a week.
  const ordered = [...weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  if (ordered.join() === '1,2,3,4,5') return locale === 'fr' ? 'du lundi au vendredi' : 'every weekday';
  const names = ordered.map((d) => (locale === 'fr' ? FR_DAYS[d] : EN_DAYS[d]) ?? '');
  return locale === 'fr' ? `chaque ${joinWords(locale, names)}` : `every ${joinWords(locale, names)}`;
}

/** The schedule without its time zone, or undefined when it has no short description. */
function describeFields(expression: string, locale: Locale): string | undefined {
  const fields = cronFields(expression);
  // A schedule limited to some months has no short description.
  if (!fields) return undefined;
  if (fields.months.length !== 12) return undefined;
  const { minutes, hours, days, weekdays } = fields;
  const [minute] = minutes;
  if (minutes.length !== 1 || minute === undefined) return undefined;
  if (hours.length === 24 && !fields.daysRestricted && !fields.weekdaysRestricted) {
    if (locale === 'fr')
      return minute === 0 ? 'toutes les heures, à l’heure pile' : `toutes les heures, à la minute ${minute}`;
    return minute === 0 ? 'every hour, on the hour' : `every hour, at minute ${minute}`;
  }
  const [hour] = hours;
  if (hours.length !== 1 || hour === undefined) return undefined;
  const at = `${pad(hour)}:${pad(minute)}`;
  const [day] = days;
  if (fields.daysRestricted && !fields.weekdaysRestricted && days.length === 1 && day !== undefined)
    return locale === 'fr'
      ? `le ${day === 1 ? '1er' : day} de chaque mois à ${at}`
      : `on the ${ordinalEn(day)} of every month at ${at}`;
  if (fields.daysRestricted) return undefined;
  if (!fields.weekdaysRestricted || weekdays.length === 7)
    return locale === 'fr' ? `tous les jours à ${at}` : `every day at ${at}`;
  return `${dayPhrase(locale, weekdays)} ${locale === 'fr' ? 'à' : 'at'} ${at}`;
}

/** «&nbsp;chaque lundi à 09:00, Europe/Paris&nbsp;»; the cron itself when words would not say it simply. */
export function describeSchedule(expression: string, timeZone: string, locale: Locale): string {
  const words = describeFields(expression, locale);
  if (words) return `${words}, ${timeZone}`;
  return locale === 'fr'
    ? `selon l’expression cron \`${expression}\`, ${timeZone}`
    : `on the cron schedule \`${expression}\`, ${timeZone}`;
}
