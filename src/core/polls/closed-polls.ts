// `sondage liste clos [PAGE]`: the polls that have closed, most recently closed first, a page
// at a time. A line gives counts only, never who voted: the results are one command away.
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { context, header, privateMessage, text } from '../message.ts';
import type { Poll } from '../model.ts';
import { err, ok } from '../result.ts';
import { closedPollMessages as m } from './closed-messages.ts';
import { participantsLabel, pollDate } from './render-poll.ts';

export const CLOSED_PAGE_SIZE = 10;

const pageCount = (total: number) => Math.max(1, Math.ceil(total / CLOSED_PAGE_SIZE));

function closedLine(ctx: CommandContext, poll: Poll): string {
  return ctx.say(m['closed-line'], {
    ref: poll.ref,
    question: poll.question,
    // Not the open list's `no answer yet`: nobody can answer any more.
    participants: poll.participants
      ? participantsLabel(poll.participants, ctx.locale, true)
      : ctx.say(m['closed-no-answer']),
    date: pollDate(poll.closedAt ?? poll.closesAt, ctx.network, ctx.locale),
  });
}

/** `page` as checked by the grammar (a whole number from 0); pages past the last are refused. */
export async function listClosedPolls(ctx: CommandContext, page: number): Promise<CommandResult> {
  const offset = (Math.max(page, 1) - 1) * CLOSED_PAGE_SIZE;
  const { polls, total } = await ctx.repos.polls.listClosed(ctx.network.id, {
    limit: CLOSED_PAGE_SIZE,
    offset,
  });
  const pages = pageCount(total);
  if (page < 1 || page > pages) return err({ key: m['closed-bad-page'], params: { pages } });
  if (total === 0) return ok([privateMessage(text(ctx.say(m['closed-empty'])))]);
  const footer = [
    ctx.say(m['closed-page'], { page, pages, total, ref: polls[0]?.ref ?? 1 }),
    page < pages ? ctx.say(m['closed-next'], { next: page + 1 }) : ctx.say(m['closed-last']),
  ];
  return ok([
    privateMessage(
      header(ctx.say(m['closed-title'])),
      text(polls.map((poll) => closedLine(ctx, poll)).join('\n')),
      context(footer.join(' ')),
    ),
  ]);
}
