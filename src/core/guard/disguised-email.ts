// E-mail addresses in disguise: "prénom point nom arobase fournisseur point fr",
// "x.y[at]mail[dot]fr", "x.y @ mail . fr". Spelt-out dots need a known top-level domain at the end,
// and "at"/"chez" a known mail provider, so that ordinary words around them stay ordinary.

import { allMatches } from './all-matches.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

// No dot inside a part: the dots are the separators, which keeps the match linear.
const LOCAL = '[a-z0-9_%+-]+';
const LABEL = '[a-z0-9-]+';
const DOT = '(?: ?(?:\\.|\\[\\.\\]|\\(\\.\\)|\\[dot\\]|\\(dot\\)|\\[point\\]|\\(point\\)) ?| (?:point|dot) )';
const SYMBOL_AT =
  '(?: ?(?:@|\\(a\\)|\\[@\\]|\\(@\\)|\\[at\\]|\\(at\\)|\\{at\\}|\\[arobase\\]|\\(arobase\\)) ?| arr?obase )';
// "at" and "chez" are ordinary words: only before a provider people really use.
const WORD_AT = ' (?:at|chez|a commercial) ';
const PROVIDER =
  '(?:gmail|googlemail|hotmail|yahoo|outlook|live|msn|orange|wanadoo|free|sfr|neuf|laposte|bbox|icloud|me|aol|gmx|protonmail|proton|numericable|club-internet)';
const TLD = '(?:fr|com|net|org|eu|be|ch|lu|info|biz|io|re|ma|dz|tn|sn|ci|cm|de|es|it|pt|uk|co)';
const BEFORE = '(?<![a-z0-9._%+-])';
const AFTER = '(?![a-z0-9])';

const SPELT = new RegExp(
  `${BEFORE}${LOCAL}(?:${DOT}${LOCAL}){0,4}${SYMBOL_AT}${LABEL}(?:${DOT}${LABEL}){0,2}${DOT}${TLD}${AFTER}`,
  'g',
);
const WITH_WORD_AT = new RegExp(
  `${BEFORE}${LOCAL}(?:${DOT}${LOCAL}){0,4}${WORD_AT}${PROVIDER}${DOT}${TLD}${AFTER}`,
  'g',
);
const MAY_HIDE_AN_EMAIL = /@|\(a\)|arr?obase|\[at\]|\(at\)|\{at\}| at | chez | a commercial /;

export function findDisguisedEmails(prepared: PreparedText): Hit[] {
  const source = prepared.folded;
  if (!MAY_HIDE_AN_EMAIL.test(source)) return [];
  const hits: Hit[] = [];
  for (const pattern of [SPELT, WITH_WORD_AT]) {
    for (const match of allMatches(pattern, source)) {
      const start = match.index ?? 0;
      hits.push({ kind: 'email', start, end: start + match[0].length });
    }
  }
  return hits;
}
