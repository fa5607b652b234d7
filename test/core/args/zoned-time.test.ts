import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  parseHumanDate,
  zonedDate,
  zonedDayStart,
  zonedParts,
} from '../../../src/core/args/human-date.ts';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';

function parseAt(input: string, now: string, timeZone = PARIS, prefer?: 'future' | 'past'): string {
  const result = parseHumanDate(input, { now: new Date(now), timeZone, prefer });
  if (!result.ok) throw new Error(`${input}: ${result.error.code}`);
  return result.value.at.toISOString();
}

describe('zonedParts', () => {
  it('reads the wall clock and weekday on each side of the March change in Paris', () => {
    expect(zonedParts(new Date('2026-03-29T00:59:00Z'), PARIS)).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 1,
      minute: 59,
      weekday: 0,
    });
    expect(zonedParts(new Date('2026-03-29T01:00:00Z'), PARIS)).toMatchObject({ hour: 3, minute: 0 });
  });

  it('gives a different day for the same instant in Paris and New York', () => {
    const at = new Date('2026-03-11T03:00:00Z');
    expect(zonedParts(at, PARIS)).toMatchObject({ day: 11, hour: 4, weekday: 3 });
    expect(zonedParts(at, NEW_YORK)).toMatchObject({ day: 10, hour: 23, weekday: 2 });
  });
});

describe('zonedDate', () => {
  it('uses winter and summer offsets on either side of a change', () => {
    expect(zonedDate({ year: 2026, month: 3, day: 29, hour: 1, minute: 59 }, PARIS).toISOString()).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(zonedDate({ year: 2026, month: 3, day: 29, hour: 3 }, PARIS).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('moves a time skipped by the spring change forward by the gap', () => {
    expect(zonedDate({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, PARIS).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedDate({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NEW_YORK).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('picks the first of two times repeated by the autumn change', () => {
    expect(zonedDate({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, PARIS).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedDate({ year: 2026, month: 10, day: 25, hour: 3 }, PARIS).toISOString()).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });

  it('rolls over out-of-range days like Date.UTC', () => {
    expect(zonedDate({ year: 2026, month: 1, day: 32 }, PARIS).toISOString()).toBe(
      '2026-01-31T23:00:00.000Z',
    );
  });
});

describe('zonedDayStart', () => {
  it('gives local midnight with the offset of that day', () => {
    expect(zonedDayStart(new Date('2026-03-29T12:00:00Z'), PARIS).toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(zonedDayStart(new Date('2026-03-30T12:00:00Z'), PARIS).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(zonedDayStart(new Date('2026-03-11T03:00:00Z'), NEW_YORK).toISOString()).toBe(
      '2026-03-10T04:00:00.000Z',
    );
  });

  it('starts the day at 01:00 where the change skips midnight (Santiago)', () => {
    expect(zonedDayStart(new Date('2026-09-06T12:00:00Z'), 'America/Santiago').toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });
});

describe('isValidTimeZone', () => {
  it.each(['Europe/Paris', 'America/New_York', 'Indian/Reunion', 'UTC'])('accepts %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each(['', ' ', 'Mars/Olympus', 'Europe/Pariss', 'Paris'])('refuses %j', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe('parseHumanDate across daylight-saving changes in Paris', () => {
  // Saturday 28 March 2026, 12:00 CET; clocks go forward on Sunday 29 at 02:00.
  const beforeSpring = '2026-03-28T11:00:00Z';

  it('gives tomorrow 9h in summer time', () => {
    expect(parseAt('demain 9h', beforeSpring)).toBe('2026-03-29T07:00:00.000Z');
    expect(parseAt('9h', '2026-03-28T19:00:00Z', PARIS, 'future')).toBe('2026-03-29T07:00:00.000Z');
  });

  it('gives midnight of the days around the change with their own offsets', () => {
    expect(parseAt('demain', beforeSpring)).toBe('2026-03-28T23:00:00.000Z');
    expect(parseAt('lundi', beforeSpring)).toBe('2026-03-29T22:00:00.000Z');
  });

  it('moves a skipped time forward rather than refusing it', () => {
    expect(parseAt('dimanche 2h30', beforeSpring)).toBe('2026-03-29T01:30:00.000Z');
  });

  // Saturday 24 October 2026, 12:00 CEST; clocks go back on Sunday 25 at 03:00.
  const beforeAutumn = '2026-10-24T10:00:00Z';

  it('gives tomorrow 9h in winter time and the first 2h30 of the repeated hour', () => {
    expect(parseAt('demain 9h', beforeAutumn)).toBe('2026-10-25T08:00:00.000Z');
    expect(parseAt('demain 2h30', beforeAutumn)).toBe('2026-10-25T00:30:00.000Z');
    expect(parseAt('lundi', beforeAutumn)).toBe('2026-10-25T23:00:00.000Z');
  });

  it('keeps the wall time of a numeric date after the change', () => {
    expect(parseAt('30/10 18h', beforeAutumn)).toBe('2026-10-30T17:00:00.000Z');
    expect(parseAt('23/10 18h', beforeAutumn)).toBe('2026-10-23T16:00:00.000Z');
  });
});

describe('parseHumanDate in New York', () => {
  // 05:00 in New York (EDT since 8 March), 10:00 in Paris (still CET).
  const now = '2026-03-11T09:00:00Z';

  it('reads times and days in the network zone', () => {
    expect(parseAt('demain 9h', now, NEW_YORK)).toBe('2026-03-12T13:00:00.000Z');
    expect(parseAt('12/03', now, NEW_YORK)).toBe('2026-03-12T04:00:00.000Z');
    expect(parseAt('friday 6pm', now, NEW_YORK)).toBe('2026-03-13T22:00:00.000Z');
    expect(parseAt('07/03/2026', now, NEW_YORK)).toBe('2026-03-07T05:00:00.000Z');
  });

  it('takes today from the network zone, not from UTC or Paris', () => {
    const lateEvening = '2026-03-11T03:00:00Z';
    expect(parseAt("aujourd'hui", lateEvening, NEW_YORK)).toBe('2026-03-10T04:00:00.000Z');
    expect(parseAt("aujourd'hui", lateEvening, PARIS)).toBe('2026-03-10T23:00:00.000Z');
  });
});
