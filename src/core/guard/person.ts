// Warnings about a supported person: a first name or an initial with an age, a name after a civility,
// a family name. Capitalised words count as names only in these strong contexts; elsewhere only the
// first-name list does, so that "Mission locale de Cergy" or "collège Jean Moulin" pass.

import { allMatches } from './all-matches.ts';
import {
  INSTITUTION_WORDS,
  isAllCaps,
  isCapitalisedWord,
  isKnownFirstName,
  isSentenceStart,
  isUpperCaseLetter,
  NOT_A_NAME,
  ORGANISATION_WORDS,
  ROLE_WORDS,
  wordBefore,
  wordSet,
} from './names.ts';
import type { PreparedText } from './prepared-text.ts';
import type { Hit } from './types.ts';

const NAME_WITH_AGE =
  /(?<![\p{L}\d'.-])(\p{L}[\p{L}'-]*\.?)(?: ?, ?| ?\( ?| )(?:(?:agee?|qui a|a) (?:de )?)?(\d{1,2})(?: ?ans?|a)(?![\p{L}\d])(?: ?\))?/gu;
// "20 ans d'expérience", "les 6 ans et +": a duration or an age group, not a person's age.
const NOT_A_PERSONS_AGE = /^ ?(?:de |d'|et \+|et plus|\+|-\d|a \d)/;
// Unknown capitalised words pass for names only at ages of the young people members support.
const YOUNG = 25;

const CIVILITY =
  /(?<![\p{L}])(?:M\.|MM\.|(?:Mr|MR|mr|Mme|MME|mme|Mmes|MMES|Madame|madame|MADAME|Monsieur|monsieur|MONSIEUR|Mlle|MLLE|mlle|Melle|melle|Mademoiselle|mademoiselle)(?![\p{L}])\.?) ?(\p{L}[\p{L}'-]*)/gu;
const ABBREVIATED_CIVILITY = /^(?:mr|mme|mmes|mlle|melle)/i;
const FAMILY = /(?<![\p{L}])(?:[Ff]amille|FAMILLE) (\p{L}[\p{L}'-]*)/gu;
const THE_FAMILY = /(?<![\p{L}])(?:les|Les|LES) (\p{Lu}[\p{L}'-]*)/gu;
// Lower-case look-alikes of names that are really acronyms or meeting words: "les Copil", "les Rdv".
const MIXED_CASE_WORDS = wordSet('rdv copil cotech qpv cm1 cm2 ce1 ce2 ulis segpa');
const PLACE_NAME = /-(?:de|du|des|sur|en|les|la|le|aux)-/;

interface Token {
  start: number;
  end: number;
  word: string;
  folded: string;
}

function tokenAt(prepared: PreparedText, start: number, end: number): Token {
  return { start, end, word: prepared.text.slice(start, end), folded: prepared.folded.slice(start, end) };
}

/** The name these patterns capture last, so it ends where the match ends. */
function lastToken(prepared: PreparedText, match: RegExpMatchArray): Token {
  const end = (match.index ?? 0) + match[0].length;
  return tokenAt(prepared, end - (match[1] ?? '').length, end);
}

function isPersonBeforeAge(prepared: PreparedText, token: Token, age: number): boolean {
  if (token.word.endsWith('.')) {
    // An initial: "K., 15 ans"; in lower-case typing "k., 15 ans" too.
    const letter = token.word.charAt(0);
    return token.word.length === 2 && (isUpperCaseLetter(letter) || prepared.singleCase);
  }
  if (INSTITUTION_WORDS.has(wordBefore(prepared.folded, token.start))) return false;
  if (isKnownFirstName(prepared, token.start, token.end)) return true;
  return (
    age <= YOUNG &&
    token.word.length > 1 &&
    !prepared.singleCase &&
    isCapitalisedWord(token.word) &&
    !isSentenceStart(prepared.text, token.start) &&
    !NOT_A_NAME.has(token.folded)
  );
}

// Every age ends with "ans", "an" or "a" after digits: most texts have none.
const MAY_HOLD_AN_AGE = /\d ?a/;

function findAges(prepared: PreparedText): Hit[] {
  const hits: Hit[] = [];
  if (!MAY_HOLD_AN_AGE.test(prepared.folded)) return hits;
  for (const match of allMatches(NAME_WITH_AGE, prepared.folded)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (NOT_A_PERSONS_AGE.test(prepared.folded.slice(end, end + 8))) continue;
    const token = tokenAt(prepared, start, start + (match[1] ?? '').length);
    if (isPersonBeforeAge(prepared, token, Number(match[2]))) hits.push({ kind: 'person-age', start, end });
  }
  return hits;
}

const ORGANISATION_AFTER =
  /^,? ?(?:\(|- )?(?:(?:de la|du|des|de|au|a la|la|le|notre|votre|ma|mon|nouveau|nouvelle|future?) |de l'|d'|l'){0,2}(\p{L}+)/u;

// "Atelier animé par Mme Roux": who runs the action is a professional.
const AGENT_BEFORE =
  /(?<![a-z])(?:anime|animee|presente|presentee|organise|organisee|coordonne|coordonnee|pilote|pilotee|porte|portee|encadre|encadree|assure|assuree) par $/;

/** "Mme Durand, principale du collège", "M. Martin de la CAF", "l'AS Mme Benali": a colleague. */
function isProfessional(prepared: PreparedText, civilityStart: number, nameEnd: number): boolean {
  if (ROLE_WORDS.has(wordBefore(prepared.folded, civilityStart))) return true;
  if (AGENT_BEFORE.test(prepared.folded.slice(Math.max(0, civilityStart - 30), civilityStart))) return true;
  let from = nameEnd;
  const secondName = /^ \p{Lu}[\p{L}'-]*/u.exec(prepared.text.slice(from, from + 40));
  if (secondName && !prepared.singleCase) from += secondName[0].length;
  const after = ORGANISATION_AFTER.exec(prepared.folded.slice(from, from + 60));
  const next = after?.[1];
  if (after === null || next === undefined) return false;
  if (ROLE_WORDS.has(next) || ORGANISATION_WORDS.has(next) || INSTITUTION_WORDS.has(next)) return true;
  // An acronym after the name is the colleague's organisation ("Mme Sow (CCAS)"), unless all is capitals.
  const nextStart = from + after[0].length - next.length;
  return !prepared.singleCase && isAllCaps(prepared.text.slice(nextStart, nextStart + next.length));
}

/** All capitals make a surname ("famille DIALLO") only when the text around is not all capitals. */
const isShoutedName = (prepared: PreparedText, token: Token): boolean =>
  !prepared.singleCase && isAllCaps(token.word) && token.word.length > 2 && !/^[dl]'/.test(token.folded);

function isNameAfterCivility(prepared: PreparedText, match: RegExpMatchArray, token: Token): boolean {
  if (NOT_A_NAME.has(token.folded) || ROLE_WORDS.has(token.folded)) return false;
  // "Mme l'adjointe", "M. l'Inspecteur": an article, then the role.
  if (/^[ld]'/.test(token.folded)) return false;
  if (isCapitalisedWord(token.word) || isShoutedName(prepared, token)) return true;
  // Typed in one case ("rdv avec mme diallo", "MME DIALLO"), a name after a civility is still a name.
  const lowerAfterAbbreviation =
    ABBREVIATED_CIVILITY.test(match[0]) && token.word === token.word.toLowerCase();
  return (prepared.singleCase || lowerAfterAbbreviation) && token.word.length >= 3;
}

function findCivilities(prepared: PreparedText): Hit[] {
  const hits: Hit[] = [];
  for (const match of allMatches(CIVILITY, prepared.text)) {
    const token = lastToken(prepared, match);
    const start = match.index ?? 0;
    if (!isNameAfterCivility(prepared, match, token) || isProfessional(prepared, start, token.end)) continue;
    hits.push({ kind: 'civility-name', start, end: token.end });
  }
  return hits;
}

function isFamilyName(prepared: PreparedText, token: Token, plural: boolean): boolean {
  if (NOT_A_NAME.has(token.folded) || MIXED_CASE_WORDS.has(token.folded)) return false;
  if (!plural) return isCapitalisedWord(token.word) || isShoutedName(prepared, token);
  // Plural place and group names end in -s/-x ("les Mureaux", "les Francas"); surnames stay singular.
  return isCapitalisedWord(token.word) && !/[sx]$/.test(token.folded) && !PLACE_NAME.test(token.folded);
}

/** "Écoute Famille Unafam": a capital Famille after a capitalised word is an organisation's name. */
function insideAProperName(prepared: PreparedText, start: number): boolean {
  if (prepared.singleCase || prepared.text.charAt(start) !== 'F') return false;
  const before = /(\p{L}+) $/u.exec(prepared.text.slice(Math.max(0, start - 30), start));
  return before !== null && isCapitalisedWord(before[1] ?? '');
}

function findFamilies(prepared: PreparedText): Hit[] {
  const hits: Hit[] = [];
  for (const match of allMatches(FAMILY, prepared.text)) {
    const token = lastToken(prepared, match);
    if (!isFamilyName(prepared, token, false) || insideAProperName(prepared, match.index ?? 0)) continue;
    hits.push({ kind: 'family-name', start: match.index ?? 0, end: token.end });
  }
  for (const match of allMatches(THE_FAMILY, prepared.text)) {
    const start = match.index ?? 0;
    const article = match[0].slice(0, 3);
    if (article !== 'les' && !isSentenceStart(prepared.text, start)) continue;
    const token = lastToken(prepared, match);
    if (isFamilyName(prepared, token, true)) hits.push({ kind: 'family-name', start, end: token.end });
  }
  return hits;
}

export function findPersonMentions(prepared: PreparedText): Hit[] {
  return [...findAges(prepared), ...findCivilities(prepared), ...findFamilies(prepared)];
}
