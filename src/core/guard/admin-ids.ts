// Administrative identifiers of a person (CAF, France Travail, tax, INE, OFPRA, écrou, MDPH),
// identity documents and vehicle plates: a number right after the word that names it is personal
// data whatever its shape or checksum. Organisation identifiers (SIRET, RNA, UAI…) have no word here.

import { allMatches } from './all-matches.ts';
import {
  ADMIN_ID_SHORT_WORDS,
  ADMIN_ID_WORDS,
  ID_DOCUMENT_WORDS,
  PLATE_WORDS,
} from './lexicons/identifier-words.ts';
import type { PreparedText } from './prepared-text.ts';
import type { GuardKind, Hit } from './types.ts';

const words = (list: readonly string[]): string => `(?<![a-z])(?:${list.join('|')})(?![a-z])`;

// Letters may be glued to the digits ("19AB45821", "1234567A"); separators only between digits,
// so that the words after the number stay out of it.
const VALUE = '(?<![a-z\\d])[a-z]{0,3}\\d(?:[ .-]?\\d|[a-z]){3,18}(?![a-z\\d])';
// Words between the identifier's name and its number: "passeport du père n° …", never a sentence's end.
const GAP = '[^\\d\\n;!?]{0,25}?';
// "INE du jeune …", "n° CAF de la famille : …": whose number it is may come between.
const SHORT_GAP =
  " ?(?:(?:de l'|du |de la |des |d')(?:eleve|jeune|mere|pere|enfant|famille|fille|fils|ado|foyer|menage) ?)?" +
  "(?:[:#=]|n°|no|n|num|numero|c'est|est)? ?(?:[:#=] ?)?";

const ANNOUNCED: ReadonlyArray<[GuardKind, RegExp]> = [
  ['admin-id', new RegExp(`${words(ADMIN_ID_WORDS)}${GAP}(${VALUE})`, 'g')],
  ['admin-id', new RegExp(`${words(ADMIN_ID_SHORT_WORDS)}${SHORT_GAP}(${VALUE})`, 'g')],
  ['id-document', new RegExp(`${words(ID_DOCUMENT_WORDS)}${GAP}(${VALUE})`, 'g')],
];
// "2233445 c'est son n° d'allocataire": the number first.
const NUMBER_FIRST = new RegExp(
  `(${VALUE})[^\\d\\n;!?.]{0,25}?(?:${words(ADMIN_ID_WORDS)}|${words(ID_DOCUMENT_WORDS)})`,
  'g',
);
// Amounts, durations and times are not identifiers: "alloc de 12 345 €".
const NOT_AN_IDENTIFIER = /^ ?(?:€|euros?(?![a-z])|eur(?![a-z])|%|h(?![a-z])|ans?(?![a-z])|mois|jours)/;

// SIV plates (since 2009): two letters, three digits, two letters, no I, O or U. With dashes the
// layout alone is convincing; written otherwise, or in the older FNI layout, a plate word must come first.
const SIV_LETTERS = '[a-hj-np-tv-z]{2}';
const SIV_DASHED = new RegExp(`(?<![a-z\\d-])${SIV_LETTERS}-\\d{3}-${SIV_LETTERS}(?![a-z\\d-])`, 'g');
const PLATE_VALUE = `(?<![a-z\\d])(?:${SIV_LETTERS}[ -]?\\d{3}[ -]?${SIV_LETTERS}|\\d{1,4} ?[a-z]{1,3} ?(?:\\d{2}|2a|2b|97\\d))(?![a-z\\d])`;
const ANNOUNCED_PLATE = new RegExp(`${words(PLATE_WORDS)}${GAP}(${PLATE_VALUE})`, 'g');

// "Numéro vert de la CAF 0 810 25 95 10": a service line, not a person's number.
const SERVICE_LINE = /^0 ?8\d(?:[ .-]?\d){7}$/;
const SERVICE_LINE_BEFORE = /(?:vert|gratuit|appel|appelez|appeler|standard|accueil)[^\d]{0,20}$/;

function isIdentifier(value: string, after: string, before: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  if (SERVICE_LINE.test(value) && SERVICE_LINE_BEFORE.test(before)) return false;
  return value.length >= 5 && digits >= 4 && !NOT_AN_IDENTIFIER.test(after);
}

function collect(source: string, pattern: RegExp, kind: GuardKind, valueFirst: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const match of allMatches(pattern, source)) {
    const value = match[1] ?? '';
    const start = valueFirst ? (match.index ?? 0) : (match.index ?? 0) + match[0].length - value.length;
    const end = start + value.length;
    const before = source.slice(Math.max(0, start - 40), start);
    if (kind === 'plate' || isIdentifier(value, source.slice(end, end + 8), before)) {
      hits.push({ kind, start, end });
    }
  }
  return hits;
}

// Cheap tests that rule most texts out before the patterns that capture.
const ANY_ID_WORD = new RegExp(words([...ADMIN_ID_WORDS, ...ADMIN_ID_SHORT_WORDS, ...ID_DOCUMENT_WORDS]));
const ANY_PLATE_WORD = new RegExp(words(PLATE_WORDS));
const MAYBE_DASHED_PLATE = /[a-z]-\d{3}-[a-z]/;

export function findAdministrativeIds(prepared: PreparedText): Hit[] {
  const source = prepared.folded;
  if (!/\d/.test(source)) return [];
  const hits: Hit[] = [];
  if (ANY_ID_WORD.test(source)) {
    for (const [kind, pattern] of ANNOUNCED) hits.push(...collect(source, pattern, kind, false));
    hits.push(...collect(source, NUMBER_FIRST, 'admin-id', true));
  }
  if (MAYBE_DASHED_PLATE.test(source)) {
    for (const match of allMatches(SIV_DASHED, source)) {
      const start = match.index ?? 0;
      hits.push({ kind: 'plate', start, end: start + match[0].length });
    }
  }
  if (ANY_PLATE_WORD.test(source)) hits.push(...collect(source, ANNOUNCED_PLATE, 'plate', false));
  return hits;
}
