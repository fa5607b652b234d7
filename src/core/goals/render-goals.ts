// What people read about shared goals: the list by status, and one goal with its
// history and the exchanges attached to it.
import { formatDate } from '../args/human-date.ts';
import type { CommandContext } from '../commands/command.ts';
import { exchangeMessages } from '../exchanges/messages.ts';
import { formatDay } from '../exchanges/render-exchange.ts';
import { joinList, type Say } from '../i18n/index.ts';
import { type Block, context, fields, header, privateMessage, text } from '../message.ts';
import type { GoalStatus, GoalUpdate } from '../model.ts';
import type { ExchangeView, GoalOverview, GoalPoll } from '../ports.ts';
import { messages, statusGroups, statusLabels } from './messages.ts';

/** Active goals first: they are the ones people work on. */
const LIST_ORDER: readonly GoalStatus[] = ['active', 'proposed', 'reached', 'dropped'];
const HISTORY_SHOWN = 10;
export const EXCHANGES_SHOWN = 5;
const POLLS_SHOWN = 5;
/** A description runs to 500 characters: the history quotes its start, the card shows it whole. */
const HISTORY_TEXT_MAX = 120;

const HISTORY_TEXT = {
  indicator: messages['history-indicator'],
  title: messages['history-title-changed'],
  description: messages['history-description'],
} as const;

const excerpt = (text: string) =>
  text.length > HISTORY_TEXT_MAX ? `${text.slice(0, HISTORY_TEXT_MAX - 1).trimEnd()}…` : text;

function exchangeCount(say: Say, count: number): string {
  if (count === 0) return say(messages['exchanges-none']);
  return count === 1 ? say(messages['exchanges-one']) : say(messages['exchanges-many'], { count });
}

/** A goal of the list; an active goal shows its indicator, the figure people follow. */
function listLines(say: Say, goal: GoalOverview): string[] {
  const exchanges = exchangeCount(say, goal.exchangeCount);
  const line = say(messages['list-line'], { ref: goal.ref, title: goal.title, exchanges });
  if (goal.status !== 'active' || !goal.indicator) return [line];
  return [line, `    ${say(messages['list-indicator'], { indicator: goal.indicator })}`];
}

export function goalList(ctx: CommandContext, goals: readonly GoalOverview[]) {
  const say = ctx.say;
  if (goals.length === 0) return privateMessage(text(say(messages['list-empty'])));
  const sections = LIST_ORDER.flatMap((status) => {
    const own = goals.filter((g) => g.status === status);
    if (own.length === 0) return [];
    return [text([statusGroups[status][ctx.locale], ...own.flatMap((g) => listLines(say, g))].join('\n'))];
  });
  const example = goals.find((g) => g.status === 'active') ?? goals[0];
  return privateMessage(
    header(say(messages['list-title'])),
    ...sections,
    context(say(messages['list-hint'], { ref: example?.ref ?? 1 })),
  );
}

export interface GoalDetails {
  goal: GoalOverview;
  authorName: string | null;
  updates: readonly GoalUpdate[];
  exchanges: readonly ExchangeView[];
  /** Newest first. */
  polls: readonly GoalPoll[];
  canEdit: boolean;
}

function historyBlock(ctx: CommandContext, say: Say, updates: readonly GoalUpdate[]): Block | undefined {
  if (updates.length === 0) return undefined;
  const date = (at: Date) => formatDate(at, { timeZone: ctx.network.timeZone, locale: ctx.locale });
  const lines = updates.slice(-HISTORY_SHOWN).map((u) => {
    const params = { date: date(u.createdAt), author: u.authorName ?? say(messages['former-member']) };
    if (u.kind === 'status')
      return say(messages['history-status'], { ...params, status: statusLabels[u.status] });
    return say(HISTORY_TEXT[u.kind], { ...params, text: excerpt(u.text) });
  });
  const earlier = updates.length - HISTORY_SHOWN;
  if (earlier > 0) lines.unshift(say(messages['history-earlier'], { count: earlier }));
  return text([say(messages['history-title']), ...lines].join('\n'));
}

/**
 * Date, kind, who with whom — not the note: the goal view is open to every member, while
 * the note is its author's own summary of the exchange, for the exchange log to show.
 */
function exchangeLine(ctx: CommandContext, say: Say, exchange: ExchangeView): string {
  const others = [...exchange.members.map((m) => m.name), ...exchange.organisations.map((o) => o.name)];
  const params = {
    date: formatDay(exchange.occurredOn, ctx.network.timeZone, ctx.locale),
    kind: exchangeMessages[`kind.${exchange.kind}`],
    author: exchange.authorName,
    with: joinList(ctx.locale, others),
  };
  return say(others.length > 0 ? messages['exchange-line-with'] : messages['exchange-line'], params);
}

function exchangesBlock(ctx: CommandContext, say: Say, details: GoalDetails): Block {
  const { goal, exchanges } = details;
  const lines = [say(messages['exchanges-title'], { count: goal.exchangeCount })];
  if (exchanges.length === 0) lines.push(say(messages['exchanges-empty']));
  lines.push(...exchanges.map((e) => exchangeLine(ctx, say, e)));
  const more = goal.exchangeCount - exchanges.length;
  if (more > 0) lines.push(say(messages['exchanges-more'], { count: more }));
  return text(lines.join('\n'));
}

/** None: no block, the hint says how to attach one. A poll past its deadline is closed to voters. */
function pollsBlock(ctx: CommandContext, say: Say, polls: readonly GoalPoll[]): Block | undefined {
  if (polls.length === 0) return undefined;
  const lines = [say(messages['polls-title'], { count: polls.length })];
  for (const poll of polls.slice(0, POLLS_SHOWN)) {
    const open = poll.status === 'open' && poll.closesAt > ctx.now;
    const line = open ? messages['poll-line-open'] : messages['poll-line-closed'];
    lines.push(say(line, { ref: poll.ref, question: poll.question }));
  }
  if (polls.length > POLLS_SHOWN)
    lines.push(say(messages['polls-more'], { count: polls.length - POLLS_SHOWN }));
  return text(lines.join('\n'));
}

export function goalCard(ctx: CommandContext, details: GoalDetails) {
  const say = ctx.say;
  const { goal } = details;
  const proposed = formatDate(goal.createdAt, { timeZone: ctx.network.timeZone, locale: ctx.locale });
  const author = details.authorName ?? say(messages['former-member']);
  const rows = [
    { label: say(messages['field-status']), value: statusLabels[goal.status][ctx.locale] },
    {
      label: say(messages['field-author']),
      value: say(messages['field-author-value'], { author, date: proposed }),
    },
  ];
  if (goal.description) rows.push({ label: say(messages['field-description']), value: goal.description });
  if (goal.indicator) rows.push({ label: say(messages['field-indicator']), value: goal.indicator });
  const history = historyBlock(ctx, say, details.updates);
  const polls = pollsBlock(ctx, say, details.polls);
  const hints = [say(messages['attach-hint'], { ref: goal.ref })];
  if (details.canEdit) {
    const next = statusLabels[goal.status === 'active' ? 'reached' : 'active'];
    hints.push(say(messages['edit-hint'], { ref: goal.ref, next }));
  }
  return privateMessage(
    header(say(messages['show-title'], { ref: goal.ref, title: goal.title })),
    fields(rows),
    ...(history ? [history] : []),
    exchangesBlock(ctx, say, details),
    ...(polls ? [polls] : []),
    context(hints.join('\n')),
  );
}
