// `echange 12` shows one exchange to its author and the members named in it; `echange
// corriger 12 …` lets its author correct it, each value checked as when it was logged.
// To anyone else an exchange they may not see answers as one that does not exist.
import { parseThemes } from '../directory/parse-themes.ts';
import { MAX_NOTE } from '../exchanges/exchange-args.ts';
import { exchangeMessages as m } from '../exchanges/messages.ts';
import { exchangeSummary } from '../exchanges/render-exchange.ts';
import type { ArgValues } from '../grammar/spec.ts';
import { numberOf, textOf, textsOf } from '../grammar/values.ts';
import { header, privateMessage, text } from '../message.ts';
import type { ExchangeKind } from '../model.ts';
import type { ExchangeCorrection, ExchangeView } from '../ports.ts';
import { err, ok, type Result } from '../result.ts';
import { fold } from '../text/fold.ts';
import type { CommandContext, CommandResult, Failure } from './command.ts';
import { goalByRef, occurredOn } from './exchange-checks.ts';
import { checkFreeText } from './free-text.ts';

/** Words after `but` that detach the exchange from its goal. */
const NO_GOAL = new Set(['aucun', 'none', 'sans', '-', '0']);

/** The exchange, when the actor may see it (`author` only: when they wrote it). */
async function visible(
  ctx: CommandContext,
  ref: number,
  who: 'author' | 'named',
): Promise<Result<ExchangeView, Failure>> {
  const view = await ctx.repos.exchanges.getByRef(ctx.network.id, ref);
  const mine = view?.authorId === ctx.actor.id;
  const named = view?.members.some((p) => p.id === ctx.actor.id) ?? false;
  if (!view || !(mine || (who === 'named' && named))) return err({ key: m.unknownExchange, params: { ref } });
  return ok(view);
}

async function goalRefOf(ctx: CommandContext, goalId: string | null): Promise<number | undefined> {
  if (!goalId) return undefined;
  const goals = await ctx.repos.goals.list(ctx.network.id);
  return goals.find((g) => g.id === goalId)?.ref;
}

export async function showExchange(ctx: CommandContext, values: ArgValues): Promise<CommandResult> {
  const found = await visible(ctx, numberOf(values, 'ref') ?? 0, 'named');
  if (!found.ok) return found;
  const view = found.value;
  const summary = exchangeSummary(
    {
      kind: view.kind,
      occurredOn: view.occurredOn,
      people: view.members.map((p) => p.name),
      organisations: view.organisations.map((o) => o.name),
      themes: view.themes,
      goalRef: await goalRefOf(ctx, view.goalId),
      withdrawnNames: view.withdrawnNames,
    },
    ctx.locale,
    ctx.network.timeZone,
  );
  const mine = view.authorId === ctx.actor.id;
  const lines = [summary, ctx.say(m.shownAuthor, { author: mine ? ctx.say(m.you) : view.authorName })];
  // The note stays its author's: the members named see the exchange without it.
  if (mine && view.note) lines.push(ctx.say(m.shownNote, { note: view.note }));
  return ok([privateMessage(header(ctx.say(m.shownTitle, { ref: view.ref })), text(lines.join('\n')))]);
}

/** The corrections written, each checked as a new exchange's value would be. */
async function checkedCorrection(
  ctx: CommandContext,
  values: ArgValues,
): Promise<Result<ExchangeCorrection, Failure>> {
  const correction: ExchangeCorrection = {};
  const kind = textOf(values, 'kind');
  if (kind !== undefined) correction.kind = kind as ExchangeKind;
  const themes = textsOf(values, 'themes');
  if (themes.length > 0) {
    const parsed = parseThemes(themes.join(','), ctx.confirmed);
    if (!parsed.ok) return parsed;
    correction.themes = parsed.value;
  }
  const date = textOf(values, 'date');
  if (date !== undefined) {
    const day = occurredOn(ctx, date);
    if (!day.ok) return day;
    correction.occurredOn = day.value;
  }
  const note = textOf(values, 'note');
  if (note !== undefined) {
    const checked = checkFreeText(note, { max: MAX_NOTE, confirmed: ctx.confirmed });
    if (!checked.ok) return checked;
    correction.note = checked.value;
  }
  const goal = textOf(values, 'goal');
  if (goal !== undefined) {
    if (NO_GOAL.has(fold(goal))) correction.goalId = null;
    else {
      const found = await goalByRef(ctx, goal);
      if (!found.ok) return found;
      correction.goalId = found.value.id;
    }
  }
  return ok(correction);
}

export async function correctExchange(ctx: CommandContext, values: ArgValues): Promise<CommandResult> {
  const ref = numberOf(values, 'ref') ?? 0;
  const found = await visible(ctx, ref, 'author');
  if (!found.ok) return found;
  const correction = await checkedCorrection(ctx, values);
  if (!correction.ok) return correction;
  if (Object.keys(correction.value).length === 0) return err({ key: m.nothingToCorrect, params: { ref } });
  await ctx.repos.exchanges.correct(ctx.network.id, found.value.id, correction.value);
  return showCorrected(ctx, ref);
}

async function showCorrected(ctx: CommandContext, ref: number): Promise<CommandResult> {
  const shown = await showExchange(ctx, { ref });
  if (!shown.ok) return shown;
  return ok([privateMessage(text(ctx.say(m.corrected, { ref }))), ...shown.value]);
}
