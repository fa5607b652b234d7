// Word-level helpers for the warnings about supported persons: is this token a first name, a
// capitalised name, the start of a sentence, a professional's role?

import { AMBIGUOUS_WHEN_LOWER_CASE, FIRST_NAMES } from './first-names.ts';
import type { PreparedText } from './prepared-text.ts';

/** A set of the whitespace-separated words of `list`. */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Jobs and titles: "Sophie, éducatrice", "Mme Durand, principale", "l'AS Nadia" are colleagues. */
export const ROLE_WORDS = wordSet(`
  educ educs educateur educatrice educateurs educatrices referent referente referents as assistant
  assistante assistantes cheffe chef directeur directrice direction coordinateur coordinatrice coordo
  responsable psy psychologue mediateur mediatrice animateur animatrice cpe infirmier infirmiere
  conseiller conseillere partenaire stagiaire collegue collegues principal principale proviseur proviseure
  adjoint adjointe maire elu elue delegue deleguee prefet prefete juge president presidente secretaire
  professeur professeure prof profs enseignant enseignante instit institutrice instituteur agent agente
  charge chargee dr docteur avocat avocate commissaire inspecteur inspectrice benevole benevoles
  intervenant intervenante formateur formatrice travailleur travailleuse cesf es me moniteur
  monitrice ministre depute deputee senateur senatrice conseil ccas caf pmi
`);

/** Words before a name that make it the name of a place: "collège Jean Moulin", "rue Victor Hugo". */
export const INSTITUTION_WORDS = wordSet(`
  college ecole lycee centre rue avenue place salle gymnase stade mediatheque bibliotheque espace maison
  residence cite quartier parc square boulevard bd allee impasse association asso fondation institut
  clinique hopital creche groupe scolaire cours quai chemin pont gare metro station saint sainte st ste
  prix club complexe foyer theatre cinema lycees colleges ecoles centres social sociale hotel
`);

/** Organisations a professional belongs to: "M. Martin (mairie)", "Mme Sow de la CAF". */
export const ORGANISATION_WORDS = wordSet(`
  mairie ville caf ccas pmi cpam departement region prefecture rectorat msa udaf education mission
  france pole ase pjj pre aemo mecs college ecole lycee centre association asso service services bailleur
  office club maison mds edas crous apprentis croix secours restos emmaus cite justice tribunal police
  gendarmerie hopital clinique cmp cmpp sessad ime itep spip
`);

/** Capitalised words that follow "Madame", "la famille", "les" without being a name. */
export const NOT_A_NAME = wordSet(`
  le la les l de du des d un une et a au aux en pour par sur dans avec ce cette ces son sa ses leur leurs
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout
  septembre octobre novembre decembre maire directrice directeur principale principal proviseure proviseur
  prefete prefet juge presidente president ministre deputee depute senatrice senateur adjointe adjoint
  deleguee delegue professeure professeur docteur inspectrice inspecteur commissaire rectrice recteur
  cheffe chef coordinatrice coordinateur responsable referente referent est a va sera etait qui que
  vous nous je tu il elle ils elles on merci bonjour bonsoir hello mme mmes madame monsieur mlle
  mademoiselle mr famille parentalite enfance enfants jeunesse ecole plus services
  solidarite accueil education sante
`);

const LETTER = /\p{L}/u;

export const isUpperCaseLetter = (char: string): boolean =>
  char !== char.toLowerCase() && char === char.toUpperCase();

/** Only the first letter upper case: "Diallo", not "CAF". */
export function isCapitalisedWord(word: string): boolean {
  if (!isUpperCaseLetter(word.charAt(0))) return false;
  return word.length === 1 || word.slice(1) !== word.slice(1).toUpperCase();
}

export const isAllCaps = (word: string): boolean => word.length > 1 && word === word.toUpperCase();

/** Nothing but a bullet, quote or end of sentence before: capitals there prove nothing. */
export function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const char = text.charAt(i);
    if (char === ' ') continue;
    return /[.!?\n:;…«"*•>-]/.test(char);
  }
  return true;
}

/** A first name from the list; lower-case ones only when they are not also common words. */
export function isKnownFirstName(prepared: PreparedText, start: number, end: number): boolean {
  const folded = prepared.folded.slice(start, end);
  if (!FIRST_NAMES.has(folded)) return false;
  const word = prepared.text.slice(start, end);
  if (!prepared.singleCase && isUpperCaseLetter(word.charAt(0))) return true;
  return folded.length >= 3 && !AMBIGUOUS_WHEN_LOWER_CASE.has(folded);
}

/** The word (letters, apostrophes, hyphens) that ends at most a comma and spaces before `index`. */
export function wordBefore(folded: string, index: number): string {
  let end = index;
  while (end > 0 && /[ ,']/.test(folded.charAt(end - 1))) end -= 1;
  let start = end;
  while (start > 0 && (LETTER.test(folded.charAt(start - 1)) || folded.charAt(start - 1) === '-')) start -= 1;
  return folded.slice(start, end);
}

// "Sophie de la CAF", "Nadia (infirmière)", "Sarah Cohen, juge des enfants": after the name (and
// maybe a surname) comes the colleague's role or organisation.
// ("Sofiane, le juge a tranché" starts a new clause: no article before the role.)
const AFTER_NAME = /^(?: \p{Lu}[\p{L}'-]+)? ?,? ?(?:\(|- )?(?:de la |du |de l'|des |d')?(\p{L}+)/u;

/** A first name that names a professional by their role or organisation, before or after it. */
export function isColleagueName(prepared: PreparedText, start: number, end: number): boolean {
  const before = wordBefore(prepared.folded, start);
  if (ROLE_WORDS.has(before) || INSTITUTION_WORDS.has(before)) return true;
  const after = AFTER_NAME.exec(prepared.text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
  const folded = after.normalize('NFD').replace(/\p{M}/gu, '');
  return ROLE_WORDS.has(folded) || ORGANISATION_WORDS.has(folded);
}
