import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/core/args/human-date.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it.each([
    ['2h', 2 * HOUR],
    ['48h', 48 * HOUR],
    ['3j', 3 * DAY],
    ['3d', 3 * DAY],
    ['30min', 30 * MIN],
    ['30m', 30 * MIN],
    ['30 mn', 30 * MIN],
    ['1h30', 90 * MIN],
    ['1 h 30', 90 * MIN],
    ['1h 30min', 90 * MIN],
    ['2 jours', 2 * DAY],
    ['1 jour et 2 heures', DAY + 2 * HOUR],
    ['1 semaine', 7 * DAY],
    ['2 Semaines', 14 * DAY],
    ['1w', 7 * DAY],
    ['90 min', 90 * MIN],
    ['2 hours', 2 * HOUR],
    ['1,5h', 90 * MIN],
    ['1.5 days', 36 * HOUR],
    ['45 sec', 45_000],
    ['\u00a02h\u202f', 2 * HOUR],
  ])('reads %j as %i ms', (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: ms });
  });

  it.each(['', '30', '0h', '0 min', 'h', 'deux jours', '2x', '2 mois', '1h75', '1h30 2', '-2h', '2h-'])(
    'refuses %j',
    (input) => {
      expect(parseDuration(input)).toEqual({ ok: false, error: { code: 'invalid-duration' } });
    },
  );
});
