import { describe, expect, it } from 'vitest';
import {
  IBAN_LENGTHS,
  ibanChecksumIsValid,
  isValidNir,
  mod97,
  nirKey,
  nirStructureIsValid,
} from '../../../src/core/guard/checksums.ts';

describe('NIR key', () => {
  it('is 97 minus the number modulo 97', () => {
    expect(nirKey('1920593066123')).toBe(26);
    expect(nirKey('2850578006084')).toBe(41);
    expect(nirKey('1850578006084')).toBe(91);
    expect(nirKey('1880775056222')).toBe(68);
  });

  it('counts Corsica 2A as 19 and 2B as 18', () => {
    expect(nirKey('104032A004018')).toBe(24);
    expect(nirKey('104032a004018')).toBe(24);
    expect(nirKey('276042B012345')).toBe(93);
    expect(nirKey('276042B012345')).toBe(97 - (2760418012345 % 97));
  });

  it('accepts a NIR whose key matches and rejects one whose key does not', () => {
    expect(isValidNir('192059306612326')).toBe(true);
    expect(isValidNir('192059306612327')).toBe(false);
    expect(isValidNir('276042B01234593')).toBe(true);
  });

  it('accepts 13 characters without key when the structure holds', () => {
    expect(isValidNir('2850578006084')).toBe(true);
  });

  it('checks sex, month and department', () => {
    expect(nirStructureIsValid('1850578006084')).toBe(true);
    expect(nirStructureIsValid('5850578006084')).toBe(false); // sex digit 5 does not exist
    expect(nirStructureIsValid('1851378006084')).toBe(false); // month 13
    expect(nirStructureIsValid('1854578006084')).toBe(false); // month 45: neither 20–42 nor 50–99
    expect(nirStructureIsValid('1853078006084')).toBe(true); // month 30: unknown month
    expect(nirStructureIsValid('1850500006084')).toBe(false); // department 00
    expect(nirStructureIsValid('7850578006084')).toBe(true); // temporary number
    expect(nirStructureIsValid('12345678900012')).toBe(false); // SIRET: 14 digits
  });
});

describe('IBAN check', () => {
  it('computes remainders of numbers longer than 2^53', () => {
    expect(mod97('3214282912345698765432161182')).toBe(1);
    expect(mod97('97')).toBe(0);
  });

  it('accepts valid IBANs of several countries', () => {
    for (const iban of [
      'FR7630006000011234567890189',
      'FR1420041010050500013M02606',
      'DE89370400440532013000',
      'BE68539007547034',
      'MA64011519000001205000534921',
      'GB29NWBK60161331926819',
    ]) {
      expect(ibanChecksumIsValid(iban), iban).toBe(true);
    }
  });

  it('rejects an IBAN with one digit changed or a malformed string', () => {
    expect(ibanChecksumIsValid('FR7630006000011234567890188')).toBe(false);
    expect(ibanChecksumIsValid('FR76 3000')).toBe(false);
    expect(ibanChecksumIsValid('7630006000011234567890189')).toBe(false);
  });

  it('knows the length of an IBAN per country', () => {
    expect(IBAN_LENGTHS.get('FR')).toBe(27);
    expect(IBAN_LENGTHS.get('BE')).toBe(16);
    expect(IBAN_LENGTHS.get('XX')).toBeUndefined();
  });
});
