// Autocomplete: the suggestions Discord shows while someone fills an option whose argument
// declares them (`suggest`) — organisations, goals, open polls, a poll's options (from
// the guild's own network only), organisation types, themes, time zones.
import { ApplicationCommandOptionType, type AutocompleteInteraction } from 'discord.js';
import type { Core } from '../../src/core/public.ts';
import type { DiscordCommands } from './command-definition.ts';
import { localeOf, readOptions } from './interaction-context.ts';

export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  core: Core,
  commands: DiscordCommands,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const { path, options } = readOptions(interaction.commandName, interaction.options.data);
  const route = commands.routes.get(path);
  const kind = route?.options.get(focused.name)?.arg.suggest;
  if (!route || !kind || !interaction.guildId) {
    await interaction.respond([]);
    return;
  }
  // A poll's options are those of the poll named in the same subcommand.
  const pollOption = options.find((o) => route.options.get(o.name)?.arg.suggest === 'open-poll');
  const pollRef = Number(pollOption?.value);
  const suggestions = await core.suggest({
    platform: 'discord',
    spaceExternalId: interaction.guildId,
    kind,
    typed: String(focused.value ?? ''),
    locale: localeOf(interaction.locale) ?? 'fr',
    pollRef: Number.isInteger(pollRef) ? pollRef : undefined,
  });
  // A text option takes text choices only (a goal's number, suggested for `but`).
  const text = focused.type === ApplicationCommandOptionType.String;
  await interaction.respond(text ? suggestions.map((s) => ({ ...s, value: String(s.value) })) : suggestions);
}
