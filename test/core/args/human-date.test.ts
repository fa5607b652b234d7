import { describe, expect, it } from 'vitest';
import type { Prefer } from '../../../src/core/args/human-date.ts';
import { parseHumanDate } from '../../../src/core/args/human-date.ts';

// Wednesday 11 March 2026, 10:00 in Paris (CET, UTC+1): Paris midnight is 23:00Z the day before.
const NOW = new Date('2026-03-11T09:00:00Z');
const PARIS = 'Europe/Paris';

function parse(input: string, prefer?: Prefer): { at: string; hasTime: boolean } {
  const result = parseHumanDate(input, { now: NOW, timeZone: PARIS, prefer });
  if (!result.ok) throw new Error(`${input}: ${result.error.code}`);
  return { at: result.value.at.toISOString(), hasTime: result.value.hasTime };
}

const day = (iso: string) => ({ at: `${iso}:00.000Z`, hasTime: false });
const time = (iso: string) => ({ at: `${iso}:00.000Z`, hasTime: true });

describe('parseHumanDate: numeric dates', () => {
  it.each([
    ['12/03', undefined, '2026-03-11T23:00'],
    ['10/03', undefined, '2026-03-09T23:00'],
    ['10/03', 'future', '2027-03-09T23:00'],
    ['11/03', 'future', '2026-03-10T23:00'],
    ['12/03', 'future', '2026-03-11T23:00'],
    ['12/03', 'past', '2025-03-11T23:00'],
    ['11/03', 'past', '2026-03-10T23:00'],
    ['12/03/2027', undefined, '2027-03-11T23:00'],
    ['12/03/27', undefined, '2027-03-11T23:00'],
    ['12-03-2027', 'past', '2027-03-11T23:00'],
    ['12.03.2027', undefined, '2027-03-11T23:00'],
    ['2027-03-12', undefined, '2027-03-11T23:00'],
    ['1/3/2027', undefined, '2027-02-28T23:00'],
    ['15/08', undefined, '2026-08-14T22:00'],
  ] as const)('reads %j (prefer %s) as local midnight %s', (input, prefer, iso) => {
    expect(parse(input, prefer)).toEqual(day(iso));
  });

  it('finds the next or last year that has a 29 February', () => {
    expect(parse('29/02', 'future')).toEqual(day('2028-02-28T23:00'));
    expect(parse('29/02', 'past')).toEqual(day('2024-02-28T23:00'));
    expect(parse('29/02/2028')).toEqual(day('2028-02-28T23:00'));
  });
});

describe('parseHumanDate: month names', () => {
  it.each([
    ['12 mars', undefined, '2026-03-11T23:00'],
    ['12 MARS 2027', undefined, '2027-03-11T23:00'],
    ['le 12 mars', undefined, '2026-03-11T23:00'],
    ['1er mars', undefined, '2026-02-28T23:00'],
    ['1er mars', 'future', '2027-02-28T23:00'],
    ['3 février', undefined, '2026-02-02T23:00'],
    ['3 fevrier', undefined, '2026-02-02T23:00'],
    ['12 déc.', undefined, '2026-12-11T23:00'],
    ['15 août', 'past', '2025-08-14T22:00'],
    ['march 12', undefined, '2026-03-11T23:00'],
    ['March 12th, 2027', undefined, '2027-03-11T23:00'],
    ['12th of march', undefined, '2026-03-11T23:00'],
    ['12 march', undefined, '2026-03-11T23:00'],
    ['mar 12', undefined, '2026-03-11T23:00'],
  ] as const)('reads %j (prefer %s) as local midnight %s', (input, prefer, iso) => {
    expect(parse(input, prefer)).toEqual(day(iso));
  });

  it('accepts a weekday before a date only when it matches', () => {
    expect(parse('vendredi 13 mars 2026')).toEqual(day('2026-03-12T23:00'));
    expect(parse('friday march 13')).toEqual(day('2026-03-12T23:00'));
    expect(parseHumanDate('jeudi 13 mars 2026', { now: NOW, timeZone: PARIS }).ok).toBe(false);
  });
});

describe('parseHumanDate: relative days', () => {
  it.each([
    ["aujourd'hui", '2026-03-10T23:00'],
    ['aujourd’hui', '2026-03-10T23:00'],
    ['aujourdhui', '2026-03-10T23:00'],
    ['Today', '2026-03-10T23:00'],
    ['demain', '2026-03-11T23:00'],
    ['tomorrow', '2026-03-11T23:00'],
    ['après-demain', '2026-03-12T23:00'],
    ['apres-demain', '2026-03-12T23:00'],
    ['Après demain', '2026-03-12T23:00'],
    ['hier', '2026-03-09T23:00'],
    ['yesterday', '2026-03-09T23:00'],
    ['avant-hier', '2026-03-08T23:00'],
  ])('reads %j as local midnight %s', (input, iso) => {
    expect(parse(input)).toEqual(day(iso));
  });

  it('reads "dans"/"in" a number of days as a calendar day and shorter spans as an instant', () => {
    expect(parse('dans 2 jours')).toEqual(day('2026-03-12T23:00'));
    expect(parse('in 1 week')).toEqual(day('2026-03-17T23:00'));
    expect(parse('dans 2h')).toEqual(time('2026-03-11T11:00'));
    expect(parse('dans 1h30')).toEqual(time('2026-03-11T10:30'));
  });
});

describe('parseHumanDate: weekdays', () => {
  it.each(['vendredi', 'Vendredi', 'VENDREDI', 'ven', 'ven.', 'fri', 'friday'])(
    'reads %j as the coming Friday 13 March',
    (input) => {
      expect(parse(input)).toEqual(day('2026-03-12T23:00'));
      expect(parse(input, 'future')).toEqual(day('2026-03-12T23:00'));
    },
  );

  it('never answers today for a bare weekday', () => {
    expect(parse('mercredi')).toEqual(day('2026-03-17T23:00'));
    expect(parse('mercredi', 'past')).toEqual(day('2026-03-03T23:00'));
  });

  it('looks back with prefer past', () => {
    expect(parse('vendredi', 'past')).toEqual(day('2026-03-05T23:00'));
    expect(parse('lundi', 'past')).toEqual(day('2026-03-08T23:00'));
  });

  it('lets prochain/next and dernier/last override prefer', () => {
    expect(parse('vendredi prochain', 'past')).toEqual(day('2026-03-12T23:00'));
    expect(parse('next friday', 'past')).toEqual(day('2026-03-12T23:00'));
    expect(parse('lundi dernier', 'future')).toEqual(day('2026-03-08T23:00'));
    expect(parse('last monday')).toEqual(day('2026-03-08T23:00'));
    expect(parse('samedi dernier')).toEqual(day('2026-03-06T23:00'));
  });
});

describe('parseHumanDate: times of day', () => {
  it.each([
    ['vendredi 18h', '2026-03-13T17:00'],
    ['vendredi à 18h30', '2026-03-13T17:30'],
    ['Vendredi A 18H30', '2026-03-13T17:30'],
    ['demain 9h', '2026-03-12T08:00'],
    ['9h demain', '2026-03-12T08:00'],
    ['demain midi', '2026-03-12T11:00'],
    ['12/03 14:00', '2026-03-12T13:00'],
    ['12/03 à 14h', '2026-03-12T13:00'],
    ['le 12 mars à 14 h 15', '2026-03-12T13:15'],
    ['2027-03-12T14:00', '2027-03-12T13:00'],
    ['18h', '2026-03-11T17:00'],
    ['à 18h30', '2026-03-11T17:30'],
    ['18h30', '2026-03-11T17:30'],
    ['18:30', '2026-03-11T17:30'],
    ['18 h 30', '2026-03-11T17:30'],
    ['6pm', '2026-03-11T17:00'],
    ['6:30 pm', '2026-03-11T17:30'],
    ['6:30 p.m.', '2026-03-11T17:30'],
    ['12am', '2026-03-10T23:00'],
    ['12pm', '2026-03-11T11:00'],
    ['friday 6pm', '2026-03-13T17:00'],
    ['friday, 6pm', '2026-03-13T17:00'],
    ['tomorrow at 9am', '2026-03-12T08:00'],
  ])('reads %j as %s', (input, iso) => {
    expect(parse(input)).toEqual(time(iso));
  });

  it('moves a time already gone to tomorrow only when looking ahead', () => {
    expect(parse('9h')).toEqual(time('2026-03-11T08:00'));
    expect(parse('9h', 'future')).toEqual(time('2026-03-12T08:00'));
    expect(parse('18h', 'future')).toEqual(time('2026-03-11T17:00'));
  });

  it('moves a time still to come to yesterday when looking back', () => {
    expect(parse('18h', 'past')).toEqual(time('2026-03-10T17:00'));
    expect(parse('9h', 'past')).toEqual(time('2026-03-11T08:00'));
  });
});

describe('parseHumanDate: refusals', () => {
  it.each([
    '',
    '   ',
    'blabla',
    '31/02',
    '31/02/2027',
    '30/02',
    '29/02',
    '2027-02-30',
    '13/13',
    '12/13/2026',
    '00/03',
    '12/03-2027',
    '32 mars',
    '12 brumaire',
    '25h',
    'demain 25h',
    '18h61',
    '24:00',
    '13pm',
    '0am',
    'demain 9h 10h',
    'prochain',
    'vendredi dernier prochain',
    'next friday prochain',
    'vendredi 12',
    'dans',
    'dans deux jours',
  ])('refuses %j as invalid-date', (input) => {
    expect(parseHumanDate(input, { now: NOW, timeZone: PARIS })).toEqual({
      ok: false,
      error: { code: 'invalid-date' },
    });
  });

  it('throws on an unknown time zone, a configuration error', () => {
    expect(() => parseHumanDate('demain', { now: NOW, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
