import { z } from 'zod';
import { type Token, tokenText } from '../args/tokenize.ts';
import { type CatalogKey, t } from '../i18n/index.ts';
import { context, header, privateMessage, text } from '../message.ts';
import { err, ok } from '../result.ts';
import { fold } from '../text/fold.ts';
import { defineCommand } from './command.ts';
import { findCommand, visibleCommands } from './registry-lookup.ts';
import { commandHelpBlocks, commandSummaryLine } from './render-help.ts';

/** The shell's own commands, which `aide` explains there (they are not core commands). */
const SHELL_TOPICS: Record<string, CatalogKey> = {
  as: 'shell.help.as-details',
  demo: 'shell.help.demo-details',
  quitter: 'shell.help.quit-details',
  quit: 'shell.help.quit-details',
};

export const aide = defineCommand({
  names: ['aide', 'help', '?'],
  help: {
    fr: {
      summary: "la liste des commandes, ou le détail de l'une d'elles.",
      usage: ['aide', 'aide COMMANDE'],
      examples: ['aide', 'aide config'],
    },
    en: {
      summary: 'the list of commands, or the details of one of them.',
      usage: ['help', 'help COMMAND'],
      examples: ['help', 'help config'],
    },
  },
  parse: (tokens: readonly Token[]) => ({ topic: tokens[0] ? tokenText(tokens[0]) : undefined }),
  schema: z.object({ topic: z.string().max(40, 'error.invalid-arguments').optional() }),
  async run(ctx, input) {
    const commands = visibleCommands(ctx.commands, ctx.platform);
    if (input.topic) {
      const shellOnly = ctx.platform === 'shell' ? SHELL_TOPICS[fold(input.topic)] : undefined;
      if (shellOnly) return ok([privateMessage(text(t(ctx.locale, shellOnly)))]);
      const command = findCommand(commands, input.topic);
      if (!command) return err({ key: 'error.unknown-command', params: { name: input.topic } });
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
  },
});
