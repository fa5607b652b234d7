// `diagnostic historique` lists the digests posted on their schedule; `diagnostic historique N`
// shows one again, privately, computed anew from the log for the same days (so an erased
// member or a withdrawn exchange does not come back), with its map.
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { buttons, header, privateMessage, text } from '../message.ts';
import { err, ok } from '../result.ts';
import { digestMessage } from './digest-message.ts';
import { pastMessages as m } from './past-messages.ts';
import { lastDay, parseDay, periodDays } from './period.ts';
import { rangeLabel } from './render-digest.ts';

/** How many `diagnostic historique` lists. */
const LISTED = 12;

/** The line under a posted digest: its number, and how to see it again. */
export const pastNote = (ref: number, locale: Locale): string => localized(locale, m.note, { ref });

export async function listPast(ctx: CommandContext): Promise<CommandResult> {
  const past = await ctx.repos.digest.history(ctx.network.id, LISTED);
  if (past.length === 0) return ok([privateMessage(text(ctx.say(m.none)))]);
  const zone = ctx.network.timeZone;
  const lines = past.map((digest) => {
    const days = periodDays(digest.named.period, zone);
    return ctx.say(m.line, {
      ref: digest.ref,
      range: rangeLabel(parseDay(days.from), lastDay(days), ctx.locale),
    });
  });
  const [latest] = past;
  const word = ctx.locale === 'fr' ? 'diagnostic historique' : 'digest history';
  return ok([
    privateMessage(
      header(ctx.say(m.title)),
      text(lines.join('\n')),
      ...(latest
        ? [buttons({ label: ctx.say(m.showButton, { ref: latest.ref }), command: `${word} ${latest.ref}` })]
        : []),
    ),
  ]);
}

export async function showPast(ctx: CommandContext, ref: number): Promise<CommandResult> {
  const past = await ctx.repos.digest.past(ctx.network.id, ref);
  if (!past) return err({ key: m.unknown, params: { ref } });
  const digest = await digestMessage(ctx.repos, ctx.network, past.named, ctx.locale, { picture: true });
  return ok([
    { ...digest, visibility: 'private', blocks: [...digest.blocks, text(ctx.say(m.again, { ref }))] },
  ]);
}
