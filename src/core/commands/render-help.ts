import { usageLine } from '../grammar/write-usage.ts';
import { localized, t } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { type Block, context, fields, header, text } from '../message.ts';
import { type AnyCommand, commandName } from './command.ts';

/**
 * The command's syntax, one line per verb, written from its declaration: the verbs without
 * words of their own first (what the command alone does); each with its help when there
 * are several.
 */
export function usageLines(command: AnyCommand, locale: Locale): string[] {
  const verbs = [...(command.verbs ?? [])].sort((a, b) => Number(!!a.names) - Number(!!b.names));
  const name = commandName(command, locale);
  return verbs.map((verb) => {
    const line = `\`${usageLine(name, verb, locale)}\``;
    return verbs.length > 1 ? `${line} — ${verb.help[locale]}` : line;
  });
}

/** The detailed help of one command: what it does, its syntax, examples. */
export function commandHelpBlocks(command: AnyCommand, locale: Locale): Block[] {
  const help = command.help[locale];
  const typeset = (s: string) => localized(locale, { fr: s, en: s });
  const others = command.names.filter((n) => n !== commandName(command, locale));
  const blocks: Block[] = [
    header(t(locale, 'help.command.title', { name: commandName(command, locale) })),
    text(typeset(help.summary)),
    fields([
      { label: t(locale, 'help.usage'), value: usageLines(command, locale).join('\n') },
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
