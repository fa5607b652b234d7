import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/i18n/catalog-en.ts';
import { fr } from '../../src/core/i18n/catalog-fr.ts';
import { catalogs, joinList, t } from '../../src/core/i18n/index.ts';
import { frenchTypography } from '../../src/core/i18n/typography.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const prose = (s: string) => s.replace(/`[^`]*`/g, '');

describe('catalogs', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it.each(Object.keys(fr))('%s uses the same placeholders in both languages', (key) => {
    const k = key as keyof typeof fr;
    expect(placeholders(en[k])).toEqual(placeholders(fr[k]));
  });

  it.each(Object.entries(catalogs.fr))('French %s follows French typography', (_, value) => {
    const text = prose(value);
    expect(text).not.toMatch(/ [:;!?%»]/);
    expect(text).not.toMatch(/[;!?]/.test(text) ? /[^\u202f][;!?]/ : /$^/);
    expect(text).not.toMatch(/'/);
    expect(text).not.toMatch(/« [^\u00a0]|«[^\u00a0]/);
  });

  it('uses formal vous, never tu, in French', () => {
    const informal = Object.values(fr).filter((v) =>
      /(?<!\p{L})(tu|toi|ton|ta|tes)(?!\p{L})/iu.test(prose(v)),
    );
    expect(informal).toEqual([]);
  });
});

describe('French typography', () => {
  it('puts no-break spaces where French wants them and leaves code alone', () => {
    expect(frenchTypography("Vouliez-vous dire : « aide » ? C'est `config nom 'x' : y` !")).toBe(
      "Vouliez-vous dire\u00a0: «\u00a0aide\u00a0»\u202f? C’est `config nom 'x' : y`\u202f!",
    );
  });
});

describe('lookup', () => {
  it('interpolates parameters and keeps unknown placeholders visible', () => {
    expect(t('en', 'config.name-set', { value: 'Cergy' })).toBe('The network is now called "Cergy".');
    expect(t('fr', 'config.name-set')).toContain('{value}');
  });

  it('joins lists as each language does', () => {
    expect(joinList('fr', ['a', 'b', 'c'])).toBe('a, b et c');
    expect(joinList('en', ['a', 'b'])).toBe('a and b');
    expect(joinList('en', ['a'])).toBe('a');
  });
});
