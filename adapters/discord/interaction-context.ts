// Who and where an interaction comes from, in the core's terms: the guild is the network's
// space, the member is named as the server shows them, Manage Server makes a facilitator,
// and the Discord client's language picks the reply's (French, English, else the network's).
import {
  type APIGuildMember,
  ApplicationCommandOptionType,
  type CommandInteractionOption,
  type Interaction,
  PermissionFlagsBits,
  type REST,
  Routes,
} from 'discord.js';
import { type Locale, localeFrom, type MemberRef, type Visitor } from '../../src/core/public.ts';

/** `fr` → fr; `en-US`, `en-GB` → en; any other language → undefined (the network's applies). */
export const localeOf = (discordLocale: string | undefined | null): Locale | undefined =>
  localeFrom(discordLocale);

interface MemberLike {
  nick?: string | null;
  nickname?: string | null;
}

/** The server display name: nickname, else global display name, else username. */
export function displayNameOf(
  member: MemberLike | null | undefined,
  user: { globalName: string | null; username: string },
): string {
  const nick = member?.nickname ?? member?.nick ?? null;
  return nick || user.globalName || user.username;
}

/**
 * The visitor behind an interaction; undefined outside a guild (Maillage lives in servers),
 * unless it is a click on a button of a private message, which names its guild.
 */
export function visitorOf(interaction: Interaction, buttonGuild?: string): Visitor | undefined {
  const guildId = interaction.guildId ?? buttonGuild;
  if (!guildId) return undefined;
  const member = interaction.member as MemberLike | null;
  return {
    platform: 'discord',
    space: { externalId: guildId, name: interaction.guild?.name ?? null },
    user: {
      externalId: interaction.user.id,
      displayName: displayNameOf(member, interaction.user),
      isPlatformAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
      locale: localeOf(interaction.locale),
    },
  };
}

/** The command's and subcommands' names (`coop sondage creer`), and the options given. */
export function readOptions(
  commandName: string,
  data: readonly CommandInteractionOption[],
): { path: string; options: readonly CommandInteractionOption[] } {
  const path = [commandName];
  let level = data;
  for (;;) {
    const nested = level.find(
      (o) =>
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup,
    );
    if (!nested) break;
    path.push(nested.name);
    level = nested.options ?? [];
  }
  return { path: path.join(' '), options: level };
}

/** An option's value in the core's terms: a user is a member reference with their server name. */
export function optionValue(
  option: CommandInteractionOption,
): string | number | boolean | MemberRef | undefined {
  if (option.type === ApplicationCommandOptionType.User) {
    if (!option.user) return undefined;
    const member = option.member as MemberLike | null | undefined;
    return {
      kind: 'mention',
      platform: 'discord',
      userId: option.user.id,
      name: displayNameOf(member, option.user),
    };
  }
  const value = option.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : undefined;
}

const MENTION = /<@!?(\d{15,22})>/g;

/**
 * Mentions typed in a text option come without names (Discord resolves only user options):
 * each gets its member's server name, in the form the core reads (`<@id|name>`), so that
 * someone named for the first time is recorded under it. A member Discord does not return
 * keeps the bare mention.
 */
export async function nameMentions(text: string, guildId: string, rest: REST): Promise<string> {
  const ids = [...new Set([...text.matchAll(MENTION)].map((m) => m[1] ?? ''))].slice(0, 20);
  const names = new Map<string, string>();
  await Promise.all(
    ids.map(async (id) => {
      try {
        const member = (await rest.get(Routes.guildMember(guildId, id))) as APIGuildMember;
        const user = { globalName: member.user.global_name, username: member.user.username };
        names.set(id, displayNameOf({ nick: member.nick ?? null }, user));
      } catch {
        // Left as typed: the core still resolves the id.
      }
    }),
  );
  return text.replace(MENTION, (whole, id: string) => {
    const name = names.get(id)?.replace(/[<>|]/g, '').trim();
    return name ? `<@${id}|${name}>` : whole;
  });
}
