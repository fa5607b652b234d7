// What makes a sentence about someone in particular: a first name, initials, a civility and a
// name, a family member named by their tie ("la mère de…", "son fils"), a pupil's class ("4eB"),
// an age. Generic words ("un jeune", "une mère", "les familles") are not: they are what the guard
// itself advises writing.

import { allMatches } from './all-matches.ts';
import {
  INSTITUTION_WORDS,
  isColleagueName,
  isKnownFirstName,
  isUpperCaseLetter,
  NOT_A_NAME,
  ORGANISATION_WORDS,
  ROLE_WORDS,
  wordSet,
} from './names.ts';
import type { PreparedText } from './prepared-text.ts';

export interface Span {
  start: number;
  end: number;
}

// Folded text: first names are plain letters by then (an ASCII pattern is much faster).
const WORD = /(?<![a-z])[a-z]+(?:-[a-z]+)*/g;
// "Sarah L.", "Kevin M", "A.B.", "M.K", "J-B.", "T. R."
const INITIALS =
  /(?<![\p{L}.])\p{Lu}(?:\.|-\p{Lu}\.?)(?: ?\p{Lu}\.?)?(?![\p{L}])|(?<=\p{Lu}\p{Ll}+ )\p{Lu}\.?(?![\p{L}.])/gu;
const TIE =
  /(?<![a-z])(?:la|le|sa|son|leur|ce|cet|cette) (?:mere|maman|pere|papa|fils|fille|frere|soeur|grande? (?:soeur|frere)|grand-mere|grand-pere|tante|oncle|cousine?|beau-pere|belle-mere|compagnon|compagne|mari|femme|epouse|conjointe?|bebe|petite?(?! dej)|jeune|gamine?|ado|adolescente?|eleve|collegienne?|lyceenne?|enfant|dame|monsieur)(?![a-z])/g;
// "4eB", "5e A", "2nde4", "1ère3", "CM2 B": a class group, not just a level.
const CLASS =
  /(?<![a-z0-9])(?:[3-6] ?(?:e|eme)|2nde|seconde|1ere|tle|cm[12]|ce[12]) ?([a-h1-9])(?![a-z0-9])/g;
const AGE = /(?<![\d/-])(\d{1,2}) ?(?:ans|an|a)(?![a-z])/g;
// "les 11-15 ans", "de 12 à 17 ans", "moins de 25 ans", "depuis 2 ans", "jusqu'à 29 ans", "à 18 ans": brackets,
// limits and durations.
const NOT_AN_AGE_BEFORE =
  /(?:\d ?(?:-|\/|a|et|à) ?|(?:de|entre|moins de|plus de|les|des|aux|tous les|depuis|pendant|il y a|apres|sur|en|dans|pour|ces|ses|leurs|jusqu'a|jusqu a|a partir de|a|avant|au-dela de) )$/;
const NOT_AN_AGE_AFTER = /^ ?(?:et (?:plus|\+)|\+|de |d'|-\d|\/\d)/;

/** Matches of `pattern` in `source` between `from` and `to`, in the coordinates of `source`. */
function* matchesIn(source: string, pattern: RegExp, from: number, to: number) {
  for (const match of allMatches(pattern, source.slice(from, to))) {
    match.index = (match.index ?? 0) + from;
    yield match;
  }
}

function firstNames(prepared: PreparedText, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (const match of matchesIn(prepared.folded, WORD, from, to)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (isKnownFirstName(prepared, start, end) && !isColleagueName(prepared, start, end)) {
      spans.push({ start, end });
    }
  }
  return spans;
}

function classes(prepared: PreparedText, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (const match of matchesIn(prepared.folded, CLASS, from, to)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const group = prepared.text.charAt(end - 1);
    // "les 3e a 14h" is a level and a time: the group's letter is written in capitals.
    if (/\d/.test(group) || isUpperCaseLetter(group) || prepared.singleCase) spans.push({ start, end });
  }
  return spans;
}

function ages(folded: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (const match of matchesIn(folded, AGE, from, to)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (NOT_AN_AGE_BEFORE.test(folded.slice(Math.max(0, start - 16), start))) continue;
    if (NOT_AN_AGE_AFTER.test(folded.slice(end, end + 8))) continue;
    spans.push({ start, end });
  }
  return spans;
}

// A first name the list does not know, as the subject of the sentence: "Samy est diabétique",
// "pour Kylan qui est autiste". Capitalised, and followed by a verb that describes someone.
const SUBJECT =
  /(?<![\p{L}'-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?= (?:qui )?(?:est|a|fait|sort|porte|va|vit|prend|doit|veut|pense|attend|consomme|prie|refuse|reste|revient|etait|était|avait|sera|se|s'|n'|ne) )/gu;
const NOT_A_SUBJECT = wordSet(`ce cette cet ca cela celui celle rien tout tous chacun chacune personne aucun
  aucune aujourd'hui demain hier dieu`);

function subjects(prepared: PreparedText, from: number, to: number): Span[] {
  if (prepared.singleCase) return [];
  const spans: Span[] = [];
  for (const match of matchesIn(prepared.text, SUBJECT, from, to)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const folded = prepared.folded.slice(start, end);
    const known = [NOT_A_NAME, NOT_A_SUBJECT, ORGANISATION_WORDS, INSTITUTION_WORDS, ROLE_WORDS];
    if (!known.some((words) => words.has(folded))) spans.push({ start, end });
  }
  return spans;
}

const spansOf = (source: string, pattern: RegExp, from: number, to: number): Span[] =>
  [...matchesIn(source, pattern, from, to)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));

/** References to a person between `from` and `to` (the stretch around sensitive terms). */
export function findPersonReferences(prepared: PreparedText, from = 0, to = prepared.text.length): Span[] {
  return [
    ...firstNames(prepared, from, to),
    ...subjects(prepared, from, to),
    ...spansOf(prepared.text, INITIALS, from, to),
    ...spansOf(prepared.folded, TIE, from, to),
    ...classes(prepared, from, to),
    ...ages(prepared.folded, from, to),
  ];
}
