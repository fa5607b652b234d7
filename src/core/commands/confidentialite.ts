import { context, header, privateMessage, text } from '../message.ts';
import { noticeMessages as m } from '../notice/privacy-notice.ts';
import { ok } from '../result.ts';
import { type CommandContext, type CommandResult, defineCommand } from './command.ts';

/** The notice, with this network's name and retention period. */
async function notice(ctx: CommandContext): Promise<CommandResult> {
  const months = { months: ctx.network.retentionMonths };
  return ok([
    privateMessage(
      header(ctx.say(m.title)),
      text(`${ctx.say(m.storedTitle)}\n${ctx.say(m.stored)}`),
      text(`${ctx.say(m.whoTitle)}\n${ctx.say(m.who)}`),
      text(`${ctx.say(m.howLongTitle)}\n${ctx.say(m.howLong, months)}`),
      text(`${ctx.say(m.rightsTitle)}\n${ctx.say(m.rights)}`),
      // Which network this is about (a member may be in several), and its own retention.
      context(ctx.say(m.footer, { network: ctx.network.name, ...months })),
    ),
  ]);
}

export const confidentialite = defineCommand({
  messages: m,
  names: ['confidentialite', 'privacy', 'confidentialité', 'rgpd', 'gdpr'],
  help: {
    fr: {
      summary:
        'ce que Maillage enregistre, combien de temps, qui le voit, et comment exporter ou effacer vos données.',
      examples: ['confidentialite'],
    },
    en: {
      summary: 'what Maillage stores, for how long, who sees it, and how to export or erase your data.',
      examples: ['privacy'],
    },
  },
  verbs: [{ help: { fr: 'La notice de confidentialité', en: 'The privacy notice' }, args: [], run: notice }],
});
