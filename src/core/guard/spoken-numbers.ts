// Numbers written in French words ("zéro six, soixante et onze, quatre-vingt-dix"), read group by
// group into digits so that a phone number dictated in words is caught like one typed in digits.

export interface NumberToken {
  text: string;
  start: number;
  end: number;
  /** What separates this token from the previous one in the text. */
  before: string;
}

const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['un', 1],
  ['une', 1],
  ['deux', 2],
  ['trois', 3],
  ['quatre', 4],
  ['cinq', 5],
  ['six', 6],
  ['sept', 7],
  ['huit', 8],
  ['neuf', 9],
]);
const TEENS: ReadonlyMap<string, number> = new Map([
  ['dix', 10],
  ['onze', 11],
  ['douze', 12],
  ['treize', 13],
  ['quatorze', 14],
  ['quinze', 15],
  ['seize', 16],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['vingt', 20],
  ['trente', 30],
  ['quarante', 40],
  ['cinquante', 50],
  ['soixante', 60],
]);

/** Whether a word can be part of a number written in words. */
export const isNumberWord = (word: string): boolean =>
  UNITS.has(word) || TEENS.has(word) || TENS.has(word) || word === 'vingts' || word === 'et';

export interface Group {
  /** The group's digits: "0", "6", "71", or a typed "12". */
  digits: string;
  /** Index of the token after the group. */
  next: number;
  spoken: boolean;
}

const at = (tokens: readonly NumberToken[], index: number): string => tokens[index]?.text ?? '';
/** The word at `index` when it continues the number before it: "quarante-cinq", not "quarante, cinq". */
const next = (tokens: readonly NumberToken[], index: number): string =>
  /^[ -]?$/.test(tokens[index]?.before ?? '') ? at(tokens, index) : '';

/** 10–19 from "dix"…"seize" or "dix-sept"…"dix-neuf", starting at `index`. */
function teen(tokens: readonly NumberToken[], index: number): { value: number; next: number } | undefined {
  const word = at(tokens, index);
  const value = TEENS.get(word);
  if (value === undefined) return undefined;
  const unit = UNITS.get(next(tokens, index + 1));
  if (word === 'dix' && unit !== undefined && unit >= 7) return { value: 10 + unit, next: index + 2 };
  return { value, next: index + 1 };
}

/** After a tens word: "et un", "et onze", a unit, or (after 60 and 80) a teen. */
function tensTail(
  tokens: readonly NumberToken[],
  base: number,
  index: number,
): { value: number; next: number } {
  const withEt = next(tokens, index) === 'et' ? index + 1 : index;
  if (base === 60 || base === 80) {
    const ten = next(tokens, withEt) === '' ? undefined : teen(tokens, withEt);
    if (ten) return { value: base + ten.value, next: ten.next };
  }
  const unit = UNITS.get(next(tokens, withEt));
  if (unit !== undefined && unit > 0) return { value: base + unit, next: withEt + 1 };
  return { value: base, next: index };
}

/** One number of 0–99 in words, or one typed run of digits, starting at `index`. */
export function readGroup(tokens: readonly NumberToken[], index: number): Group | undefined {
  const word = at(tokens, index);
  if (/^\d+$/.test(word)) return { digits: word, next: index + 1, spoken: false };
  let read: { value: number; next: number } | undefined;
  const tens = TENS.get(word);
  if (tens !== undefined) read = tensTail(tokens, tens, index + 1);
  else if (word === 'quatre' && /^vingts?$/.test(next(tokens, index + 1))) {
    read = tensTail(tokens, 80, index + 2);
  } else if (TEENS.has(word)) read = teen(tokens, index);
  else if (UNITS.has(word)) read = { value: UNITS.get(word) ?? 0, next: index + 1 };
  if (read === undefined) return undefined;
  return { digits: String(read.value), next: read.next, spoken: true };
}
