// Special categories of data (RGPD art. 9 and 10) about someone: health, religion, sexual
// orientation, origin, justice. A term alone is a topic ("atelier santé mentale", "la laïcité au
// collège"); next to a reference to a person in the same sentence it describes that person.

import { allMatches } from './all-matches.ts';
import { RELIGION_TERMS } from './lexicons/beliefs.ts';
import { HEALTH_TERMS } from './lexicons/health.ts';
import { JUSTICE_TERMS } from './lexicons/justice.ts';
import { ORIENTATION_TERMS } from './lexicons/orientation.ts';
import { ORIGIN_TERMS } from './lexicons/origins.ts';
import { ROLE_WORDS, wordSet } from './names.ts';
import { findPersonReferences, type Span } from './person-reference.ts';
import type { PreparedText } from './prepared-text.ts';
import type { GuardKind, Hit } from './types.ts';

const CATEGORIES: ReadonlyArray<[GuardKind, readonly string[]]> = [
  ['health', HEALTH_TERMS],
  ['religion', RELIGION_TERMS],
  ['sexual-orientation', ORIENTATION_TERMS],
  ['origin', ORIGIN_TERMS],
  ['justice', JUSTICE_TERMS],
];
// One scan for all categories without capturing groups (V8 runs it several times faster than with
// a named group per category); each match is then given its category by a sticky test.
const ANY_TERM = new RegExp(
  `(?<![a-z])(?:${CATEGORIES.flatMap(([, terms]) => terms).join('|')})(?![a-z])`,
  'g',
);
const CATEGORY_AT = CATEGORIES.map(
  ([kind, terms]) => [kind, new RegExp(`(?:${terms.join('|')})(?![a-z])`, 'y')] as const,
);
const GAP_BREAK = /[.!?;\n]/;
const MAX_GAP = 60;
const MAX_GAP_BEFORE = 30;
const MAX_GAP_WORDS = 8;
// Colleagues' talk about a topic: "Yasmine anime l'atelier sur le diabète", "merci à Sofia pour la
// formation sur l'islam".
const BLOCKERS = new Set([
  ...ROLE_WORDS,
  ...wordSet(`atelier ateliers formation formations sensibilisation prevention conference colloque reunion
    groupe intervention interventions debat table ronde anime animee animera presente presentee organise
    organisee coordonne pilote propose proposent merci expo exposition film campagne projet module`),
]);

interface Term extends Span {
  kind: GuardKind;
}

function termsIn(folded: string): Term[] {
  const terms: Term[] = [];
  for (const match of allMatches(ANY_TERM, folded)) {
    const start = match.index ?? 0;
    const kind = CATEGORY_AT.find(([, pattern]) => {
      pattern.lastIndex = start;
      return pattern.test(folded);
    })?.[0];
    if (kind !== undefined) terms.push({ kind, start, end: start + match[0].length });
  }
  return terms;
}

function isLinked(folded: string, reference: Span, term: Term): boolean {
  const referenceFirst = reference.end <= term.start;
  if (!referenceFirst && term.end > reference.start) return true; // they overlap
  const gap = referenceFirst
    ? folded.slice(reference.end, term.start)
    : folded.slice(term.end, reference.start);
  if (gap.length > (referenceFirst ? MAX_GAP : MAX_GAP_BEFORE) || GAP_BREAK.test(gap)) return false;
  const words = gap.match(/\p{L}+/gu) ?? [];
  // "le film sur l'autisme projeté par Julie": after "par", the name is who acts.
  if (!referenceFirst && words[words.length - 1] === 'par') return false;
  return words.length <= MAX_GAP_WORDS && !words.some((word) => BLOCKERS.has(word));
}

/**
 * Sensitive terms that describe someone: `mentions` are the person hits other detectors found
 * (a first name with an age, Mme X, la famille X), which count as references too.
 */
export function findSensitiveData(prepared: PreparedText, mentions: readonly Hit[]): Hit[] {
  const terms = termsIn(prepared.folded);
  if (terms.length === 0) return [];
  // Only the stretch a link can span is searched for references.
  const from = Math.max(0, Math.min(...terms.map((term) => term.start)) - MAX_GAP - 40);
  const to = Math.max(...terms.map((term) => term.end)) + MAX_GAP_BEFORE + 40;
  const references: Span[] = [...mentions, ...findPersonReferences(prepared, from, to)];
  return terms
    .filter((term) => references.some((reference) => isLinked(prepared.folded, reference, term)))
    .map(({ kind, start, end }) => ({ kind, start, end }));
}
