// `config conservation N` / `config retention N`: how many months exchange notes and who
// voted what in closed public polls are kept; the daily retention job does the purge.
import { zonedDay } from '../args/human-date.ts';
import { auditMessages as m } from '../audit/messages.ts';
import { audit } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { formatDay } from '../exchanges/render-exchange.ts';
import { inBoth } from '../i18n/index.ts';
import { privateMessage, publicMessage, text } from '../message.ts';
import { err, ok } from '../result.ts';
import { monthsBefore } from '../scheduling/retention-jobs.ts';
import { fold } from '../text/fold.ts';

export const RETENTION_MIN = 1;
export const RETENTION_MAX = 60;
const UNITS = ['mois', 'month', 'months'];

/** Whole months from 1 to 60, optionally followed by the unit ("12", "12 mois"). */
export function retentionMonths(typed: string): number | undefined {
  const [digits, unit, ...more] = typed.trim().split(/\s+/);
  if (more.length > 0 || (unit !== undefined && !UNITS.includes(fold(unit)))) return undefined;
  if (!digits || !/^\d{1,3}$/.test(digits)) return undefined;
  const months = Number(digits);
  return months >= RETENTION_MIN && months <= RETENTION_MAX ? months : undefined;
}

/** "1 month", "12 months" as a message parameter. */
export const duration = (months: number) => inBoth(months === 1 ? m.monthOne : m.monthMany, { months });

export async function setRetention(ctx: CommandContext, typed: string | undefined): Promise<CommandResult> {
  const previous = ctx.network.retentionMonths;
  const shown = { months: previous, duration: duration(previous) };
  if (typed === undefined) return ok([privateMessage(text(ctx.say(m.retentionShown, shown)))]);
  const months = retentionMonths(typed);
  if (months === undefined) return err({ key: m.retentionInvalid });
  if (months === previous) return ok([privateMessage(text(ctx.say(m.retentionSame, shown)))]);
  await ctx.repos.networks.update(ctx.network.id, { retentionMonths: months });
  await audit(ctx, 'retention.changed', { from: previous, to: months });
  const { timeZone } = ctx.network;
  const cutoff = formatDay(monthsBefore(zonedDay(ctx.now, timeZone), months), timeZone, ctx.locale);
  const params = { months, duration: duration(months), previous: duration(previous), cutoff };
  return ok([publicMessage(text(ctx.say(m.retentionSet, params)))]);
}
