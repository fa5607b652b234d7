// A verb's typed arguments as Discord options, and back: each option knows the argument it
// gives (its key), so that an interaction's options become the core's typed values
// without reading or writing any command text.
import { ApplicationCommandOptionType } from 'discord.js';
import type { ArgSpec, Names } from '../../src/core/public.ts';

/** Discord's bounds: 6,000 characters in a text option, integers within ±2^53. */
const MAX_TEXT = 6000;
const MAX_INTEGER = 2 ** 53;

/** An option and the argument it gives: alone, one of its `fields`, or its `more` text. */
export interface OptionRoute {
  arg: ArgSpec;
  /** The order of a repeated argument's fields (`membre`, `membre2`, `autres`). */
  index?: number;
}

type Json = Record<string, unknown>;

/** French, and both Englishes. */
export const localized = (names: { fr: string; en: string }) => ({
  fr: names.fr,
  'en-US': names.en,
  'en-GB': names.en,
});

const pair = (names: Names) => ({ fr: names[0], en: names[1] });

function named(names: Names, help: { fr: string; en: string }, suffix = ''): Json {
  const name = pair(names);
  const withSuffix = { fr: `${name.fr}${suffix}`, en: `${name.en}${suffix}` };
  return {
    name: withSuffix.fr,
    name_localizations: localized(withSuffix),
    description: help.fr,
    description_localizations: localized(help),
  };
}

function typeOf(arg: ArgSpec): Json {
  const type = arg.type;
  const suggest = arg.suggest ? { autocomplete: true } : {};
  switch (type.kind) {
    case 'text':
      return {
        type: ApplicationCommandOptionType.String,
        max_length: Math.min(type.max, MAX_TEXT),
        ...suggest,
      };
    case 'integer':
      return {
        type: ApplicationCommandOptionType.Integer,
        min_value: Math.max(type.min, -MAX_INTEGER),
        max_value: Math.min(type.max, MAX_INTEGER),
        ...suggest,
      };
    case 'member':
      return { type: ApplicationCommandOptionType.User };
    case 'flag':
      return { type: ApplicationCommandOptionType.Boolean };
    case 'choice':
      return {
        type: ApplicationCommandOptionType.String,
        choices: type.choices.map((choice) => ({
          name: choice.names[0],
          name_localizations: localized(pair(choice.names)),
          value: choice.value,
        })),
      };
  }
}

/** One argument's options: one, or its fields and its text of more (a `typedList`). */
function optionsOf(arg: ArgSpec): Array<{ json: Json; route: OptionRoute }> {
  const list = arg.typedList;
  if (!list?.fields) {
    const json = { ...typeOf(arg), ...named(arg.names, arg.help), required: arg.required === true };
    return [{ json, route: { arg } }];
  }
  const fields = Array.from({ length: list.fields }, (_, i) => ({
    json: { ...typeOf(arg), ...named(list.names ?? arg.names, arg.help, i === 0 ? '' : String(i + 1)) },
    route: { arg, index: i },
  }));
  if (!list.more) return fields;
  const more = {
    type: ApplicationCommandOptionType.String,
    ...named(list.more.names, list.more.help),
    max_length: Math.min(list.more.max, MAX_TEXT),
  };
  return [...fields, { json: more, route: { arg, index: list.fields } }];
}

/** A verb's options, required ones first (Discord's rule), each with its route by name. */
export function verbOptions(args: readonly ArgSpec[]): {
  options: Json[];
  routes: Map<string, OptionRoute>;
} {
  const all = args.flatMap(optionsOf);
  const ordered = [...all].sort((a, b) => Number(!a.json.required) - Number(!b.json.required));
  return {
    options: ordered.map((o) => ({ required: false, ...o.json })),
    routes: new Map(all.map((o) => [String(o.json.name), o.route])),
  };
}
