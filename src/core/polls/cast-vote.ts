// What `vote` does: sets the voter's choice (never toggles it), or withdraws it, on an
// open poll of the voter's network. In an anonymous poll the voter is only a keyed hash of
// their platform identity, and the vote's transaction writes the vote and nothing else (the
// command is quiet: no delivery key, no new member); nothing here logs who voted when.
import type { CommandContext, CommandResult, Failure } from '../commands/command.ts';
import type { Bilingual } from '../i18n/index.ts';
import { type Button, buttons, context, privateMessage, text } from '../message.ts';
import type { Poll, PollOption } from '../model.ts';
import type { PollKey } from '../ports.ts';
import { err, ok, type Result } from '../result.ts';
import { pollMessages as m } from './messages.ts';
import { maxChoices, pollDate, voteButtons, withdrawCommand } from './render-poll.ts';
import { type ChoiceWord, matchOptions, type VoteChoices } from './vote-input.ts';

const optionList = (poll: Poll, options = poll.options) =>
  options.map((o) => `${o.position}. ${o.label}`).join(', ');

/** A poll of the actor's network still taking votes: not closed, deadline not passed. */
export async function openPoll(ctx: CommandContext, ref: number): Promise<Result<Poll, Failure>> {
  const poll = await ctx.repos.polls.getByRef(ctx.network.id, ref);
  if (!poll) return err({ key: m['unknown-poll'], params: { ref } });
  if (poll.status !== 'open' || poll.closesAt.getTime() <= ctx.now.getTime())
    return err({ key: m.closed, params: { ref } });
  return ok(poll);
}

function resolveChoices(poll: Poll, words: readonly ChoiceWord[]): Result<PollOption[], Failure> {
  const chosen = new Map<string, PollOption>();
  for (const word of words) {
    const match = matchOptions(poll.options, word);
    if ('candidates' in match) {
      const [first, ...others] = match.candidates;
      if (first && others.length > 0)
        return err({
          key: m['ambiguous-option'],
          params: {
            ref: poll.ref,
            choice: word.text,
            options: optionList(poll, match.candidates),
            position: first.position,
          },
        });
      return err({
        key: m['unknown-option'],
        params: { ref: poll.ref, choice: word.text, options: optionList(poll) },
      });
    }
    chosen.set(match.option.id, match.option);
  }
  const count = chosen.size;
  if (!poll.multiple && count > 1) return err({ key: m['single-choice'], params: { ref: poll.ref, count } });
  const max = maxChoices(poll);
  if (count > max) return err({ key: m['too-many-choices'], params: { ref: poll.ref, max, count } });
  return ok([...chosen.values()]);
}

function optionAt(poll: Poll, position: number): Result<PollOption, Failure> {
  const option = poll.options.find((o) => o.position === position);
  if (option) return ok(option);
  return err({
    key: m['unknown-option'],
    params: { ref: poll.ref, choice: position, options: optionList(poll) },
  });
}

/** A vote as `vote` read it: the poll's number, and the choices or a withdrawal. */
export type VoteInput = { ref: number } & (VoteChoices | { action: 'withdraw' });
type ReadVote = Exclude<VoteInput, { action: 'add-remove-mixed' }>;

/** The option ids the voter wants, from what they typed and what they had chosen. */
function wanted(poll: Poll, input: ReadVote, current: readonly string[]): Result<string[], Failure> {
  switch (input.action) {
    case 'withdraw':
      return ok([]);
    case 'choose': {
      const chosen = resolveChoices(poll, input.choices);
      return chosen.ok ? ok(chosen.value.map((o) => o.id)) : chosen;
    }
    case 'add':
    case 'remove': {
      const option = optionAt(poll, input.position);
      if (!option.ok) return option;
      const id = option.value.id;
      if (input.action === 'remove') return ok(current.filter((c) => c !== id));
      if (!poll.multiple) return ok([id]);
      const next = current.includes(id) ? [...current] : [...current, id];
      if (next.length <= maxChoices(poll)) return ok(next);
      const first = poll.options.find((o) => current.includes(o.id));
      const params = { ref: poll.ref, max: maxChoices(poll), position: first?.position ?? 1 };
      return err({ key: m['add-over-max'], params });
    }
  }
}

/**
 * The voter in this poll: the member for a public one (stored now if they were not), a
 * keyed hash for an anonymous one; undefined when the anonymous poll's key was lost.
 */
async function voterOf(
  ctx: CommandContext,
  poll: Poll,
  key: PollKey | undefined,
): Promise<string | undefined> {
  if (!poll.anonymous) return (await ctx.member()).id;
  return key === undefined ? undefined : ctx.voterKey(key);
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

function choiceButtons(poll: Poll, ctx: CommandContext, chosen: readonly string[]): Button[] {
  const room = chosen.length < maxChoices(poll);
  const options = poll.options.flatMap((o): Button[] => {
    const has = chosen.includes(o.id);
    if (!poll.multiple) return has ? [] : [{ label: o.label, command: `vote ${poll.ref} ${o.position}` }];
    if (has)
      return [
        {
          label: ctx.say(m['remove-button'], { option: o.label }),
          command: `vote ${poll.ref} -${o.position}`,
        },
      ];
    return room
      ? [
          {
            label: ctx.say(m['add-button'], { option: o.label }),
            command: `vote ${poll.ref} +${o.position}`,
          },
        ]
      : [];
  });
  return [
    ...options,
    { label: ctx.say(m['withdraw-button']), command: withdrawCommand(poll.ref, ctx.locale) },
  ];
}

function voteReply(ctx: CommandContext, poll: Poll, status: Bilingual, chosen: readonly string[]) {
  const labels = poll.options.filter((o) => chosen.includes(o.id)).map((o) => o.label);
  const params = { ref: poll.ref, question: poll.question };
  const line = poll.multiple
    ? ctx.say(m['your-choices'], {
        ...params,
        choices: labels.join(', '),
        count: labels.length,
        max: maxChoices(poll),
      })
    : ctx.say(m['your-choice'], { ...params, choice: labels[0] ?? '' });
  const date = pollDate(poll.closesAt, ctx.network, ctx.locale);
  const note = ctx.say(poll.anonymous ? m['anonymous-note'] : m['public-note']);
  return privateMessage(
    text(`${ctx.say(status)}\n${line}`),
    context(`${ctx.say(m['change-hint'], { date })} ${note}`),
    buttons(...choiceButtons(poll, ctx, chosen)),
  );
}

export async function castVote(ctx: CommandContext, input: VoteInput): Promise<CommandResult> {
  if (input.action === 'add-remove-mixed') return err({ key: m['vote-add-remove'] });
  const found = await openPoll(ctx, input.ref);
  if (!found.ok) return found;
  const poll = found.value;
  if (input.action === 'choose' && input.choices.length === 0) {
    const params = { ref: poll.ref, example: poll.options[0]?.label ?? '', options: optionList(poll) };
    return err({ key: m['choice-missing'], params });
  }
  const held = await ctx.repos.polls.holdForVote(ctx.network.id, poll.id);
  if (!held) return err({ key: m.closed, params: { ref: poll.ref } });
  const voter = await voterOf(ctx, poll, held.key);
  // A crash of the database emptied the keys: nobody can be told apart from a new voter.
  if (voter === undefined) return err({ key: m['key-lost'], params: { ref: poll.ref } });
  const current = await ctx.repos.polls.lockVoter(ctx.network.id, poll.id, voter);
  const next = wanted(poll, input, current);
  if (!next.ok) return next;
  if (next.value.length === 0) {
    if (current.length === 0) return ok([privateMessage(text(ctx.say(m['not-voted'], { ref: poll.ref })))]);
    await ctx.repos.polls.withdrawVote(ctx.network.id, poll.id, voter);
    ctx.pollChanged(poll.id);
    return ok([
      privateMessage(
        text(ctx.say(m.withdrawn, { ref: poll.ref })),
        buttons(...voteButtons(poll, ctx.locale).slice(0, -1)),
      ),
    ]);
  }
  if (sameSet(current, next.value)) return ok([voteReply(ctx, poll, m.unchanged, current)]);
  await ctx.repos.polls.setVote(ctx.network.id, poll.id, voter, next.value);
  ctx.pollChanged(poll.id);
  return ok([voteReply(ctx, poll, current.length === 0 ? m.recorded : m.changed, next.value)]);
}
