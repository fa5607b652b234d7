import { describe, expect, it } from 'vitest';
import { guardAdvice, guardKindLabel } from '../../../src/core/guard/guard-messages.ts';
import { GUARD_KINDS } from '../../../src/core/guard/index.ts';
import { LOCALES } from '../../../src/core/locale.ts';

describe('guard messages', () => {
  it('has a label and an advice for every kind in every locale', () => {
    for (const locale of LOCALES) {
      for (const kind of GUARD_KINDS) {
        expect(guardKindLabel(kind, locale).length, `${locale} ${kind}`).toBeGreaterThan(3);
        expect(guardAdvice(kind, locale).length, `${locale} ${kind}`).toBeGreaterThan(10);
      }
    }
  });

  it('says what was found', () => {
    expect(guardKindLabel('phone', 'fr')).toBe('un numéro de téléphone');
    expect(guardKindLabel('phone', 'en')).toBe('a phone number');
  });

  it('writes French advice with non-breaking spaces before double punctuation and inside quotes', () => {
    expect(guardAdvice('phone', 'fr')).toBe(
      'Écrivez plutôt\u00a0: «\u00a0une mère de famille, à recontacter\u00a0».',
    );
    for (const kind of GUARD_KINDS) {
      const advice = guardAdvice(kind, 'fr');
      expect(advice, kind).not.toMatch(/ [:;!?%»]/);
      expect(advice, kind).not.toMatch(/«(?!\u00a0)/);
      expect(advice, kind).not.toMatch(/[^\u00a0]»/);
      expect(advice, kind).not.toMatch(/\b(?:tu|ton|ta|tes)\b/);
    }
  });
});
