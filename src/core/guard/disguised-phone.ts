// Phone numbers in disguise: the letter O for a zero and l or I for a one ("O6 l2 34…"), numbers
// spelt out ("zéro six, douze, trente-quatre…"), digits typed one by one ("0 6 1 2…") and a number
// split by a few words ("le 07 puis 31 58 22 90").

import { allMatches } from './all-matches.ts';
import { findPhones } from './phone.ts';
import { type PreparedText, withFolded } from './prepared-text.ts';
import { isNumberWord, type NumberToken, readGroup } from './spoken-numbers.ts';
import type { Hit } from './types.ts';

const TOKEN = /\d+|[a-z]+/g;
// Within a dictated number: spaces, a comma, a dot or dashes ("soixante-dix", "06 - 12").
const IN_NUMBER = /^ ?[,.\-•·]? ?$/;
// Between the two halves of a split number: a few words, no digit and no end of sentence.
const SPLIT_GAP = /^[ ,:a-z'-]{3,30}$/;
// "le 07 puis le 14, 21…" lists dates, not a phone number.
const DATE_WORD_BEFORE = /(?:^|[ '])(?:le|les|au|aux|du|des|et)[ ,]*$/;
const TIME_OR_MONTH_AFTER =
  /^ ?(?:h\d|h(?![a-z])|:\d|\/|janv|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)/;
const PHONE_START = /^0[1-79]/;

function tokensOf(source: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let previousEnd = 0;
  for (const match of allMatches(TOKEN, source)) {
    const start = match.index ?? 0;
    tokens.push({
      text: match[0],
      start,
      end: start + match[0].length,
      before: source.slice(previousEnd, start),
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** A phone number in `digits`, whole: ten French digits, or 33 and nine after "plus"/"+". */
const isPhoneDigits = (digits: string, international: boolean): boolean =>
  international ? /^33[1-9]\d{8}$/.test(digits) : digits.length === 10 && PHONE_START.test(digits);

/** Numbers read group by group from `index`, as long as only spaces and commas separate them. */
function groupsFrom(
  tokens: readonly NumberToken[],
  index: number,
): { digits: string; end: number; spoken: boolean }[] {
  const groups = [];
  let next = index;
  let length = 0;
  // A phone number has at most 11 digits: no need to read further.
  while (next < tokens.length && length <= 11) {
    if (next > index && !IN_NUMBER.test(tokens[next]?.before ?? '')) break;
    const group = readGroup(tokens, next);
    if (group === undefined) break;
    groups.push({ digits: group.digits, end: tokens[group.next - 1]?.end ?? 0, spoken: group.spoken });
    length += group.digits.length;
    next = group.next;
  }
  return groups;
}

function spokenPhones(source: string, tokens: readonly NumberToken[]): Hit[] {
  const hits: Hit[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined || (!/^\d/.test(token.text) && !isNumberWord(token.text))) continue;
    const international = tokens[index - 1]?.text === 'plus' || /\+ ?$/.test(token.before);
    let digits = '';
    let spoken = false;
    for (const group of groupsFrom(tokens, index)) {
      digits += group.digits;
      spoken ||= group.spoken;
      if (digits.length > 11) break;
      if (spoken && isPhoneDigits(digits, international)) {
        const start =
          international && tokens[index - 1]?.text === 'plus' ? (tokens[index - 1]?.start ?? 0) : token.start;
        hits.push({ kind: 'phone', start, end: group.end });
        break;
      }
    }
  }
  return hits.filter((hit) => source.length >= hit.end);
}

interface Block {
  first: number;
  last: number;
  digits: string;
}

/** Runs of one- or two-digit numbers separated only by spaces, a dot or a dash. */
function digitBlocks(tokens: readonly NumberToken[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  tokens.forEach((token, index) => {
    const short = /^\d{1,2}$/.test(token.text);
    if (short && current !== undefined && current.last === index - 1 && IN_NUMBER.test(token.before)) {
      current.last = index;
      current.digits += token.text;
    } else if (short) {
      current = { first: index, last: index, digits: token.text };
      blocks.push(current);
    }
  });
  return blocks;
}

const allOfLength = (tokens: readonly NumberToken[], block: Block, length: number): boolean =>
  tokens.slice(block.first, block.last + 1).every((token) => token.text.length === length);

/** Pairs with wide separators ("06 - 12 - …"): plain pairs are phone.ts's. */
const spacedPairs = (tokens: readonly NumberToken[], block: Block): boolean =>
  allOfLength(tokens, block, 2) &&
  tokens.slice(block.first + 1, block.last + 1).some((token) => token.before.length > 1);

function blockPhones(source: string, tokens: readonly NumberToken[]): Hit[] {
  const hits: Hit[] = [];
  const blocks = digitBlocks(tokens);
  const span = (from: Block, to: Block): Hit => ({
    kind: 'phone',
    start: tokens[from.first]?.start ?? 0,
    end: tokens[to.last]?.end ?? 0,
  });
  blocks.forEach((block, index) => {
    const after = source.slice(tokens[block.last]?.end ?? 0);
    if (!PHONE_START.test(block.digits) || TIME_OR_MONTH_AFTER.test(after)) return;
    // Typed digit by digit, or in pairs with spaced dashes: "0 6 1 2 …", "06 - 12 - 34 - 56 - 78".
    if (block.digits.length === 10 && (allOfLength(tokens, block, 1) || spacedPairs(tokens, block))) {
      hits.push(span(block, block));
      return;
    }
    const next = blocks[index + 1];
    if (next === undefined || block.digits.length + next.digits.length !== 10) return;
    if (!allOfLength(tokens, block, 2) || !allOfLength(tokens, next, 2)) return;
    const gap = source.slice(tokens[block.last]?.end ?? 0, tokens[next.first]?.start ?? 0);
    const afterNext = source.slice(tokens[next.last]?.end ?? 0);
    if (SPLIT_GAP.test(gap) && !DATE_WORD_BEFORE.test(gap) && !TIME_OR_MONTH_AFTER.test(afterNext)) {
      hits.push(span(block, next));
    }
  });
  return hits;
}

// O for 0, l or I for 1, when a digit stands beside them and no letter does.
const LOOK_ALIKES: Readonly<Record<string, string>> = { o: '0', l: '1', i: '1' };

function withDigitsForLookAlikes(folded: string): string {
  if (!/[oli]\d|\d[oli]/.test(folded)) return folded;
  const isDigit = (char: string) => char >= '0' && char <= '9';
  const isLetter = (char: string) => /\p{L}/u.test(char) && !(char in LOOK_ALIKES);
  let result = '';
  for (let i = 0; i < folded.length; i += 1) {
    const char = folded.charAt(i);
    const before = folded.charAt(i - 1);
    const after = folded.charAt(i + 1);
    const swap =
      char in LOOK_ALIKES && (isDigit(before) || isDigit(after)) && !isLetter(before) && !isLetter(after);
    result += swap ? (LOOK_ALIKES[char] ?? char) : char;
  }
  return result;
}

// Cheap tests that rule most texts out: a number word after a digit or "zéro", or a short number
// starting like a phone number with more digits a few words later.
const MAY_BE_SPOKEN =
  /zero|plus trente|\+ ?trente|\d ?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante)(?![a-z])/;
const MAY_BE_SPLIT = /(?<!\d)0 ?[1-79](?!\d)[^\d!?;\n]{1,30}\d/;

export function findDisguisedPhones(prepared: PreparedText): Hit[] {
  const source = withDigitsForLookAlikes(prepared.folded);
  const swapped = source !== prepared.folded;
  const hits = swapped ? findPhones(withFolded(prepared, source)) : [];
  const spoken = MAY_BE_SPOKEN.test(source);
  const split = swapped || MAY_BE_SPLIT.test(source);
  if (!spoken && !split) return hits;
  const tokens = tokensOf(source);
  if (spoken) hits.push(...spokenPhones(source, tokens));
  if (split) hits.push(...blockPhones(source, tokens));
  return hits;
}
