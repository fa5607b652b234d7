// Phone numbers: French national and international writings, foreign numbers with "+", and shorter
// or oddly grouped numbers when a word such as "tel" or "portable" announces them.

import { allMatches } from './all-matches.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

// 08 numbers are free or shared-cost service lines (numéro vert), not somebody's phone.
const NATIONAL = /(?<![\d+])0[ .\-/]?[1-79](?:[ .\-/]?\d){8}(?!\d)/g;
const FRENCH_INTERNATIONAL = /(?<![\w+])(?:\+ ?|00 ?)33 ?(?:\(0\) ?|0 ?)?[1-9](?:[ .-]?\d){8}(?!\d)/g;
const FOREIGN = /(?<![\w+])(?:\+|00)(?=[1-9])[\d .\-()]{7,22}\d(?!\d)/g;
// A phone word makes a slightly wrong number (9 or 11 digits, missing leading 0) still a phone number.
const ANNOUNCED =
  /(?<![a-z])(?:tel|telephone|portable|port|mob|mobile|gsm|whatsapp|fixe|joignable au)(?![a-z])[^\d\n]{0,20}?(\+?\d(?:[ .-]?\d){8,11})(?!\d)/g;

// "RDV fixé au 12.03.2026 10.30", "l'équipe mobile passe le 12.03.2026": a date, not a number.
const DATE_SHAPED = /^[0-3]?\d[ .-][01]?\d[ .-](?:19|20)\d\d/;
// "06/03/2026 10h" or "06.03.2026 10.30" must stay a date and a time, not a number.
const FOLLOWED_BY_TIME_OR_AMOUNT = /^ ?(?:h\d|h(?![a-z])|:\d|€|%|euros?(?![a-z])|eur(?![a-z])|k€|m€)/;

function separatorsOf(match: string): Set<string> {
  return new Set(match.replace(/[\d+()]/g, '').split(''));
}

// "SOS Homophobie 01 48 06 42 41", "standard de la mairie 01 30…": helplines and switchboards are
// landlines; a mobile number after these words is still someone's.
const HELPLINE_BEFORE =
  /(?<![a-z])(?:sos|ecoute|allo|info service|numero vert|numero national|ligne d'ecoute|standard)(?![a-z])[^\d\n.;!?]{0,30}$/;
const LANDLINE = /^0[1-59]/;

function nationalLooksLikePhone(match: string, after: string, before: string): boolean {
  if (FOLLOWED_BY_TIME_OR_AMOUNT.test(after)) return false;
  if (LANDLINE.test(match.replace(/\D/g, '')) && HELPLINE_BEFORE.test(before)) return false;
  const separators = separatorsOf(match);
  // Mixed separators are accepted only in the five-pairs layout ("06 12.34.56.78").
  if (separators.size > 1) return /^0\d(?:[ .-]\d\d){4}$/.test(match);
  // Slashes are how dates are written; accept them only in the strict 06/12/34/56/78 layout.
  return !separators.has('/') || /^0\d(?:\/\d\d){4}$/.test(match);
}

function foreignLooksLikePhone(match: string, after: string): boolean {
  const digits = match.replace(/\D/g, '');
  return digits.length >= 8 && digits.length <= 15 && !FOLLOWED_BY_TIME_OR_AMOUNT.test(after);
}

function announcedLooksLikePhone(match: string, after: string): boolean {
  return !DATE_SHAPED.test(match) && !FOLLOWED_BY_TIME_OR_AMOUNT.test(after);
}

function collect(
  pattern: RegExp,
  source: string,
  accept: (match: string, after: string, before: string) => boolean,
  group = 0,
): Hit[] {
  const hits: Hit[] = [];
  for (const match of allMatches(pattern, source)) {
    const value = match[group];
    if (value === undefined) continue;
    const start = (match.index ?? 0) + match[0].length - value.length;
    const end = start + value.length;
    const before = source.slice(Math.max(0, start - 50), start);
    if (accept(value, source.slice(end, end + 8), before)) hits.push({ kind: 'phone', start, end });
  }
  return hits;
}

export function findPhones(prepared: PreparedText): Hit[] {
  const source = prepared.folded;
  if (!/\d{2}|\d[ .\-/]\d/.test(source)) return [];
  return [
    ...collect(NATIONAL, source, nationalLooksLikePhone),
    ...collect(FRENCH_INTERNATIONAL, source, () => true),
    ...collect(FOREIGN, source, foreignLooksLikePhone),
    ...collect(ANNOUNCED, source, announcedLooksLikePhone, 1),
  ];
}
