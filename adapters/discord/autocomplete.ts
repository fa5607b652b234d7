// Autocomplete: the suggestions Discord shows while someone fills an option whose list is
// longer than 25 fixed choices — organisations, goals, open polls, a poll's options (from
// the guild's own network only), organisation types, themes, time zones.
import type { AutocompleteInteraction } from 'discord.js';
import type { Core } from '../../src/core/core.ts';
import { corePath, subcommandPaths } from './command-definition.ts';
import { COMMANDS } from './command-tree.ts';
import { localeOf, readOptions } from './interaction-context.ts';

const SUBCOMMANDS = subcommandPaths(COMMANDS);

export async function answerAutocomplete(interaction: AutocompleteInteraction, core: Core): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const path = corePath(COMMANDS, interaction.commandName, readOptions(interaction.options.data).path);
  const kind = SUBCOMMANDS.get(path)?.options?.find((o) => o.name[0] === focused.name)?.autocomplete;
  if (!kind || !interaction.guildId) {
    await interaction.respond([]);
    return;
  }
  const pollRef = Number(interaction.options.get('sondage')?.value);
  const suggestions = await core.suggest({
    platform: 'discord',
    spaceExternalId: interaction.guildId,
    kind,
    typed: String(focused.value ?? ''),
    locale: localeOf(interaction.locale) ?? 'fr',
    pollRef: Number.isInteger(pollRef) ? pollRef : undefined,
  });
  await interaction.respond(suggestions);
}
