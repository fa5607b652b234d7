// Check digits of the French social security number (NIR) and of IBANs: they let the guard tell a real
// identifier from any long number, which keeps false alarms on SIRET, amounts and references low.

/** Remainder of a long decimal string modulo 97, digit by digit (the numbers exceed 2^53). */
export function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** The 13 first characters of a NIR as a number string: Corsica's 2A/2B count as 19/18 (INSEE rule). */
function nirNumber(first13: string): string {
  const upper = first13.toUpperCase();
  return `${upper.slice(0, 5)}${upper.slice(5, 7).replace('2A', '19').replace('2B', '18')}${upper.slice(7)}`;
}

/** The two-digit key of a NIR: 97 − (n mod 97). */
export function nirKey(first13: string): number {
  return 97 - mod97(nirNumber(first13));
}

const NIR_SHAPE = /^[1-478]\d{4}(?:\d{2}|2[AB])\d{6}(?:\d{2})?$/i;

/**
 * Sex 1/2 (3/4 for foreign-born awaiting registration, 7/8 for temporary numbers), month 01–12, or
 * 20–42 and 50–99 which INSEE uses when the month is unknown, department 01–99 or 2A/2B.
 */
export function nirStructureIsValid(compact: string): boolean {
  if (!NIR_SHAPE.test(compact)) return false;
  const month = Number(compact.slice(3, 5));
  const monthOk = (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
  const department = compact.slice(5, 7).toUpperCase();
  return monthOk && department !== '00' && (/^\d\d$/.test(department) || department.startsWith('2'));
}

/** A 13-character NIR, or a 15-character one whose key matches. */
export function isValidNir(compact: string): boolean {
  if (!nirStructureIsValid(compact)) return false;
  if (compact.length === 13) return true;
  return nirKey(compact.slice(0, 13)) === Number(compact.slice(13));
}

/** IBAN length per country (ISO 13616 registry): a length mismatch means it is not one. */
const IBAN_LENGTH_TABLE =
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BJ28 BF28 BR29 BY28 CH21 CI28 CM27 CR22 CV25 CY28 ' +
  'CZ24 DE22 DJ27 DK18 DO28 DZ26 EE20 EG29 ES24 FI18 FO18 FR27 GA27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 ' +
  'HU28 IE22 IL23 IQ23 IR26 IS26 IT27 JO30 KM27 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MA28 MC27 ' +
  'MD24 ME22 MG27 MK19 ML28 MR27 MT31 MU30 NE28 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 ' +
  'SE24 SI19 SK24 SM27 SN28 ST25 SV28 TD27 TG28 TL23 TN24 TR26 UA29 VA22 VG24 XK20';

export const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  IBAN_LENGTH_TABLE.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

/** ISO 7064 mod 97-10: move the first four characters to the end, letters become 10–35, remainder 1. */
export function ibanChecksumIsValid(compact: string): boolean {
  const upper = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(upper)) return false;
  const rearranged = upper.slice(4) + upper.slice(0, 4);
  let digits = '';
  for (const char of rearranged) digits += /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
  return mod97(digits) === 1;
}
