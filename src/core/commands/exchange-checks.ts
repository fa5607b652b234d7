// The checks an exchange's date and goal pass, the same when it is logged and when its
// author corrects it.
import { parseHumanDate, zonedDay } from '../args/human-date.ts';
import { readRef } from '../args/ref.ts';
import { exchangeMessages as m } from '../exchanges/messages.ts';
import { formatDay } from '../exchanges/render-exchange.ts';
import { err, ok, type Result } from '../result.ts';
import type { CommandContext, Failure } from './command.ts';

/** One year back at most: today's date a year ago (28 February for a 29 February). */
function sameDayAYearAgo(today: string): string {
  const [year, month, day] = today.split('-');
  return `${Number(year) - 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

export function occurredOn(ctx: CommandContext, written: string | undefined): Result<string, Failure> {
  const today = zonedDay(ctx.now, ctx.network.timeZone);
  if (written === undefined) return ok(today);
  const parsed = parseHumanDate(written, { now: ctx.now, timeZone: ctx.network.timeZone, prefer: 'past' });
  if (!parsed.ok) return err({ key: m.badDate, params: { date: written } });
  const day = zonedDay(parsed.value.at, ctx.network.timeZone);
  const shown = formatDay(day, ctx.network.timeZone, ctx.locale);
  if (day > today) return err({ key: m.futureDate, params: { date: shown } });
  if (day < sameDayAYearAgo(today)) return err({ key: m.tooOld, params: { date: shown } });
  return ok(day);
}

/** The goal written (`but 3`), by number. */
export async function goalByRef(
  ctx: CommandContext,
  written: string,
): Promise<Result<{ id: string; ref: number }, Failure>> {
  const ref = readRef(written);
  const goal = ref === undefined ? undefined : await ctx.repos.goals.getByRef(ctx.network.id, ref);
  if (!goal) return err({ key: m.unknownGoal, params: { ref: written } });
  return ok({ id: goal.id, ref: goal.ref });
}
