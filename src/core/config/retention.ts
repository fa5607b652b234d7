// `config conservation N` / `config retention N`: how many months exchange notes and who
// voted what in closed public polls are kept; the daily retention job does the purge.
import { zonedDay } from '../args/human-date.ts';
import { auditMessages as m } from '../audit/messages.ts';
import { audit } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { formatDay } from '../exchanges/render-exchange.ts';
import { inBoth } from '../i18n/index.ts';
import { privateMessage, publicMessage, text } from '../message.ts';
import { ok } from '../result.ts';
import { monthsBefore } from '../scheduling/retention-jobs.ts';

export const RETENTION_MIN = 1;
export const RETENTION_MAX = 60;
/** "1 month", "12 months" as a message parameter. */
export const duration = (months: number) => inBoth(months === 1 ? m.monthOne : m.monthMany, { months });

/** Without months, the period is shown; months are checked from 1 to 60 by the grammar. */
export async function setRetention(ctx: CommandContext, months: number | undefined): Promise<CommandResult> {
  const previous = ctx.network.retentionMonths;
  const shown = { months: previous, duration: duration(previous) };
  if (months === undefined) return ok([privateMessage(text(ctx.say(m.retentionShown, shown)))]);
  if (months === previous) return ok([privateMessage(text(ctx.say(m.retentionSame, shown)))]);
  await ctx.repos.networks.update(ctx.network.id, { retentionMonths: months });
  await audit(ctx, 'retention.changed', { from: previous, to: months });
  const { timeZone } = ctx.network;
  const cutoff = formatDay(monthsBefore(zonedDay(ctx.now, timeZone), months), timeZone, ctx.locale);
  const params = { months, duration: duration(months), previous: duration(previous), cutoff };
  return ok([publicMessage(text(ctx.say(m.retentionSet, params)))]);
}
