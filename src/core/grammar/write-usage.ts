// A command's syntax for its help, written from its declaration (one line per verb), so
// that the help cannot drift from what the text reader accepts: `sondage fermer N`,
// `echange [TYPE] [@MEMBRES…] [structure "…"] [#THEMES…] [but …] [date …] ["NOTE"]`.
import type { Locale } from '../locale.ts';
import type { ArgSpec, VerbSpec } from './spec.ts';

const pick = (names: readonly string[], locale: Locale) => names[locale === 'fr' ? 0 : 1] ?? names[0] ?? '';

/** The placeholder of a value: `N` for a number, the argument's name in capitals otherwise. */
function placeholder(arg: ArgSpec, locale: Locale): string {
  if (arg.shown?.placeholder) return arg.shown.placeholder[locale];
  if (arg.type.kind === 'integer') return 'N';
  if (arg.type.kind === 'choice') return arg.type.choices.map((c) => pick(c.names, locale)).join('|');
  return pick(arg.names, locale).toUpperCase();
}

/** Quoted where a text of several words must be: a quoted position, one keyword's value, the rest. */
function quotes(arg: ArgSpec): boolean {
  if (arg.type.kind !== 'text' || arg.shown?.placeholder) return false;
  const read = arg.read;
  if (read.by === 'position') return read.only === 'quoted' || read.only === 'term';
  if (read.by === 'keyword') return read.value !== 'run';
  return read.by === 'rest' && !arg.many;
}

function valueText(arg: ArgSpec, locale: Locale): string {
  const value = placeholder(arg, locale);
  const quoted = quotes(arg) ? `"${value}"` : value;
  return arg.many && !quoted.includes('…') ? `${quoted}…` : quoted;
}

function argText(arg: ArgSpec, locale: Locale): string {
  const read = arg.read;
  let written: string;
  if (read.by === 'keyword') written = `${pick(arg.names, locale)} ${valueText(arg, locale)}`;
  else if (read.by === 'word')
    written = arg.type.kind === 'flag' ? pick(arg.names, locale) : placeholder(arg, locale);
  else if (read.by === 'mention' || arg.type.kind === 'member')
    written = `@${pick(arg.names, locale).toUpperCase()}${arg.many ? '…' : ''}`;
  else if (read.by === 'hashtag') written = `#${placeholder(arg, locale)}…`;
  else written = valueText(arg, locale);
  return arg.required || arg.shown?.needed ? written : `[${written}]`;
}

/** One line of syntax: the command, the verb where it has words, then its arguments. */
export function usageLine(command: string, verb: VerbSpec, locale: Locale): string {
  const words = [command];
  const after = verb.after ? verb.args.find((a) => a.key === verb.after) : undefined;
  if (after) words.push('N');
  if (verb.names) words.push(pick(verb.names, locale));
  for (const arg of verb.args) if (arg !== after) words.push(argText(arg, locale));
  return words.join(' ');
}
