import { localized, t } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { type Block, context, fields, header, text } from '../message.ts';
import { type AnyCommand, commandName } from './command.ts';

/** The detailed help of one command: what it does, its syntax, examples. */
export function commandHelpBlocks(command: AnyCommand, locale: Locale): Block[] {
  const help = command.help[locale];
  const typeset = (s: string) => localized(locale, { fr: s, en: s });
  const others = command.names.filter((n) => n !== commandName(command, locale));
  const blocks: Block[] = [
    header(t(locale, 'help.command.title', { name: commandName(command, locale) })),
    text(typeset(help.summary)),
    fields([
      { label: t(locale, 'help.usage'), value: help.usage.map((u) => `\`${u}\``).join('\n') },
      { label: t(locale, 'help.examples'), value: help.examples.map((e) => `\`${e}\``).join('\n') },
    ]),
  ];
  const notes = [`${t(locale, 'help.aliases')} ${others.map((n) => `\`${n}\``).join(', ')}`];
  if (command.facilitatorOnly) notes.push(t(locale, 'help.facilitator-only'));
  blocks.push(context(notes.join(' · ')));
  return blocks;
}

/** One line per command with its first example, for `aide`. */
export function commandSummaryLine(command: AnyCommand, locale: Locale): string {
  const help = command.help[locale];
  const example = help.examples[0] ?? commandName(command, locale);
  return `**${commandName(command, locale)}** — ${localized(locale, { fr: help.summary, en: help.summary })} \`${example}\``;
}
