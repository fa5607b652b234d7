// `oubli` / `forget`: shows what erasing the caller would touch, with a danger button;
// `oubli confirmer` / `forget confirm` erases, in this command's transaction, and answers
// privately. Anything else after `oubli` erases nothing and says what to type.
import { z } from 'zod';
import { type Token, tokenText } from '../args/tokenize.ts';
import { privateMessage, text } from '../message.ts';
import { erasureDoneMessage, erasurePreviewMessage, formerMemberName } from '../privacy/erasure-messages.ts';
import { privacyMessages as m } from '../privacy/messages.ts';
import { ok } from '../result.ts';
import { fold } from '../text/fold.ts';
import { defineCommand } from './command.ts';

const CONFIRM = ['confirmer', 'confirm'];

function parse(tokens: readonly Token[]): unknown {
  if (tokens.length === 0) return { action: 'preview' };
  const [only] = tokens;
  if (tokens.length === 1 && only && only.kind !== 'mention' && CONFIRM.includes(fold(tokenText(only))))
    return { action: 'confirm' };
  return { action: 'unknown' };
}

const input = z.discriminatedUnion('action', [
  z.object({ action: z.literal('preview') }),
  z.object({ action: z.literal('confirm') }),
  z.object({ action: z.literal('unknown') }).refine(() => false, 'confirmWord'),
]);

export const oubli = defineCommand({
  names: ['oubli', 'forget', 'oublier', 'forget-me'],
  help: {
    fr: {
      summary:
        'effacer vos données : montre d’abord ce qui sera effacé ou anonymisé, puis efface après confirmation (`oubli confirmer`).',
      usage: ['oubli', 'oubli confirmer'],
      examples: ['oubli', 'oubli confirmer'],
    },
    en: {
      summary:
        'erase your data: first shows what will be erased or anonymised, then erases once you confirm (`forget confirm`).',
      usage: ['forget', 'forget confirm'],
      examples: ['forget', 'forget confirm'],
    },
  },
  messages: m,
  parse,
  schema: input,
  async run(ctx, { action }) {
    const former = formerMemberName(ctx.network.locale);
    if (action === 'preview') {
      const counts = await ctx.repos.privacy.erasurePreview(ctx.network.id, ctx.actor.id);
      return ok([erasurePreviewMessage(ctx.say, ctx.locale, ctx.actor, counts, former)]);
    }
    const done = await ctx.repos.privacy.eraseMember(ctx.network.id, ctx.actor.id, {
      at: ctx.now,
      formerName: former,
    });
    if (!done) return ok([privateMessage(text(ctx.say(m.alreadyErased)))]);
    return ok([{ ...erasureDoneMessage(ctx.say, done, former), erased: true }]);
  },
});
