// `oubli` / `forget`: shows what erasing the caller would touch, with a danger button;
// `oubli confirmer` / `forget confirm` erases, in this command's transaction, and answers
// privately. Anything else after `oubli` erases nothing and says what to type.
import { privateMessage, text } from '../message.ts';
import { erasureDoneMessage, erasurePreviewMessage, formerMemberName } from '../privacy/erasure-messages.ts';
import { privacyMessages as m } from '../privacy/messages.ts';
import { ok } from '../result.ts';
import { type CommandContext, type CommandResult, defineCommand, gathering, type Verb } from './command.ts';

async function preview(ctx: CommandContext): Promise<CommandResult> {
  const counts = await ctx.repos.privacy.erasurePreview(ctx.network.id, ctx.actor.id);
  return ok([
    erasurePreviewMessage(ctx.say, ctx.locale, ctx.actor, counts, formerMemberName(ctx.network.locale)),
  ]);
}

async function erase(ctx: CommandContext): Promise<CommandResult> {
  const former = formerMemberName(ctx.network.locale);
  const done = await ctx.repos.privacy.eraseMember(ctx.network.id, ctx.actor.id, {
    at: ctx.now,
    formerName: former,
  });
  if (!done) return ok([privateMessage(text(ctx.say(m.alreadyErased)))]);
  return ok([{ ...erasureDoneMessage(ctx.say, done, former), erased: true }]);
}

const previewVerb: Verb = {
  typed: 'unlisted',
  help: { fr: 'Voir ce qui serait effacé', en: 'See what would be erased' },
  args: [],
  stray: m.confirmWord,
  run: preview,
};

const eraseVerb: Verb = {
  // Only the word itself erases: anything after it erases nothing and says what to type.
  names: ['confirmer', 'confirm'],
  typed: 'unlisted',
  help: { fr: 'Effacer, pour de bon', en: 'Erase, for good' },
  args: [],
  stray: m.confirmWord,
  run: erase,
};

export const oubli = defineCommand({
  names: ['oubli', 'forget', 'oublier', 'forget-me'],
  help: {
    fr: {
      summary:
        'effacer vos données : montre d’abord ce qui sera effacé ou anonymisé, puis efface après confirmation (`oubli confirmer`).',
      examples: ['oubli', 'oubli confirmer'],
    },
    en: {
      summary:
        'erase your data: first shows what will be erased or anonymised, then erases once you confirm (`forget confirm`).',
      examples: ['forget', 'forget confirm'],
    },
  },
  messages: m,
  verbs: [
    previewVerb,
    eraseVerb,
    // One subcommand where a platform gives options: `/coop oubli confirmer:True`.
    gathering(
      {
        slot: ['effacer', 'erase'],
        typed: 'only',
        help: { fr: 'Effacer vos données', en: 'Erase your data' },
        args: [
          {
            key: 'confirm',
            names: ['confirmer', 'confirm'],
            help: { fr: 'Effacer sans aperçu', en: 'Erase without preview' },
            type: { kind: 'flag' },
            read: { by: 'word' },
          },
        ],
      },
      (values) => ({ verb: values.confirm === true ? eraseVerb : previewVerb, values: {} }),
    ),
  ],
});
