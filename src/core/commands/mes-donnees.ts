// `mes-donnees` / `my-data`: everything Maillage keeps about the caller, as a JSON file in
// a private message (the adapters deliver the file: a DM upload or attachment, a file on
// disk in the shell). Reads only.
import { z } from 'zod';
import type { Token } from '../args/tokenize.ts';
import { context, fields, header, privateMessage, text } from '../message.ts';
import { exportFile } from '../privacy/export-file.ts';
import type { MemberData } from '../privacy/member-data.ts';
import { privacyMessages as m } from '../privacy/messages.ts';
import { ok } from '../result.ts';
import { type CommandContext, defineCommand } from './command.ts';

function counts(ctx: CommandContext, data: MemberData) {
  const rows: Array<[keyof typeof m, number]> = [
    ['countExchanges', data.exchanges.length],
    ['countGoals', data.goals.length + data.goalUpdates.length],
    ['countGlossary', data.glossaryEntries.length],
    ['countPolls', data.polls.length],
    ['countVotes', data.publicVotes.length],
    ['countCafe', data.cafe.length],
    ['countAudit', data.audit.length],
  ];
  return fields(rows.map(([label, n]) => ({ label: ctx.say(m[label]), value: String(n) })));
}

export const mesDonnees = defineCommand({
  names: ['mes-donnees', 'my-data', 'mesdonnees', 'mydata'],
  help: {
    fr: {
      summary:
        'tout ce que Maillage garde sur vous (profil, échanges, buts, glossaire, sondages, votes publics, café, journal), dans un fichier JSON envoyé en privé.',
      usage: ['mes-donnees'],
      examples: ['mes-donnees'],
    },
    en: {
      summary:
        'everything Maillage keeps about you (profile, exchanges, goals, glossary, polls, public votes, café, audit trail), as a JSON file sent privately.',
      usage: ['my-data'],
      examples: ['my-data'],
    },
  },
  messages: m,
  parse: (tokens: readonly Token[]) => ({ extra: tokens.length }),
  schema: z.object({ extra: z.number().max(0, 'noArguments') }),
  async run(ctx) {
    const data = await ctx.repos.privacy.exportMember(ctx.network.id, ctx.actor.id);
    if (!data) throw new Error('the member who asked is missing');
    const message = privateMessage(
      header(ctx.say(m.exportTitle)),
      text(ctx.say(m.exportIntro)),
      counts(ctx, data),
      context(ctx.say(m.exportAnonymous)),
    );
    return ok([{ ...message, file: exportFile(data, ctx.network, ctx.now, ctx.locale) }]);
  },
});
