// Durations as people type them: '2h', '1h30', '3j', '2 jours', '1 semaine', '90 min', '1w'.
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { fold as foldText } from '../text/fold.ts';

export type DurationError = { code: 'invalid-duration' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// `m` is minutes, never months: a month has no fixed length, and '30m' means half an hour.
const UNIT_MS: ReadonlyMap<string, number> = new Map([
  ...['s', 'sec', 'secs', 'seconde', 'secondes', 'second', 'seconds'].map((u) => [u, 1000] as const),
  ...['m', 'mn', 'min', 'mins', 'minute', 'minutes'].map((u) => [u, MINUTE] as const),
  ...['h', 'hr', 'hrs', 'heure', 'heures', 'hour', 'hours'].map((u) => [u, HOUR] as const),
  ...['j', 'jour', 'jours', 'd', 'day', 'days'].map((u) => [u, DAY] as const),
  ...['w', 'wk', 'sem', 'semaine', 'semaines', 'week', 'weeks'].map((u) => [u, 7 * DAY] as const),
]);

// One "<number><unit>" piece; the unit may be missing only for the minutes of '1h30'.
const PIECE = /\s*(\d{1,6}(?:[.,]\d{1,3})?)\s*([a-z]*)\.?/y;

const INVALID = err({ code: 'invalid-duration' } as const);

/** Milliseconds, strictly positive. A bare number is refused: '30' could be minutes or days. */
export function parseDuration(input: string): Result<number, DurationError> {
  const text = foldText(input).replace(/ (?:et|and) /g, ' ');
  let total = 0;
  let previousUnit = 0;
  PIECE.lastIndex = 0;
  while (PIECE.lastIndex < text.length) {
    const match = PIECE.exec(text);
    if (!match) return INVALID;
    const amount = Number((match[1] ?? '').replace(',', '.'));
    const unit = match[2] ? UNIT_MS.get(match[2]) : bareMinutes(previousUnit, amount, PIECE.lastIndex, text);
    if (unit === undefined) return INVALID;
    total += amount * unit;
    previousUnit = unit;
  }
  return total > 0 ? ok(Math.round(total)) : INVALID;
}

// '1h30' and '1 h 30': a bare whole number under 60 right after hours, at the very end.
function bareMinutes(previousUnit: number, amount: number, end: number, text: string): number | undefined {
  const fits = previousUnit === HOUR && Number.isInteger(amount) && amount < 60 && end === text.length;
  return fits ? MINUTE : undefined;
}
