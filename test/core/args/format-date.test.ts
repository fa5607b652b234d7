import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/core/args/human-date.ts';

const PARIS = 'Europe/Paris';
const evening = new Date('2026-12-18T17:00:00Z'); // Friday 18 December 2026, 18:00 in Paris

describe('formatDate', () => {
  it('writes French dates in full, with French time typography', () => {
    expect(formatDate(evening, { timeZone: PARIS, locale: 'fr', withTime: true })).toBe(
      'vendredi 18 décembre 2026 à 18 h',
    );
    expect(
      formatDate(new Date('2026-12-18T17:05:00Z'), { timeZone: PARIS, locale: 'fr', withTime: true }),
    ).toBe('vendredi 18 décembre 2026 à 18 h 05');
  });

  it('writes the first of the month as 1er in French', () => {
    expect(formatDate(new Date('2026-12-01T08:00:00Z'), { timeZone: PARIS, locale: 'fr' })).toBe(
      'mardi 1er décembre 2026',
    );
  });

  it('writes English dates short, with a 24-hour clock', () => {
    expect(formatDate(evening, { timeZone: PARIS, locale: 'en', withTime: true })).toBe(
      'Fri 18 Dec 2026, 18:00',
    );
    expect(
      formatDate(new Date('2026-08-03T07:05:00Z'), { timeZone: PARIS, locale: 'en', withTime: true }),
    ).toBe('Mon 3 Aug 2026, 09:05');
  });

  it('leaves the time out unless asked', () => {
    expect(formatDate(evening, { timeZone: PARIS, locale: 'fr' })).toBe('vendredi 18 décembre 2026');
    expect(formatDate(evening, { timeZone: PARIS, locale: 'en', withTime: false })).toBe('Fri 18 Dec 2026');
  });

  it('shows the wall time of the given zone', () => {
    const lateParis = new Date('2026-12-18T23:30:00Z');
    expect(formatDate(lateParis, { timeZone: PARIS, locale: 'fr', withTime: true })).toBe(
      'samedi 19 décembre 2026 à 0 h 30',
    );
    expect(formatDate(lateParis, { timeZone: 'America/New_York', locale: 'en', withTime: true })).toBe(
      'Fri 18 Dec 2026, 18:30',
    );
  });
});
