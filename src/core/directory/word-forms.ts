// The words of a profile and of a search, as the directory compares them. French job titles
// are gendered and plural (« éducatrices » for « éducateur »), compound names are hyphenated
// or not (« Saint-Ouen », « socio-culturel », `mission-locale`): both sides are brought to
// one form so that a search finds the person whatever form either wrote.
import { fold } from '../text/fold.ts';

/** Feminine endings and their masculine form, longest first (`iere` before `ere`). */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['trice', 'teur'], // éducatrice, animatrice, médiatrice, directrice, coordinatrice
  ['ienne', 'ien'], // technicienne
  ['iere', 'ier'], // infirmière
  ['euse', 'eur'], // accompagneuse
  ['eure', 'eur'], // professeure
  ['effe', 'ef'], // cheffe
  ['enne', 'en'], // lycéenne
  ['onne', 'on'],
  ['elle', 'el'], // professionnelle
  ['ette', 'et'],
  ['ere', 'er'], // conseillère
  ['ive', 'if'], // éducative
  ['ale', 'al'], // sociale, locale, principale
  ['ante', 'ant'], // assistante, intervenante
  ['ente', 'ent'], // référente
  ['ee', 'e'], // spécialisée, chargée
];

/**
 * The common form of a folded word: singular, masculine. Only words of five letters or more
 * change (short words and acronyms stay as typed), and both sides of a comparison go through
 * it, so that a rule that merges two unrelated words costs at most a rare extra result.
 */
export function wordForm(word: string): string {
  if (word.length < 5) return word;
  let form = word;
  if (form.endsWith('eaux')) form = form.slice(0, -1);
  else if (form.endsWith('aux')) form = `${form.slice(0, -3)}al`;
  else if (form.endsWith('s') && !form.endsWith('ss')) form = form.slice(0, -1);
  for (const [feminine, masculine] of ENDINGS) {
    if (form.endsWith(feminine) && form.length - feminine.length >= 2)
      return form.slice(0, -feminine.length) + masculine;
  }
  return form;
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The folded words of a text, split at spaces, punctuation, hyphens, apostrophes and
 * underscores; a compound (`socio-culturel`) also gives its parts joined (`socioculturel`).
 */
export function textWords(text: string): string[] {
  const words: string[] = [];
  // Plain ASCII (most names, codes) needs no Unicode folding: lower case is enough.
  const folded = ASCII.test(text) ? text.toLowerCase() : fold(text);
  for (const chunk of folded.split(/[^\p{L}\p{N}'_-]+/u)) {
    const parts = chunk.split(/['_-]+/).filter((part) => part.length > 0);
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

/** Words that carry no meaning in a search (`qui centre de loisirs`). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'un',
  'une',
  'and',
  'of',
  'the',
]);

/**
 * Optimal string alignment distance (a swap of two neighbours counts one, as people mistype),
 * bounded: returns max + 1 as soon as it is exceeded.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}
