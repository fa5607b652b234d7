// `diagnostic web`: a private link, valid 24 hours, to the network's web view of the digest
// (the current period, or one asked for in words); `diagnostic web revoquer` (facilitators)
// makes every link given so far stop working.
import { formatDate } from '../../args/format-date.ts';
import { audit } from '../../audit/record-audit.ts';
import type { CommandContext, CommandResult } from '../../commands/command.ts';
import { facilitatorOnly } from '../../commands/failures.ts';
import { context, header, privateMessage, text } from '../../message.ts';
import { err, ok } from '../../result.ts';
import { fold } from '../../text/fold.ts';
import type { NamedPeriod } from '../digest-periods.ts';
import { webCommandMessages as m } from './web-command-messages.ts';
import { WEB_LINK_HOURS } from './web-link.ts';

const REVOKE_WORDS = new Set(['revoquer', 'revoke', 'couper', 'annuler', 'cancel', 'invalider']);

/** The words after `diagnostic web` ask to revoke the links, rather than name a period. */
export const asksRevocation = (words: string | undefined): boolean =>
  words !== undefined && REVOKE_WORDS.has(fold(words.trim()));

export async function giveWebLink(
  ctx: CommandContext,
  period: NamedPeriod | undefined,
): Promise<CommandResult> {
  const expiresAt = new Date(ctx.now.getTime() + WEB_LINK_HOURS * 3_600_000);
  const generation = ctx.network.webLinkGeneration;
  const url = await ctx.webLink({ generation, expiresAt, period });
  if (url === undefined) return err({ key: m.unavailable });
  await audit(ctx, 'digest.web-link', { expires: expiresAt.toISOString() });
  const until = formatDate(expiresAt, { timeZone: ctx.network.timeZone, locale: ctx.locale, withTime: true });
  return ok([
    privateMessage(
      header(ctx.say(m.title)),
      text(`${ctx.say(m.intro)}\n${url}`),
      context(ctx.say(m.details, { until })),
    ),
  ]);
}

export async function revokeWebLinks(ctx: CommandContext): Promise<CommandResult> {
  if (!ctx.isFacilitator) return err(await facilitatorOnly(ctx));
  await ctx.repos.networks.update(ctx.network.id, { webLinkGeneration: ctx.network.webLinkGeneration + 1 });
  await audit(ctx, 'digest.web-revoked', {});
  return ok([privateMessage(text(ctx.say(m.revoked)))]);
}
