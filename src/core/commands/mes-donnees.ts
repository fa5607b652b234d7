// `mes-donnees` / `my-data`: everything Maillage keeps about the caller, as a JSON file in
// a private message (the adapters deliver the file: a DM upload or attachment, a file on
// disk in the shell). Reads only.
import { context, fields, header, privateMessage, text } from '../message.ts';
import { exportFile } from '../privacy/export-file.ts';
import type { MemberData } from '../privacy/member-data.ts';
import { privacyMessages as m } from '../privacy/messages.ts';
import { ok } from '../result.ts';
import { type CommandContext, type CommandResult, defineCommand } from './command.ts';

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

/** The caller's data, counted in the message and whole in the attached file. */
async function exportData(ctx: CommandContext): Promise<CommandResult> {
  const data = await ctx.repos.privacy.exportMember(ctx.network.id, ctx.actor.id);
  if (!data) throw new Error('the member who asked is missing');
  const message = privateMessage(
    header(ctx.say(m.exportTitle)),
    text(ctx.say(m.exportIntro)),
    counts(ctx, data),
    context(ctx.say(m.exportAnonymous)),
  );
  return ok([{ ...message, file: exportFile(data, ctx.network, ctx.now, ctx.locale) }]);
}

export const mesDonnees = defineCommand({
  names: ['mes-donnees', 'my-data', 'mesdonnees', 'mydata'],
  help: {
    fr: {
      summary:
        'tout ce que Maillage garde sur vous (profil, échanges, buts, glossaire, sondages, votes publics, café, journal), dans un fichier JSON envoyé en privé.',
      examples: ['mes-donnees'],
    },
    en: {
      summary:
        'everything Maillage keeps about you (profile, exchanges, goals, glossary, polls, public votes, café, audit trail), as a JSON file sent privately.',
      examples: ['my-data'],
    },
  },
  messages: m,
  verbs: [
    {
      help: { fr: 'Recevoir ses données', en: 'Get one’s data' },
      args: [],
      stray: m.noArguments,
      run: (ctx) => exportData(ctx),
    },
  ],
});
