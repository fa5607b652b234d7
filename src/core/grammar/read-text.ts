// The text reader every command shares: the words after `/coop COMMAND`, as the README writes
// them, become a verb and its arguments' values, found as each argument's declaration says
// (keyword, position, mention, hashtag, word). What no argument claims is refused, never
// guessed. Values are then checked by check-args.ts, as values from Discord or a form are.
import { readRef } from '../args/ref.ts';
import { type Token, tokenText } from '../args/tokenize.ts';
import { err, ok, type Result } from '../result.ts';
import { fold } from '../text/fold.ts';
import { grammarMessages as gm } from './messages.ts';
import type { ArgSpec, GrammarFailure, MemberRef, VerbSpec } from './spec.ts';

/** Values as read from text, before checking: strings, numbers as typed, mentions, flags. */
export type RawValue = string | true | MemberRef | string[] | MemberRef[];
export type RawValues = Record<string, RawValue>;

export interface ReadVerb<V extends VerbSpec> {
  verb: V;
  values: RawValues;
}

/** Names as compared: folded, and a trailing colon forgiven (`note:`). */
const keywordOf = (token: Token | undefined): string =>
  token?.kind === 'word' ? fold(token.text).replace(/:$/, '') : '';

const names = (arg: { names: readonly string[] }) => arg.names.map((n) => fold(n));

/** The words a value after a keyword stops at (as folded by `keywordOf`). */
type Stops = { has(word: string): boolean };

/** A word that names a day by itself, read without its keyword (`hier`, `12/03`, `2027-03-12`). */
const DAY_WORD =
  /^(hier|avant-hier|aujourd'hui|aujourdhui|yesterday|today|\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|\d{4}-\d{2}-\d{2})$/;

/** Which verb the words name, and the words left for its arguments. */
export function findVerb<V extends VerbSpec>(
  verbs: readonly V[],
  tokens: readonly Token[],
): { verb: V; rest: readonly Token[]; values: RawValues } | undefined {
  for (const verb of verbs) {
    if (!verb.names || verb.after) continue;
    const taken = verbWords(verb, tokens, 0);
    if (taken > 0 && (!verb.whole || taken === tokens.length))
      return { verb, rest: tokens.slice(taken), values: {} };
  }
  const ref = tokens[0]?.kind === 'word' ? readRef(tokens[0].text) : undefined;
  for (const verb of verbs) {
    if (!verb.names || !verb.after || ref === undefined) continue;
    const taken = verbWords(verb, tokens, 1);
    if (taken > 0) return { verb, rest: tokens.slice(1 + taken), values: { [verb.after]: String(ref) } };
  }
  if (tokens.length === 0) {
    const empty = verbs.find((verb) => verb.also === 'nothing');
    if (empty) return { verb: empty, rest: tokens, values: {} };
  }
  if (tokens.length === 1 && ref !== undefined) {
    const number = verbs.find((verb) => verb.also === 'number');
    if (number) return { verb: number, rest: tokens, values: {} };
  }
  const bare = ref === undefined ? undefined : verbs.find((verb) => !verb.names && verb.after);
  if (bare?.after) return { verb: bare, rest: tokens.slice(1), values: { [bare.after]: String(ref) } };
  const fallback = verbs.find((verb) => !verb.names && !verb.after);
  return fallback ? { verb: fallback, rest: tokens, values: {} } : undefined;
}

/** How many words at `at` name the verb (its names may have two words: `structures ajouter`). */
function verbWords(verb: VerbSpec, tokens: readonly Token[], at: number): number {
  for (const name of verb.names ?? []) {
    const words = fold(name).split(' ');
    if (words.every((word, i) => keywordOf(tokens[at + i]) === word && tokens[at + i]?.kind === 'word'))
      return words.length;
  }
  return 0;
}

interface Reading {
  values: RawValues;
  loose: Token[];
  failure?: GrammarFailure;
}

const failure = (arg: ArgSpec, kind: 'twice' | 'missing', word: string): GrammarFailure => ({
  arg: arg.key,
  key: arg.messages?.[kind] ?? (kind === 'twice' ? gm.twice : gm.valueMissing),
  params: { word, example: arg.example ?? '' },
});

/** The words and quoted texts of a `span` value: up to the next keyword or word of the verb. */
function spanValue(tokens: readonly Token[], start: number, stops: Stops) {
  let end = start;
  while (end < tokens.length && !stops.has(keywordOf(tokens[end]))) end++;
  if (end === start) return undefined;
  return { value: tokens.slice(start, end).map(tokenText).join(' '), next: end };
}

/** The value after a keyword at `at`, as its reading says. */
function keywordValue(read: ArgSpec['read'], tokens: readonly Token[], at: number, stops: Stops) {
  const next = tokens[at + 1];
  if (read.by === 'keyword' && read.value === 'one')
    return next && !stops.has(keywordOf(next)) ? { value: tokenText(next), next: at + 2 } : undefined;
  if (read.by === 'keyword' && read.value === 'span') return spanValue(tokens, at + 1, stops);
  return runValue(tokens, at + 1, stops);
}

/** The words of a `run` value: up to the next keyword or word of the verb, or one quoted text. */
function runValue(
  tokens: readonly Token[],
  start: number,
  stops: Stops,
): { value: string; next: number } | undefined {
  const first = tokens[start];
  if (!first || stops.has(keywordOf(first))) return undefined;
  if (first.kind !== 'word') return { value: tokenText(first), next: start + 1 };
  let end = start;
  while (end < tokens.length && tokens[end]?.kind === 'word' && !stops.has(keywordOf(tokens[end]))) end++;
  return { value: tokens.slice(start, end).map(tokenText).join(' '), next: end };
}

function add(values: RawValues, arg: ArgSpec, value: string | MemberRef): GrammarFailure | undefined {
  if (!arg.many) {
    if (values[arg.key] !== undefined)
      return failure(arg, 'twice', typeof value === 'string' ? value : value.name);
    values[arg.key] = value;
    return undefined;
  }
  const list = (values[arg.key] as Array<string | MemberRef> | undefined) ?? [];
  list.push(value);
  values[arg.key] = list as RawValue;
  return undefined;
}

const mentionOf = (token: Extract<Token, { kind: 'mention' }>): MemberRef =>
  token.userId
    ? { kind: 'mention', userId: token.userId, name: token.label }
    : { kind: 'name', name: token.label };

/** Keywords, mentions, hashtags and own words, wherever they are; the rest stays loose. */
function readClaimed(args: readonly ArgSpec[], tokens: readonly Token[], values: RawValues): Reading {
  const loose: Token[] = [];
  const keywords = new Map<string, ArgSpec>();
  const words = new Map<string, { arg: ArgSpec; value: string | true }>();
  for (const arg of args) {
    if (arg.read.by === 'keyword') for (const name of names(arg)) keywords.set(name, arg);
    if (arg.read.by !== 'word') continue;
    if (arg.type.kind === 'flag') for (const name of names(arg)) words.set(name, { arg, value: true });
    if (arg.type.kind === 'choice')
      for (const choice of arg.type.choices)
        for (const name of choice.names) words.set(fold(name), { arg, value: choice.value });
  }
  const mention = args.find((a) => a.read.by === 'mention');
  const hashtag = args.find((a) => a.read.by === 'hashtag');
  const own = new Set([...keywords.keys(), ...words.keys()]);
  // A value of several words also stops at a hashtag when the verb reads them (`date hier #emploi`).
  const stops: Stops = {
    has: (word) => own.has(word) || (!!hashtag && word.length > 1 && word.startsWith('#')),
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = keywordOf(token);
    const keyword = keywords.get(word);
    const own = words.get(word);
    let problem: GrammarFailure | undefined;
    if (keyword) {
      const found = keywordValue(keyword.read, tokens, i, stops);
      if (!found) return { values, loose, failure: failure(keyword, 'missing', tokenText(token)) };
      problem = add(values, keyword, found.value);
      i = found.next - 1;
    } else if (own) {
      if (values[own.arg.key] !== undefined && own.arg.type.kind === 'flag')
        problem = failure(own.arg, 'twice', tokenText(token));
      else if (values[own.arg.key] === undefined) values[own.arg.key] = own.value;
      else loose.push(token);
    } else if (token.kind === 'mention' && mention) {
      problem = add(values, mention, mentionOf(token));
    } else if (hashtag && token.kind === 'word' && token.text.startsWith('#') && token.text.length > 1) {
      problem = add(values, hashtag, token.text.slice(1));
    } else {
      loose.push(token);
    }
    if (problem) return { values, loose, failure: problem };
  }
  return { values, loose };
}

/** A token as typed: a quoted text keeps quotes (ones it does not contain). */
function quotedText(token: Token): string {
  if (token.kind !== 'quoted') return tokenText(token);
  return /["“”]/.test(token.text) ? `«${token.text}»` : `"${token.text}"`;
}

/** `sigle ajouter sortie sèche "…"`: the words before the first quoted text, or one word. */
function termSpan(loose: readonly Token[]): number {
  if (loose[0]?.kind !== 'word') return loose.length > 0 ? 1 : 0;
  const quoted = loose.findIndex((t) => t.kind === 'quoted');
  return quoted < 0 ? 1 : quoted;
}

/**
 * One member named by the words left: a platform mention (the words after it stay left,
 * to be refused), or a name in words, a shell mention's included (`@Marie Curie`).
 */
function memberOfWords(left: readonly Token[], arg: ArgSpec, values: RawValues): Token[] {
  const [first] = left;
  if (!first) return [];
  if (first.kind === 'mention' && first.userId) {
    values[arg.key] = mentionOf(first);
    return left.slice(1);
  }
  const name = left.map((t) => (t.kind === 'mention' ? t.label : t.text)).join(' ');
  values[arg.key] = { kind: 'name', name };
  return [];
}

/** The loose words, in order, to the positional and `rest` arguments. */
function readPositions(args: readonly ArgSpec[], loose: Token[], values: RawValues): Token[] {
  let left = [...loose];
  for (const arg of args) {
    const read = arg.read;
    if (read.by === 'rest' && arg.type.kind === 'member' && !arg.many) {
      if (values[arg.key] === undefined) left = memberOfWords(left, arg, values);
      continue;
    }
    if (read.by === 'rest') {
      const text = read.quotes === 'kept' ? quotedText : tokenText;
      if (left.length > 0 && values[arg.key] === undefined)
        values[arg.key] = arg.many ? left.map(text) : left.map(text).join(' ');
      left = [];
    }
    if (read.by === 'keyword' && read.alone && values[arg.key] === undefined) {
      const at = left.findIndex((t) =>
        read.alone === 'quoted' ? t.kind === 'quoted' : t.kind === 'word' && DAY_WORD.test(fold(t.text)),
      );
      if (at >= 0) values[arg.key] = tokenText(left.splice(at, 1)[0] as Token);
    }
    if (read.by !== 'position' || values[arg.key] !== undefined) continue;
    const fits = (t: Token) =>
      read.only === 'quoted'
        ? t.kind === 'quoted'
        : read.only === 'number'
          ? t.kind === 'word' // a word that is no number is said by the argument's check
          : true;
    if (read.only === 'term') {
      const span = termSpan(left);
      if (span > 0 && values[arg.key] === undefined)
        values[arg.key] = left.slice(0, span).map(tokenText).join(' ');
      left = left.slice(span);
      continue;
    }
    const taken: string[] = [];
    left = left.filter((t) => {
      if (!fits(t) || (taken.length > 0 && !arg.many) || taken.length >= (arg.many ?? 1)) return true;
      taken.push(tokenText(t));
      return false;
    });
    if (taken.length > 0 && values[arg.key] === undefined)
      values[arg.key] = arg.many ? taken : (taken[0] as string);
  }
  return left;
}

/**
 * Reads the words after the command's name: its verb, then each argument where its
 * declaration finds it. Fails on the first problem, naming the argument when it is one's.
 */
export function readText<V extends VerbSpec>(
  verbs: readonly V[],
  tokens: readonly Token[],
  stray: GrammarFailure['key'] = gm.stray,
): Result<ReadVerb<V>, GrammarFailure> {
  const found = findVerb(
    verbs.filter((verb) => verb.typed !== 'only'),
    tokens,
  );
  if (!found) return err({ key: gm.unknownVerb, params: { word: tokens[0] ? tokenText(tokens[0]) : '' } });
  const { verb } = found;
  const skipped = new Set((verb.skip ?? []).map(fold));
  const rest = found.rest.filter((t) => !(t.kind === 'word' && skipped.has(keywordOf(t))));
  const claimed = readClaimed(verb.args, rest, { ...found.values });
  if (claimed.failure) return err(claimed.failure);
  const left = readPositions(verb.args, claimed.loose, claimed.values);
  if (left.length > 0)
    return err({ key: verb.stray ?? stray, params: { words: left.map(tokenText).join(' ') } });
  return ok({ verb, values: claimed.values });
}
