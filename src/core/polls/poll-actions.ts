// What `sondage` does besides creating: list the open polls, show one, close one early
// (its author or a facilitator), export a closed one's results as CSV.
import { audit } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult, Failure } from '../commands/command.ts';
import { localized } from '../i18n/index.ts';
import { facilitatorList } from '../members/facilitators.ts';
import { context, header, type Message, privateMessage, text } from '../message.ts';
import type { Poll } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { closePoll } from './close-poll.ts';
import { pollMessages as m } from './messages.ts';
import { pollCsv } from './poll-csv.ts';
import { breakdownHidden, breakdownMin } from './poll-results.ts';
import { participantsLabel, pollDate, pollMessage, resultsMessage } from './render-poll.ts';

const privately = (message: Message): Message => ({ ...message, visibility: 'private' });

async function findPoll(ctx: CommandContext, ref: number): Promise<Result<Poll, Failure>> {
  const poll = await ctx.repos.polls.getByRef(ctx.network.id, ref);
  return poll ? ok(poll) : err({ key: m['unknown-poll'], params: { ref } });
}

/**
 * The actor's current choice (option ids); undefined when an open anonymous poll's key was
 * lost. A closed anonymous poll no longer knows anyone's choice.
 */
async function myChoice(ctx: CommandContext, poll: Poll): Promise<string[] | undefined> {
  if (!poll.anonymous) return ctx.repos.polls.choiceOf(ctx.network.id, poll.id, ctx.actor.id);
  if (poll.status === 'closed') return [];
  const key = await ctx.repos.polls.keyOf(ctx.network.id, poll.id);
  if (key === undefined) return undefined;
  return ctx.repos.polls.choiceOf(ctx.network.id, poll.id, await ctx.voterKey(key));
}

const canClose = (ctx: CommandContext, poll: Poll) => ctx.isFacilitator || poll.authorId === ctx.actor.id;

export async function listPolls(ctx: CommandContext): Promise<CommandResult> {
  // A poll past its deadline is closed for voters even before the scheduler gets to it.
  const polls = (await ctx.repos.polls.listOpen(ctx.network.id)).filter((p) => p.closesAt > ctx.now);
  if (polls.length === 0) return ok([privateMessage(text(ctx.say(m['list-empty'])))]);
  const lines: string[] = [];
  for (const poll of polls) {
    const tally = await ctx.repos.polls.tally(ctx.network.id, poll);
    const line = ctx.say(m['list-line'], {
      ref: poll.ref,
      question: poll.question,
      participants: participantsLabel(tally.participants, ctx.locale, true),
      date: pollDate(poll.closesAt, ctx.network, ctx.locale),
    });
    const voted = ((await myChoice(ctx, poll)) ?? []).length > 0;
    lines.push(voted ? `${line} · ${ctx.say(m['list-voted'])}` : line);
  }
  return ok([
    privateMessage(
      header(ctx.say(m['list-title'])),
      text(lines.join('\n')),
      context(ctx.say(m['list-hint'], { ref: polls[0]?.ref ?? 1 })),
    ),
  ]);
}

export async function showPoll(ctx: CommandContext, ref: number): Promise<CommandResult> {
  const found = await findPoll(ctx, ref);
  if (!found.ok) return found;
  const poll = found.value;
  const tally = await ctx.repos.polls.tally(ctx.network.id, poll);
  if (poll.status === 'closed')
    return ok([privately(await resultsMessage(poll, tally, ctx.network, ctx.locale, ctx.repos))]);
  const goal = poll.goalId
    ? (await ctx.repos.goals.list(ctx.network.id)).find((g) => g.id === poll.goalId)
    : undefined;
  const shown = privately(pollMessage(poll, tally, ctx.network, ctx.locale, { goalRef: goal?.ref }));
  const chosen = await myChoice(ctx, poll);
  const labels = poll.options.filter((o) => chosen?.includes(o.id)).map((o) => o.label);
  const mine =
    chosen === undefined
      ? ctx.say(m['key-lost-line'])
      : labels.length > 0
        ? ctx.say(m['your-vote-line'], { choices: labels.join(', ') })
        : ctx.say(m['not-voted-line']);
  shown.blocks.push(text(mine));
  if (canClose(ctx, poll)) shown.blocks.push(context(ctx.say(m['close-hint'], { ref: poll.ref })));
  return ok([shown]);
}

async function closeRefusal(ctx: CommandContext, poll: Poll): Promise<Failure> {
  const members = await ctx.repos.members.list(ctx.network.id);
  const facilitators = facilitatorList(members, ctx.locale, ctx.platform);
  const author = members.find((p) => p.id === poll.authorId);
  const date = pollDate(poll.closesAt, ctx.network, ctx.locale);
  return author
    ? { key: m['close-not-allowed'], params: { author: author.displayName, facilitators, date } }
    : { key: m['close-not-allowed-no-author'], params: { facilitators, date } };
}

export async function closePollEarly(ctx: CommandContext, ref: number): Promise<CommandResult> {
  const found = await findPoll(ctx, ref);
  if (!found.ok) return found;
  const poll = found.value;
  if (poll.status === 'closed') return err({ key: m['already-closed'], params: { ref } });
  if (!canClose(ctx, poll)) return err(await closeRefusal(ctx, poll));
  const results = await closePoll(ctx.repos, ctx.network, poll.id, ctx.now);
  if (!results) return err({ key: m['already-closed'], params: { ref } });
  ctx.pollChanged(poll.id);
  if (ctx.now < poll.closesAt) {
    const byAuthor = poll.authorId === ctx.actor.id;
    await audit(ctx, 'poll.closed-early', { poll: poll.ref, byAuthor }, byAuthor ? null : poll.authorId);
    const note = localized(ctx.network.locale, m['closed-early'], { author: ctx.actor.displayName });
    results.blocks.push(context(note));
  }
  return ok([results]);
}

/**
 * Posts an open poll's live message again in the current channel (when the first post
 * failed, or to move it): the adapter then edits this copy as votes come in.
 */
export async function publishPoll(ctx: CommandContext, ref: number): Promise<CommandResult> {
  const found = await findPoll(ctx, ref);
  if (!found.ok) return found;
  const poll = found.value;
  if (poll.status === 'closed') return err({ key: m['publish-closed'], params: { ref } });
  if (!canClose(ctx, poll)) return err({ key: m['publish-not-allowed'] });
  const tally = await ctx.repos.polls.tally(ctx.network.id, poll);
  const goal = poll.goalId
    ? (await ctx.repos.goals.list(ctx.network.id)).find((g) => g.id === poll.goalId)
    : undefined;
  const live = pollMessage(poll, tally, ctx.network, ctx.network.locale, { goalRef: goal?.ref });
  return ok([
    { ...live, poll: { networkId: ctx.network.id, pollId: poll.id, ref: poll.ref, role: 'live' } },
    privateMessage(text(ctx.say(m.published, { ref }))),
  ]);
}

export async function exportPoll(ctx: CommandContext, ref: number): Promise<CommandResult> {
  const found = await findPoll(ctx, ref);
  if (!found.ok) return found;
  const poll = found.value;
  if (poll.status !== 'closed') {
    return err({
      key: m['export-open'],
      params: { ref, date: pollDate(poll.closesAt, ctx.network, ctx.locale) },
    });
  }
  const tally = await ctx.repos.polls.tally(ctx.network.id, poll);
  // The rule of the results holds for the export too: no breakdown of a small anonymous poll,
  // and no file of zeros for one nobody answered (fewer than the threshold, as the README says).
  if (breakdownHidden(poll, tally.participants, ctx.network) || (poll.anonymous && tally.participants === 0))
    return err({ key: m['export-hidden'], params: { ref, min: breakdownMin(poll, ctx.network) } });
  const names = poll.anonymous
    ? new Map<string, string>()
    : new Map((await ctx.repos.members.list(ctx.network.id)).map((p) => [p.id, p.displayName]));
  const csv = pollCsv(poll, tally, names);
  return ok([
    privateMessage(
      header(ctx.say(m['export-title'], { ref })),
      context(ctx.say(m['export-hint'])),
      text(`\`\`\`\n${csv}\n\`\`\``),
    ),
  ]);
}
