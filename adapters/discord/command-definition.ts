// Discord's application commands, generated from the core's declarations: each core command
// with one verb on offer is a subcommand, one with several a group of its verbs; each verb's
// typed arguments are its options. Alongside, the route of every subcommand: which core
// command and verb it runs, and which argument each option gives.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  type CommandDescription,
  describeCommands,
  type VerbSpec,
  verbNameOf,
} from '../../src/core/public.ts';
import { LAYOUT, type Pair, type TopCommand } from './command-layout.ts';
import { localized, type OptionRoute, verbOptions } from './command-options.ts';

/** What a subcommand runs: the core's command, its verb, and the argument of each option. */
export interface Route {
  command: string;
  verb: VerbSpec;
  /** The verb's name in the typed request; none for the command's default verb. */
  verbName: string | undefined;
  options: ReadonlyMap<string, OptionRoute>;
}

export interface DiscordCommands {
  payload: RESTPostAPIChatInputApplicationCommandsJSONBody[];
  /** By the command's and subcommands' French names: `coop sondage creer`, `coop-config nom`. */
  routes: ReadonlyMap<string, Route>;
}

type Json = Record<string, unknown>;

const named = (name: Pair | readonly string[], help: { fr: string; en: string }) => ({
  name: name[0],
  name_localizations: localized({ fr: String(name[0]), en: String(name[1]) }),
  description: help.fr,
  description_localizations: localized(help),
});

const verbTitle = (verb: VerbSpec) => verb.slot ?? verb.names;

type Subcommand = (verb: VerbSpec, path: readonly string[], named: Json) => Json;

/** A core command's entries: its verbs (flat), one subcommand (one verb), or a group. */
function entriesOf(top: TopCommand, command: CommandDescription, subcommand: Subcommand): Json[] {
  const { verbs, names } = command;
  const title = (verb: VerbSpec) => verbTitle(verb) ?? names;
  const [only, ...more] = verbs;
  if (!only) return [];
  if (top.flat) return verbs.map((verb) => subcommand(verb, [title(verb)[0]], named(title(verb), verb.help)));
  if (more.length === 0) return [subcommand(only, [names[0]], named(names, only.help))];
  const group = verbs.map((verb) =>
    subcommand(verb, [names[0], title(verb)[0]], named(title(verb), verb.help)),
  );
  return [
    { type: ApplicationCommandOptionType.SubcommandGroup, ...named(names, command.help), options: group },
  ];
}

/** The whole of Discord's commands for these core commands (the registry by default). */
export function discordCommands(
  commands: readonly CommandDescription[] = describeCommands('discord'),
  layout: readonly TopCommand[] = LAYOUT,
): DiscordCommands {
  const routes = new Map<string, Route>();
  const held = new Set(layout.flatMap((top) => (top.holds === 'rest' ? [] : top.holds)));
  const payload = layout.map((top) => {
    const mine = commands.filter((c) =>
      top.holds === 'rest' ? !held.has(c.names[0]) : top.holds.includes(c.names[0]),
    );
    const entries = mine.flatMap((command) =>
      entriesOf(top, command, (verb, path, named) => {
        const { options, routes: byOption } = verbOptions(verb.args);
        const route = { command: command.names[0], verb, verbName: verbNameOf(verb), options: byOption };
        routes.set([top.name[0], ...path].join(' '), route);
        return { type: ApplicationCommandOptionType.Subcommand, ...named, options };
      }),
    );
    return {
      type: ApplicationCommandType.ChatInput,
      ...named(top.name, { fr: top.description[0], en: top.description[1] }),
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: entries,
    } as unknown as RESTPostAPIChatInputApplicationCommandsJSONBody;
  });
  return { payload, routes };
}
