import { textOf } from '../grammar/values.ts';
import { type CatalogKey, t } from '../i18n/index.ts';
import { context, header, privateMessage, text } from '../message.ts';
import { err, ok } from '../result.ts';
import { fold } from '../text/fold.ts';
import { type CommandContext, type CommandResult, defineCommand } from './command.ts';
import { findCommand, visibleCommands } from './registry-lookup.ts';
import { commandHelpBlocks, commandSummaryLine } from './render-help.ts';

/** The shell's own commands, which `aide` explains there (they are not core commands). */
const SHELL_TOPICS: Record<string, CatalogKey> = {
  as: 'shell.help.as-details',
  demo: 'shell.help.demo-details',
  quitter: 'shell.help.quit-details',
  quit: 'shell.help.quit-details',
};

/** The list of commands, or one command's (or a shell command's) details. */
async function help(ctx: CommandContext, topic: string | undefined): Promise<CommandResult> {
  const commands = visibleCommands(ctx.commands, ctx.platform);
  if (topic) {
    const shellOnly = ctx.platform === 'shell' ? SHELL_TOPICS[fold(topic)] : undefined;
    if (shellOnly) return ok([privateMessage(text(t(ctx.locale, shellOnly)))]);
    const command = findCommand(commands, topic);
    if (!command) return err({ key: 'error.unknown-command', params: { name: topic } });
    return ok([privateMessage(...commandHelpBlocks(command, ctx.locale))]);
  }
  const lines = commands.map((c) => `• ${commandSummaryLine(c, ctx.locale)}`);
  if (ctx.platform === 'shell') {
    lines.push(
      ...(['shell.help.as', 'shell.help.demo', 'shell.help.quit'] as const).map(
        (k) => `• ${t(ctx.locale, k)}`,
      ),
    );
  }
  return ok([
    privateMessage(
      header(t(ctx.locale, 'help.title')),
      text(t(ctx.locale, ctx.platform === 'shell' ? 'help.intro-shell' : 'help.intro')),
      text(lines.join('\n')),
      context(t(ctx.locale, 'help.footer')),
    ),
  ]);
}

export const aide = defineCommand({
  names: ['aide', 'help', '?'],
  help: {
    fr: {
      summary: "la liste des commandes, ou le détail de l'une d'elles.",
      examples: ['aide', 'aide config'],
    },
    en: {
      summary: 'the list of commands, or the details of one of them.',
      examples: ['help', 'help config'],
    },
  },
  verbs: [
    {
      help: { fr: 'Les commandes, ou l’une d’elles', en: 'The commands, or one of them' },
      args: [
        {
          key: 'topic',
          names: ['commande', 'command'],
          help: { fr: 'La commande à expliquer', en: 'The command to explain' },
          type: { kind: 'text', max: 40 },
          read: { by: 'position' },
          messages: { tooLong: 'error.invalid-arguments' },
        },
      ],
      run: (ctx, values) => help(ctx, textOf(values, 'topic')),
    },
  ],
});
