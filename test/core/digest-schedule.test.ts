// The digest schedule without a database: plain words to cron and back, refusals, and the
// latest slot due in a time zone, across daylight-saving changes.
import { describe, expect, it } from 'vitest';
import { latestDueSlot, nextRuns } from '../../src/core/digest/schedule.ts';
import { describeSchedule, parseSchedule } from '../../src/core/digest/schedule-words.ts';

const cron = (input: string) => {
  const parsed = parseSchedule(input);
  return parsed.ok ? parsed.value : `error:${parsed.error.code}`;
};

describe('schedule in words', () => {
  it.each([
    ['chaque lundi à 9h', '0 9 * * 1'],
    ['lundi 09:00', '0 9 * * 1'],
    ['Tous les jours à 8h30', '30 8 * * *'],
    ['tous les jours à 8 h 30', '30 8 * * *'],
    ['le 1er du mois à 10h', '0 10 1 * *'],
    ['le 15 de chaque mois à 14h', '0 14 15 * *'],
    ['chaque lundi et jeudi à 17h', '0 17 * * 1,4'],
    ['du lundi au vendredi à 8h', '0 8 * * 1-5'],
    ['en semaine à 18h', '0 18 * * 1-5'],
    ['chaque vendredi à midi', '0 12 * * 5'],
    ['toutes les heures', '0 * * * *'],
    ['chaque mois à 9h', '0 9 1 * *'],
    ['every monday at 9am', '0 9 * * 1'],
    ['every monday 9am', '0 9 * * 1'],
    ['every day at 8:30', '30 8 * * *'],
    ['daily at 6:30pm', '30 18 * * *'],
    ['monday to friday at 5pm', '0 17 * * 1-5'],
    ['the 1st of the month at 10am', '0 10 1 * *'],
    ['on the 2nd of every month at 9:15', '15 9 2 * *'],
    ['every hour', '0 * * * *'],
    ['0 9 * * 1', '0 9 * * 1'],
    ['  30   7 * *   mon-fri ', '30 7 * * mon-fri'],
  ])('reads %s as %s', (input, expected) => {
    expect(cron(input)).toBe(expected);
  });

  it.each([
    ['toutes les deux semaines', 'not-expressible'],
    ['toutes les 2 semaines le lundi à 9h', 'not-expressible'],
    ['every two weeks on monday at 9am', 'not-expressible'],
    ['every other week', 'not-expressible'],
    ['le premier lundi du mois à 9h', 'not-expressible'],
    ['first monday of the month at 9am', 'not-expressible'],
    ['le 1er du mois et chaque lundi à 9h', 'not-expressible'],
    ['chaque lundi', 'needs-time'],
    ['every friday', 'needs-time'],
    ['quand tu veux', 'not-understood'],
    ['lundi à 25h', 'not-understood'],
    ['61 9 * * 1', 'not-understood'],
    ['', 'not-understood'],
  ])('refuses %s (%s)', (input, code) => {
    expect(cron(input)).toBe(`error:${code}`);
  });
});

describe('schedule described in words', () => {
  it.each([
    ['0 9 * * 1', 'chaque lundi à 09:00, Europe/Paris', 'every Monday at 09:00, Europe/Paris'],
    ['30 8 * * *', 'tous les jours à 08:30, Europe/Paris', 'every day at 08:30, Europe/Paris'],
    ['0 17 * * 1-5', 'du lundi au vendredi à 17:00, Europe/Paris', 'every weekday at 17:00, Europe/Paris'],
    [
      '0 9 * * 4,1',
      'chaque lundi et jeudi à 09:00, Europe/Paris',
      'every Monday and Thursday at 09:00, Europe/Paris',
    ],
    ['0 9 * * 0', 'chaque dimanche à 09:00, Europe/Paris', 'every Sunday at 09:00, Europe/Paris'],
    [
      '0 10 1 * *',
      'le 1er de chaque mois à 10:00, Europe/Paris',
      'on the 1st of every month at 10:00, Europe/Paris',
    ],
    ['0 * * * *', 'toutes les heures, à l’heure pile, Europe/Paris', 'every hour, on the hour, Europe/Paris'],
  ])('describes %s', (expression, fr, en) => {
    expect(describeSchedule(expression, 'Europe/Paris', 'fr')).toBe(fr);
    expect(describeSchedule(expression, 'Europe/Paris', 'en')).toBe(en);
  });

  it('falls back to the cron text when words would not say it simply', () => {
    expect(describeSchedule('*/15 9-17 * * 1-5', 'Europe/Paris', 'en')).toBe(
      'on the cron schedule `*/15 9-17 * * 1-5`, Europe/Paris',
    );
    expect(describeSchedule('0 9 1 1 *', 'UTC', 'fr')).toBe('selon l’expression cron `0 9 1 1 *`, UTC');
  });

  it('describes back what it read from words', () => {
    const parsed = parseSchedule('every monday at 9am');
    expect(parsed.ok && describeSchedule(parsed.value, 'Europe/Paris', 'fr')).toBe(
      'chaque lundi à 09:00, Europe/Paris',
    );
  });
});

describe('latest due slot', () => {
  const at = (iso: string) => new Date(iso);

  it('takes the latest slot in (after, now], in the network’s zone', () => {
    // Mondays 9:00 in Paris, winter (UTC+1): 08:00Z.
    const slot = latestDueSlot('0 9 * * 1', 'Europe/Paris', at('2026-11-01T00:00Z'), at('2026-11-20T10:00Z'));
    expect(slot?.toISOString()).toBe('2026-11-16T08:00:00.000Z');
  });

  it('gives nothing when the latest slot is at or before `after`', () => {
    const after = at('2026-11-16T08:00Z');
    expect(latestDueSlot('0 9 * * 1', 'Europe/Paris', after, at('2026-11-20T10:00Z'))).toBeUndefined();
    expect(latestDueSlot('0 9 * * 1', 'Europe/Paris', at('2026-11-16T07:59Z'), after)?.toISOString()).toBe(
      '2026-11-16T08:00:00.000Z',
    );
  });

  it('follows the change to summer time on the last Sunday of March', () => {
    // 29 March 2026: 02:00 → 03:00 in Paris. 9:00 is 08:00Z before, 07:00Z after.
    const zone = 'Europe/Paris';
    expect(
      latestDueSlot('0 9 * * *', zone, at('2026-03-27T00:00Z'), at('2026-03-28T12:00Z'))?.toISOString(),
    ).toBe('2026-03-28T08:00:00.000Z');
    expect(
      latestDueSlot('0 9 * * *', zone, at('2026-03-28T12:00Z'), at('2026-03-29T12:00Z'))?.toISOString(),
    ).toBe('2026-03-29T07:00:00.000Z');
    // 02:30 does not exist that day: it runs once, just after the gap (03:30 CEST = 01:30Z).
    expect(
      latestDueSlot('30 2 * * *', zone, at('2026-03-28T12:00Z'), at('2026-03-29T12:00Z'))?.toISOString(),
    ).toBe('2026-03-29T01:30:00.000Z');
  });

  it('follows the change to winter time on the last Sunday of October, running a repeated time once', () => {
    // 25 October 2026: 03:00 → 02:00 in Paris. 9:00 is 07:00Z before, 08:00Z after.
    const zone = 'Europe/Paris';
    expect(
      latestDueSlot('0 9 * * 0', zone, at('2026-10-20T00:00Z'), at('2026-10-25T12:00Z'))?.toISOString(),
    ).toBe('2026-10-25T08:00:00.000Z');
    expect(nextRuns('30 2 * * *', zone, at('2026-10-24T12:00Z'), 3).map((d) => d.toISOString())).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
      '2026-10-27T01:30:00.000Z',
    ]);
    // Hourly across the repeated hour: every slot in order, none twice.
    const hourly = nextRuns('0 * * * *', zone, at('2026-10-24T23:30Z'), 4).map((d) => d.toISOString());
    expect(hourly).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
      '2026-10-25T04:00:00.000Z',
    ]);
  });

  it('finds a monthly slot weeks back, and none for a schedule that never runs', () => {
    expect(
      latestDueSlot(
        '0 10 1 * *',
        'Europe/Paris',
        at('2026-01-01T00:00Z'),
        at('2026-05-20T10:00Z'),
      )?.toISOString(),
    ).toBe('2026-05-01T08:00:00.000Z');
    expect(
      latestDueSlot('0 9 31 2 *', 'UTC', at('2020-01-01T00:00Z'), at('2026-05-20T10:00Z')),
    ).toBeUndefined();
    expect(
      latestDueSlot('not a cron', 'UTC', at('2020-01-01T00:00Z'), at('2026-05-20T10:00Z')),
    ).toBeUndefined();
  });

  it('gives the next runs after an instant', () => {
    expect(
      nextRuns('0 9 * * 1', 'Europe/Paris', at('2026-11-16T08:00Z'), 2).map((d) => d.toISOString()),
    ).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-30T08:00:00.000Z']);
  });
});
