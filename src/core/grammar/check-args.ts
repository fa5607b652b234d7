// The checks every value of an argument passes, whether it was read from text or given
// typed (Discord's options, a form's fields): texts tidied and bounded, numbers in range,
// choices among their names, members as references. A failure names its argument.
import { readRef } from '../args/ref.ts';
import { type Token, tokenize, tokenText } from '../args/tokenize.ts';
import type { Locale } from '../locale.ts';
import { err, ok, type Result } from '../result.ts';
import { fold } from '../text/fold.ts';
import { grammarMessages as gm } from './messages.ts';
import type { ArgSpec, ArgValue, ArgValues, GrammarFailure, MemberRef, TypedList, VerbSpec } from './spec.ts';

/** A value as an adapter or the text reader gives it, before checking. */
export type GivenValue = string | number | boolean | MemberRef | readonly (string | MemberRef)[];
export type GivenValues = Readonly<Record<string, GivenValue | undefined>>;

const nameOf = (arg: ArgSpec, locale: Locale) => arg.names[locale === 'fr' ? 0 : 1];

function fail(arg: ArgSpec, key: GrammarFailure['key'], params: Record<string, string | number>) {
  return err<GrammarFailure>({ arg: arg.key, key, params });
}

function checkOne(arg: ArgSpec, given: GivenValue, locale: Locale): Result<ArgValue, GrammarFailure> {
  const name = nameOf(arg, locale);
  const type = arg.type;
  switch (type.kind) {
    case 'text': {
      // A number given for a text is its digits (a goal's number for `but`, typed or suggested).
      if (typeof given !== 'string' && typeof given !== 'number')
        return fail(arg, arg.messages?.invalid ?? gm.missing, { name, example: arg.example ?? '' });
      const value = String(given).replace(/\s+/g, ' ').trim();
      if (value === '')
        return fail(arg, arg.messages?.missing ?? gm.missing, { name, example: arg.example ?? '' });
      if (value.length > type.max)
        return fail(arg, arg.messages?.tooLong ?? gm.tooLong, { name, length: value.length, max: type.max });
      return ok(value);
    }
    case 'integer': {
      const value =
        typeof given === 'number' ? given : typeof given === 'string' ? readRef(given.trim()) : undefined;
      if (value === undefined || !Number.isSafeInteger(value) || value < type.min || value > type.max)
        return fail(arg, arg.messages?.invalid ?? gm.notANumber, {
          name,
          min: type.min,
          max: type.max,
          word: typeof given === 'object' ? '' : String(given),
        });
      return ok(value);
    }
    case 'choice': {
      const word = typeof given === 'string' ? fold(given.trim()) : '';
      const choice = type.choices.find((c) => c.value === given || c.names.some((n) => fold(n) === word));
      if (!choice)
        return fail(arg, arg.messages?.invalid ?? gm.notAChoice, {
          name,
          word: typeof given === 'string' ? given : '',
          choices: type.choices.map((c) => c.names[locale === 'fr' ? 0 : 1]).join(', '),
        });
      return ok(choice.value);
    }
    case 'flag':
      return ok(given === true || given === 'true');
    case 'member':
      if (typeof given === 'object' && !Array.isArray(given)) return ok(given as MemberRef);
      if (typeof given === 'string' && given.trim() !== '') return ok(memberNamed(given.trim()));
      return fail(arg, arg.messages?.missing ?? gm.missing, { name, example: arg.example ?? '' });
  }
}

/** A member given as text: a platform mention typed in it (`<@123>`), else a name to look up. */
function memberNamed(text: string): MemberRef {
  const tokens = tokenize(text);
  const [only] = tokens.ok ? tokens.value : [];
  if (tokens.ok && tokens.value.length === 1 && only?.kind === 'mention' && only.userId)
    return { kind: 'mention', userId: only.userId, name: only.label };
  return { kind: 'name', name: text.replace(/^@/, '') };
}

function checkArg(
  arg: ArgSpec,
  given: GivenValue | undefined,
  locale: Locale,
): Result<ArgValue | undefined, GrammarFailure> {
  if (given === undefined || given === '' || (Array.isArray(given) && given.length === 0)) {
    if (!arg.required) return ok(undefined);
    return fail(arg, arg.messages?.missing ?? gm.missing, {
      name: nameOf(arg, locale),
      example: arg.example ?? '',
    });
  }
  if (!arg.many) return checkOne(arg, Array.isArray(given) ? (given[0] as GivenValue) : given, locale);
  const list = Array.isArray(given) ? given : [given as string | MemberRef];
  if (list.length > arg.many)
    return fail(arg, arg.messages?.twice ?? gm.tooMany, {
      name: nameOf(arg, locale),
      count: list.length,
      max: arg.many,
    });
  const values: ArgValue[] = [];
  for (const item of list) {
    const checked = checkOne(arg, item, locale);
    if (!checked.ok) return checked;
    values.push(checked.value);
  }
  return ok(values as ArgValue);
}

/** Every argument of the verb checked, in declared order; the first failure wins. */
export function checkArgs(
  verb: VerbSpec,
  given: GivenValues,
  locale: Locale,
): Result<ArgValues, GrammarFailure> {
  const values: Record<string, ArgValue | undefined> = {};
  for (const arg of verb.args) {
    const checked = checkArg(arg, given[arg.key], locale);
    if (!checked.ok) return checked;
    if (checked.value !== undefined) values[arg.key] = checked.value;
  }
  return ok(values);
}

/** A quoted text keeps its quotes where the handler reads a list (`vote 3 "Lundi" 2`). */
function wordOf(token: Token, quotes: boolean): string {
  if (!quotes || token.kind !== 'quoted') return tokenText(token);
  return /["“”]/.test(token.text) ? `«${token.text}»` : `"${token.text}"`;
}

/** A token of a member list: a platform mention, else a name. */
const memberOfToken = (token: Token): MemberRef =>
  token.kind === 'mention' && token.userId
    ? { kind: 'mention', userId: token.userId, name: token.label }
    : { kind: 'name', name: token.kind === 'mention' ? token.label : token.text };

/** Members listed in a text: separated by commas, mentions also one after the other (`<@1> <@2>`). */
function splitMembers(text: string): MemberRef[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .flatMap((item) => {
      const tokens = tokenize(item);
      if (tokens.ok && tokens.value.every((token) => token.kind === 'mention'))
        return tokens.value.map(memberOfToken);
      return [memberNamed(item)];
    });
}

function splitText(text: string, arg: ArgSpec, split: NonNullable<TypedList['split']>) {
  if (arg.type.kind === 'member') return splitMembers(text);
  if (split === 'words') {
    const tokens = tokenize(text);
    if (!tokens.ok) return [text];
    const quotes = arg.read.by === 'rest' && arg.read.quotes === 'kept';
    return tokens.value.map((token) => wordOf(token, quotes));
  }
  const items = text.split(split === 'commas' ? /[,;\n]/ : /[;\n]/);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Typed values as the text reader would have given them: the texts of a `many` argument
 * that arrives as one field (`typedList.split`) split into its items. For typed requests
 * only — the text reader splits text its own way.
 */
export function spreadTyped(verb: VerbSpec, given: GivenValues): GivenValues {
  const spread: Record<string, GivenValue | undefined> = { ...given };
  for (const arg of verb.args) {
    const split = arg.typedList?.split;
    const value = given[arg.key];
    if (!split || value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    spread[arg.key] = items.flatMap(
      (item): Array<string | MemberRef> =>
        typeof item === 'string' ? splitText(item, arg, split) : [item as string | MemberRef],
    );
  }
  return spread;
}
