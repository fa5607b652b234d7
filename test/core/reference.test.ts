// The reference vocabularies shipped with the product: organisation types, themes, and the
// kinds of actors a territory usually has.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findOrganisationType,
  ORGANISATION_TYPES,
  organisationTypeLabel,
} from '../../src/core/reference/organisation-types.ts';
import { TERRITORY_ACTOR_KINDS } from '../../src/core/reference/territory-actors.ts';
import { findTheme, THEMES, TOP_THEMES, themeLabel } from '../../src/core/reference/themes.ts';

// The referential files the modules were written from (data·inclusion, Licence Ouverte 2.0),
// copied into test/fixtures/data-inclusion with their README.
const tsv = (name: string) =>
  readFileSync(new URL(`../fixtures/data-inclusion/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t') as [string, string]);

const typeOf = (input: string) => {
  const found = findOrganisationType(input);
  return 'type' in found ? found.type.code : undefined;
};
const suggestedTypes = (input: string) => {
  const found = findOrganisationType(input);
  return 'suggestions' in found ? found.suggestions.map((t) => t.code) : [];
};
const themeOf = (input: string) => {
  const found = findTheme(input);
  return 'theme' in found ? found.theme.code : undefined;
};
const suggestedThemes = (input: string) => {
  const found = findTheme(input);
  return 'suggestions' in found ? found.suggestions.map((t) => t.code) : [];
};

describe('organisation types', () => {
  it('ships the 91 types of the referential and our additions, with unique codes', () => {
    const referential = ORGANISATION_TYPES.filter((t) => t.origin === 'data-inclusion');
    const ours = ORGANISATION_TYPES.filter((t) => t.origin === 'maillage');
    expect(referential).toHaveLength(91);
    expect(ours.length).toBeGreaterThanOrEqual(10);
    expect(ours.length).toBeLessThanOrEqual(16);
    const codes = ORGANISATION_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['ECOLE', 'COLLEGE', 'PRE', 'CITE_EDUC', 'BAILLEUR']));
  });

  it('matches the referential file row for row', () => {
    const rows = tsv('typologies-de-structures.tsv');
    const referential = ORGANISATION_TYPES.filter((t) => t.origin === 'data-inclusion');
    expect(referential.map((t) => [t.code, t.fr])).toEqual(rows);
  });

  it('gives every type a French and an English label', () => {
    for (const type of ORGANISATION_TYPES) {
      expect(type.fr.trim(), type.code).not.toBe('');
      expect(type.en.trim(), type.code).not.toBe('');
    }
    expect(organisationTypeLabel('ML', 'fr')).toBe('Mission Locale');
    expect(organisationTypeLabel('CCAS', 'en')).toBe('Municipal social action centres (CCAS)');
    expect(organisationTypeLabel('unknown-type', 'en')).toBe('unknown-type');
  });

  it('keeps every other name unambiguous: no alias names two types or shadows a code', () => {
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase();
    const aliases = ORGANISATION_TYPES.flatMap((t) => t.aliases.map(fold));
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const type of ORGANISATION_TYPES) {
      for (const alias of type.aliases) expect(typeOf(alias), alias).toBe(type.code);
    }
  });

  it('finds a type by code, label or a distinctive word, whatever the case and accents', () => {
    expect(typeOf('ml')).toBe('ML');
    expect(typeOf('ML')).toBe('ML');
    expect(typeOf('mission locale')).toBe('ML');
    expect(typeOf('MISSION LOCALE')).toBe('ML');
    expect(typeOf('collège')).toBe('COLLEGE');
    expect(typeOf('college')).toBe('COLLEGE');
    expect(typeOf('pij bij')).toBe('PIJ_BIJ');
    expect(typeOf('Pôle emploi')).toBe('FT');
    expect(typeOf('centre social')).toBe('CS');
    expect(typeOf("Aide sociale à l'enfance")).toBe('ASE');
    expect(typeOf('child welfare services')).toBe('ASE');
    expect(typeOf('addictologie')).toBe('CSAPA');
    expect(typeOf('médiathèque')).toBe('BIB');
    expect(typeOf('cité éducative')).toBe('CITE_EDUC');
    expect(typeOf('SESSAD')).toBe('ESMS');
  });

  it('suggests types for a typo or an ambiguous word, and nothing for gibberish', () => {
    expect(suggestedTypes('mision locale')).toEqual(['ML']);
    expect(suggestedTypes('colege')[0]).toBe('COLLEGE');
    expect(suggestedTypes('ccass')[0]).toBe('CCAS');
    expect(suggestedTypes('entreprise adaptée')).toEqual(['EA', 'EATT']);
    expect(suggestedTypes('social').length).toBeGreaterThan(1);
    expect(suggestedTypes('xyzzy')).toEqual([]);
    expect(suggestedTypes('  ')).toEqual([]);
  });
});

describe('themes', () => {
  it('ships every top theme and sub-theme of the referential, with unique codes', () => {
    const codes = THEMES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    // The referential's README says 18 top themes; its table has 19 (all shipped).
    expect(TOP_THEMES).toHaveLength(19);
    expect(THEMES).toHaveLength(149);
    for (const theme of THEMES) {
      if (theme.parent) expect(codes, theme.code).toContain(theme.parent);
      expect(theme.fr.trim(), theme.code).not.toBe('');
      expect(theme.en.trim(), theme.code).not.toBe('');
    }
  });

  it('matches the referential file row for row', () => {
    expect(THEMES.map((t) => [t.code, t.fr])).toEqual(tsv('thematiques.tsv'));
  });

  it('finds a theme by code, sub-theme code, label or unique prefix', () => {
    expect(themeOf('famille')).toBe('famille');
    expect(themeOf('SANTÉ')).toBe('sante');
    expect(themeOf('famille--soutien-a-la-parentalite')).toBe('famille--soutien-a-la-parentalite');
    expect(themeOf('soutien-a-la-parentalite')).toBe('famille--soutien-a-la-parentalite');
    expect(themeOf('Soutien à la parentalité')).toBe('famille--soutien-a-la-parentalite');
    expect(themeOf('décrochage scolaire')).toBe(
      'accompagnement-social-et-professionnel-personnalise--decrochage-scolaire',
    );
    expect(themeOf('décroch')).toBe(
      'accompagnement-social-et-professionnel-personnalise--decrochage-scolaire',
    );
    expect(themeOf('housing')).toBe('logement-hebergement');
    // A top theme wins over its own sub-themes that share its prefix.
    expect(themeOf('loge')).toBe('logement-hebergement');
    // The one upstream code with a space is found with the space or a hyphen.
    expect(themeOf('etre-accompagne-en-cas-de-difficultes-financieres')).toBe(
      'logement-hebergement--etre-accompagne-en cas-de-difficultes-financieres',
    );
  });

  it('suggests themes for a typo or a word found in several labels', () => {
    expect(suggestedThemes('santee')).toEqual(['sante']);
    expect(suggestedThemes('parentalité')).toEqual([
      'famille--soutien-a-la-parentalite',
      'numerique--soutenir-la-parentalite-et-l-education-avec-le-numerique',
    ]);
    expect(suggestedThemes('prévention').length).toBeGreaterThan(1);
    expect(suggestedThemes('qwerty')).toEqual([]);
  });

  it('labels a known code in either language and gives a free theme back as typed', () => {
    expect(themeLabel('famille', 'fr')).toBe('Famille');
    expect(themeLabel('famille', 'en')).toBe('Family');
    expect(themeLabel('famille--garde-denfants', 'fr')).toBe('Garde d’enfants');
    expect(themeLabel('vacances apprenantes', 'en')).toBe('vacances apprenantes');
  });
});

describe('territory actor kinds', () => {
  it('maps each kind to existing organisation types, with labels in both languages', () => {
    const codes = new Set(ORGANISATION_TYPES.map((t) => t.code));
    const keys = TERRITORY_ACTOR_KINDS.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['school', 'pre', 'specialised-prevention', 'caf']));
    for (const kind of TERRITORY_ACTOR_KINDS) {
      expect(kind.typeCodes.length, kind.key).toBeGreaterThan(0);
      for (const code of kind.typeCodes) expect(codes.has(code), `${kind.key}: ${code}`).toBe(true);
      expect(kind.fr && kind.en, kind.key).toBeTruthy();
    }
  });
});
