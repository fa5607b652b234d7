// Identifiers that single a person out: e-mail addresses, social security numbers (NIR) and bank
// account numbers (IBAN, French RIB). Check digits decide when the layout alone is not convincing.

import { allMatches } from './all-matches.ts';
import { IBAN_LENGTHS, ibanChecksumIsValid, isValidNir } from './checksums.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

// The look-behind makes a match start only where a run of address characters starts, which keeps the
// scan linear on long runs without "@".
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+ ?(?:@|\(at\)|\[at\]|arobase) ?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

const NIR =
  /(?<![\w])[1-478][ .-]?\d{2}[ .-]?\d{2}[ .-]?(?:\d{2}|2[ab])[ .-]?\d{3}[ .-]?\d{3}(?:[ .-]?\d{2})?(?![\w])/g;
// Written as on the carte Vitale: 1 85 05 78 006 084 36.
const NIR_CARD_LAYOUT = /^\d \d\d \d\d [\dab]{2} \d{3} \d{3}(?: \d\d)?$/;
// After "sécu" or "n° SS" any 13–15 character number is taken for a NIR, typos included.
const ANNOUNCED_NIR =
  /(?<![a-z])(?:secu|securite sociale|n° ?ss|num(?:ero)? ?ss|no ss|nir|insee|carte vitale|vitale)(?![a-z])[^\d\n]{0,20}([1-478](?:[ .-]?[\dab]){12,14})(?![\w])/g;

const IBAN =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])/g;
// Bank, branch, account and key of a French RIB: 30006 00001 12345678901 89.
const RIB = /(?<![\w])\d{5} \d{5} [a-z0-9]{11} \d{2}(?![\w])/g;

function findEmails(prepared: PreparedText): Hit[] {
  const { text } = prepared;
  if (!/@|\(at\)|\[at\]|arobase/i.test(text)) return [];
  const hits: Hit[] = [];
  for (const match of allMatches(EMAIL, text)) {
    const topLevel = match[0].slice(match[0].lastIndexOf('.') + 1);
    if (!/^\p{L}{2,}$/u.test(topLevel)) continue;
    const start = match.index ?? 0;
    hits.push({ kind: 'email', start, end: start + match[0].length });
  }
  return hits;
}

function nirIsConvincing(match: string): boolean {
  const compact = match.replace(/[ .-]/g, '');
  if (isValidNir(compact)) return true;
  // Typed in the card's layout, a number is a NIR even with a wrong key or month: a typo or an
  // invented example, never a coincidence.
  return NIR_CARD_LAYOUT.test(match.replace(/[.-]/g, ' '));
}

function findNirs(prepared: PreparedText): Hit[] {
  const source = prepared.folded;
  const hits: Hit[] = [];
  for (const match of allMatches(NIR, source)) {
    if (!nirIsConvincing(match[0])) continue;
    const start = match.index ?? 0;
    hits.push({ kind: 'nir', start, end: start + match[0].length });
  }
  for (const match of allMatches(ANNOUNCED_NIR, source)) {
    const number = match[1] ?? '';
    const length = number.replace(/[ .-]/g, '').length;
    if (length !== 13 && length !== 15) continue;
    const end = (match.index ?? 0) + match[0].length;
    hits.push({ kind: 'nir', start: end - number.length, end });
  }
  return hits;
}

/** Length of the prefix of `match` that holds its first `count` letters and digits. */
function prefixHolding(match: string, count: number): number {
  let seen = 0;
  for (let i = 0; i < match.length; i += 1) {
    if (/[A-Za-z0-9]/.test(match.charAt(i))) seen += 1;
    if (seen === count) return i + 1;
  }
  return match.length;
}

/**
 * Refuse a valid IBAN; also refuse one of the right length for its country and mostly digits whose
 * checksum fails: a mistyped (or invented) bank account is still one.
 * Returns the length of the IBAN within the match, which may have run into the next word ("… 8831 pour").
 */
function ibanLength(match: string): number | undefined {
  const compact = match.replace(/[ -]/g, '').toUpperCase();
  const expected = IBAN_LENGTHS.get(compact.slice(0, 2));
  if (expected === undefined) {
    return compact.length >= 15 && ibanChecksumIsValid(compact) ? match.length : undefined;
  }
  if (compact.length < expected) return undefined;
  const length = prefixHolding(match, expected);
  const iban = compact.slice(0, expected);
  if (ibanChecksumIsValid(iban)) return length;
  const digitShare = iban.slice(4).replace(/\D/g, '').length / (expected - 4);
  return digitShare >= 0.75 ? length : undefined;
}

function findIbans(prepared: PreparedText): Hit[] {
  const hits: Hit[] = [];
  for (const match of allMatches(IBAN, prepared.text)) {
    const length = ibanLength(match[0]);
    if (length === undefined) continue;
    const start = match.index ?? 0;
    hits.push({ kind: 'iban', start, end: start + length });
  }
  for (const match of allMatches(RIB, prepared.folded)) {
    const start = match.index ?? 0;
    hits.push({ kind: 'iban', start, end: start + match[0].length });
  }
  return hits;
}

export function findIdentifiers(prepared: PreparedText): Hit[] {
  return [...findEmails(prepared), ...findNirs(prepared), ...findIbans(prepared)];
}
