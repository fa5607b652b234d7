// Which days a digest covers: the days since the digest before it (a weekly schedule the
// week, a monthly one the month), a preview the current period so far, and any calendar
// period asked for in words, each compared with the period before it.
import { describe, expect, it } from 'vitest';
import { calendarPeriod, currentPeriod, scheduledPeriod } from '../../src/core/digest/digest-periods.ts';
import { type DigestPeriod, periodDays } from '../../src/core/digest/period.ts';
import { periodFromWords } from '../../src/core/digest/period-words.ts';

const PARIS = 'Europe/Paris';
const days = (period: DigestPeriod) => periodDays(period, PARIS);
// Monday 7 December 2026, 09:00 in Paris.
const MONDAY_9 = new Date('2026-12-07T08:00:00Z');
// Tuesday 1 December 2026, 10:00 in Paris.
const FIRST_10 = new Date('2026-12-01T09:00:00Z');

describe('a scheduled digest', () => {
  it('posted weekly covers the week before, Monday to Sunday, compared with the week before that', () => {
    const named = scheduledPeriod('0 9 * * 1', PARIS, MONDAY_9);
    expect(named.kind).toBe('week');
    expect(days(named.period)).toEqual({ from: '2026-11-30', to: '2026-12-07' });
    expect(days(named.previous)).toEqual({ from: '2026-11-23', to: '2026-11-30' });
    expect(named.partial).toBe(false);
  });

  it('posted monthly covers the month before, compared with the month before that', () => {
    const named = scheduledPeriod('0 10 1 * *', PARIS, FIRST_10);
    expect(named.kind).toBe('month');
    expect(days(named.period)).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(days(named.previous)).toEqual({ from: '2026-10-01', to: '2026-11-01' });
  });

  it('posted twice a week covers the days since the last one, no day twice and none missed', () => {
    const thursday = scheduledPeriod('0 9 * * 1,4', PARIS, new Date('2026-12-10T08:00:00Z'));
    const monday = scheduledPeriod('0 9 * * 1,4', PARIS, MONDAY_9);
    expect(days(monday.period)).toEqual({ from: '2026-12-03', to: '2026-12-07' });
    expect(days(thursday.period)).toEqual({ from: '2026-12-07', to: '2026-12-10' });
    expect(days(thursday.previous)).toEqual(days(monday.period));
  });

  it('posted daily covers the day before; hourly, the 24 hours before', () => {
    expect(days(scheduledPeriod('30 8 * * *', PARIS, new Date('2026-12-07T07:30:00Z')).period)).toEqual({
      from: '2026-12-06',
      to: '2026-12-07',
    });
    const hourly = scheduledPeriod('0 * * * *', PARIS, MONDAY_9);
    expect(hourly.period.end).toEqual(MONDAY_9);
    expect(MONDAY_9.getTime() - hourly.period.start.getTime()).toBe(86_400_000);
  });

  it('a quarterly schedule covers the quarter', () => {
    const named = scheduledPeriod('0 9 1 1,4,7,10 *', PARIS, new Date('2026-10-01T07:00:00Z'));
    expect(named.kind).toBe('quarter');
    expect(days(named.period)).toEqual({ from: '2026-07-01', to: '2026-10-01' });
  });
});

describe('the preview', () => {
  it('covers the days since the last scheduled digest, compared with as many days of the period before', () => {
    // Monthly on the 1st; on Monday 7 December at 15:00: 1–7 December, against 1–7 November.
    const now = new Date('2026-12-07T14:00:00Z');
    const named = currentPeriod('0 10 1 * *', PARIS, now);
    expect(days(named.period)).toEqual({ from: '2026-12-01', to: '2026-12-08' });
    expect(days(named.previous)).toEqual({ from: '2026-11-01', to: '2026-11-08' });
    expect(named.partial).toBe(true);
  });
});

describe('a period in words', () => {
  const now = new Date('2026-12-07T14:00:00Z'); // Monday 7 December 2026
  const asked = (words: string) => {
    const found = periodFromWords(words, PARIS, now);
    if (!found.ok) throw new Error(found.error);
    return { ...found.value, days: days(found.value.period), before: days(found.value.previous) };
  };

  it('reads the current month, week and quarter so far, in French and English', () => {
    expect(asked('mois')).toMatchObject({
      kind: 'month',
      partial: true,
      days: { from: '2026-12-01', to: '2026-12-08' },
    });
    expect(asked('this month').days).toEqual(asked('mois').days);
    expect(asked('mois').before).toEqual({ from: '2026-11-01', to: '2026-11-08' });
    expect(asked('semaine')).toMatchObject({ kind: 'week', days: { from: '2026-12-07', to: '2026-12-08' } });
    expect(asked('trimestre')).toMatchObject({
      kind: 'quarter',
      days: { from: '2026-10-01', to: '2026-12-08' },
    });
    expect(asked('quarter').days).toEqual(asked('trimestre').days);
  });

  it('reads the last whole one, compared with the whole one before', () => {
    expect(asked('mois dernier')).toMatchObject({
      kind: 'month',
      partial: false,
      days: { from: '2026-11-01', to: '2026-12-01' },
      before: { from: '2026-10-01', to: '2026-11-01' },
    });
    expect(asked('last week').days).toEqual({ from: '2026-11-30', to: '2026-12-07' });
    expect(asked('le trimestre précédent').days).toEqual({ from: '2026-07-01', to: '2026-10-01' });
  });

  it('reads a month, a quarter or a week by its number, or a month by its name', () => {
    expect(asked('2026-11').days).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(asked('11/2026').days).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(asked('novembre 2026').days).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(asked('November').days).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(asked('février').days).toEqual({ from: '2026-02-01', to: '2026-03-01' });
    expect(asked('2026-T3').days).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    expect(asked('2026-Q3').days).toEqual(asked('2026-T3').days);
    expect(asked('2026-W48')).toMatchObject({ kind: 'week', days: { from: '2026-11-23', to: '2026-11-30' } });
    // 2020 has 53 ISO weeks (it begins on a Thursday); 2021 has 52.
    expect(asked('2020-W53').days).toEqual({ from: '2020-12-28', to: '2021-01-04' });
    expect(periodFromWords('2021-W53', PARIS, now)).toEqual({ ok: false, error: 'not-understood' });
  });

  it('refuses what it cannot read and what has not begun', () => {
    for (const words of ['bientôt', '2026-13', '2026-W60', 'mois prochain lundi', '2026-T5'])
      expect(periodFromWords(words, PARIS, now)).toEqual({ ok: false, error: 'not-understood' });
    for (const words of ['2027-01', '2027-T1', 'janvier 2027'])
      expect(periodFromWords(words, PARIS, now)).toEqual({ ok: false, error: 'not-begun' });
  });

  it('calendarPeriod of a whole past month is not partial', () => {
    expect(calendarPeriod('month', { year: 2026, month: 2, day: 10 }, PARIS, now).partial).toBe(false);
  });
});
