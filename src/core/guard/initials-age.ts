// Short forms of a young person's identity: initials or a first name and an initial with an age
// ("T.R., 13 ans", "M.L (16ans)", "AB, 15 ans") or a birth year in brackets ("Yanis B. (2011)").

import { allMatches } from './all-matches.ts';
import { isKnownFirstName, wordSet } from './names.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

// "T.R.", "J-B.", "L. M.", "AB"; or "Sarah L.", "Kevin D".
const INITIALS = '\\p{Lu}(?:\\.|-\\p{Lu}\\.?|(?=\\p{Lu}))(?: ?\\p{Lu}\\.?)?';
const NAME_AND_INITIAL = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu}\\.?';
// Matched on the text as typed (capitals matter here), so accents are still there: "âgée de".
const AGE_TAIL =
  '(?: ?[,(-] ?| )(?:[aâAÂ]g[ée]e? de |qui a |[aà] )?\\d{1,2} ?(?:ans|an|a)\\.?(?![\\p{L}\\d])(?: ?\\))?';
const YEAR_TAIL = ' ?\\((?:19|20)\\d\\d\\)';
const WITH_AGE = new RegExp(
  `(?<![\\p{L}\\d.'-])(${INITIALS}|${NAME_AND_INITIAL})(?![\\p{L}])(?:${AGE_TAIL}|${YEAR_TAIL})`,
  'gu',
);
const FIRST_NAME_AND_YEAR = new RegExp(`(?<![\\p{L}\\d.'-])(\\p{Lu}\\p{Ll}+)${YEAR_TAIL}`, 'gu');
// "20 ans d'expérience", "les 6 ans et +": a duration or an age group.
const NOT_A_PERSONS_AGE = /^ ?(?:de |d'|et \+|et plus|\+|-\d|a \d)/;
// Two capitals that are a class or an acronym: "CP, 6 ans", "BTS 2 ans".
const ACRONYMS = wordSet('cp ce cm gs ms ps as es me ip ts pe ft rn cd de le la un en ok tp td rh qpv');

// Every match ends with an age or a year in brackets: most texts have neither.
const AGE_OR_YEAR = /\d ?(?:ans|an|a)(?![a-z])|\((?:19|20)\d\d\)/;

function accepts(prepared: PreparedText, match: RegExpMatchArray): boolean {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  if (NOT_A_PERSONS_AGE.test(prepared.folded.slice(end, end + 8))) return false;
  // Only two bare capitals may be an acronym: "A-S." or "A.S." are initials.
  const written = match[1] ?? '';
  return !(/^\p{Lu}{2}$/u.test(written) && ACRONYMS.has(written.toLowerCase()));
}

export function findInitialsWithAge(prepared: PreparedText): Hit[] {
  // In one-case text capitals prove nothing: initials cannot be told from words.
  if (prepared.singleCase || !AGE_OR_YEAR.test(prepared.folded)) return [];
  const hits: Hit[] = [];
  for (const match of allMatches(WITH_AGE, prepared.text)) {
    if (!accepts(prepared, match)) continue;
    const start = match.index ?? 0;
    hits.push({ kind: 'person-age', start, end: start + match[0].length });
  }
  for (const match of allMatches(FIRST_NAME_AND_YEAR, prepared.text)) {
    const start = match.index ?? 0;
    if (!isKnownFirstName(prepared, start, start + (match[1] ?? '').length)) continue;
    hits.push({ kind: 'person-age', start, end: start + match[0].length });
  }
  return hits;
}
