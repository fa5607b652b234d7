// How Maillage's application commands are described: a small spec (French name first,
// English second) turned into the JSON Discord registers, with the name and description
// localized in French and English. The specs themselves are in command-tree.ts.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { SuggestionKind } from '../../src/core/suggest.ts';

/** [French, English]. */
export type Pair = readonly [string, string];

export interface OptionSpec {
  type: 'string' | 'integer' | 'boolean' | 'user';
  name: Pair;
  description: Pair;
  required?: boolean;
  /** Suggestions while typing, for lists longer than Discord's 25 fixed choices. */
  autocomplete?: SuggestionKind;
  choices?: ReadonlyArray<{ name: Pair; value: string }>;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

export interface SubcommandSpec {
  name: Pair;
  description: Pair;
  options?: readonly OptionSpec[];
}

export interface GroupSpec {
  name: Pair;
  description: Pair;
  subcommands: readonly SubcommandSpec[];
}

export interface CommandSpec {
  name: Pair;
  description: Pair;
  /**
   * The words of the core's command its subcommands run under: `/coop-config nom` runs
   * `config nom` (none for `/coop`, whose subcommands are the core's commands).
   */
  runs?: string;
  entries: ReadonlyArray<SubcommandSpec | GroupSpec>;
}

export const isGroup = (entry: SubcommandSpec | GroupSpec): entry is GroupSpec => 'subcommands' in entry;

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  user: ApplicationCommandOptionType.User,
} as const;

/** The locales Discord shows: French, and both Englishes. */
const localized = ([fr, en]: Pair) => ({ fr, 'en-US': en, 'en-GB': en });

const named = (spec: { name: Pair; description: Pair }) => ({
  name: spec.name[0],
  name_localizations: localized(spec.name),
  description: spec.description[0],
  description_localizations: localized(spec.description),
});

function optionJson(spec: OptionSpec) {
  return {
    type: OPTION_TYPES[spec.type],
    ...named(spec),
    required: spec.required ?? false,
    ...(spec.autocomplete ? { autocomplete: true } : {}),
    ...(spec.choices
      ? {
          choices: spec.choices.map((c) => ({
            name: c.name[0],
            name_localizations: localized(c.name),
            value: c.value,
          })),
        }
      : {}),
    ...(spec.maxLength === undefined ? {} : { max_length: spec.maxLength }),
    ...(spec.minValue === undefined ? {} : { min_value: spec.minValue }),
    ...(spec.maxValue === undefined ? {} : { max_value: spec.maxValue }),
  };
}

function subcommandJson(spec: SubcommandSpec) {
  // Discord wants required options before optional ones.
  const options = [...(spec.options ?? [])].sort((a, b) => Number(!a.required) - Number(!b.required));
  return { type: ApplicationCommandOptionType.Subcommand, ...named(spec), options: options.map(optionJson) };
}

export function commandJson(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    ...named(spec),
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: spec.entries.map((entry) =>
      isGroup(entry)
        ? {
            type: ApplicationCommandOptionType.SubcommandGroup,
            ...named(entry),
            options: entry.subcommands.map(subcommandJson),
          }
        : subcommandJson(entry),
    ),
  } as RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * Every subcommand of these commands by the core's words it runs: `sondage creer`, `vote`,
 * `config nom` (for `/coop-config nom`).
 */
export function subcommandPaths(specs: readonly CommandSpec[]): Map<string, SubcommandSpec> {
  const paths = new Map<string, SubcommandSpec>();
  for (const spec of specs) {
    const path = (...names: string[]) => [spec.runs, ...names].filter(Boolean).join(' ');
    for (const entry of spec.entries) {
      if (isGroup(entry))
        for (const sub of entry.subcommands) paths.set(path(entry.name[0], sub.name[0]), sub);
      else paths.set(path(entry.name[0]), entry);
    }
  }
  return paths;
}

/** The core's words an interaction's subcommand path runs: `nom` of `/coop-config` → `config nom`. */
export function corePath(specs: readonly CommandSpec[], commandName: string, path: string): string {
  const runs = specs.find((spec) => spec.name[0] === commandName)?.runs;
  return runs ? `${runs} ${path}` : path;
}
