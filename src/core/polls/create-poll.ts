// Creating a poll: the draft read from the words is checked in full (texts through the
// confidentiality guard, options, deadline, goal) before anything is written.
import { readRef } from '../args/ref.ts';
import type { CommandContext, CommandResult, Failure } from '../commands/command.ts';
import { checkFreeText } from '../commands/free-text.ts';
import { privateMessage, text } from '../message.ts';
import { err, ok, type Result } from '../result.ts';
import { fold } from '../text/fold.ts';
import { pollMessages as m } from './messages.ts';
import { pollDeadline } from './poll-deadline.ts';
import { pollDate, pollMessage } from './render-poll.ts';

/** A poll as its grammar read it (poll-verbs.ts), before its texts and settings are checked. */
export interface PollDraft {
  question: string | undefined;
  options: readonly string[];
  public: boolean;
  multiple: boolean;
  /** As typed; checked against the number of options here. */
  max?: string | undefined;
  duration?: string | undefined;
  until?: string | undefined;
  goal?: string | undefined;
}

export const MAX_QUESTION = 200;
export const MAX_OPTION = 80;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

const excerpt = (value: string) => (value.length > 30 ? `${value.slice(0, 29)}…` : value);

// Each failure names the argument it is about, so that a form shows it by that field.
function checkQuestion(ctx: CommandContext, raw: string | undefined): Result<string, Failure> {
  const arg = 'question';
  if (raw === undefined) return err({ key: m['question-missing'], arg });
  const checked = checkFreeText(raw, { max: MAX_QUESTION, confirmed: ctx.confirmed, arg });
  if (checked.ok) return checked;
  if (checked.error.key === 'error.empty') return err({ key: m['question-missing'], arg });
  if (checked.error.key === 'error.too-long') return err({ ...checked.error, key: m['question-too-long'] });
  return checked;
}

function checkOptions(ctx: CommandContext, raw: readonly string[]): Result<string[], Failure> {
  const arg = 'options';
  if (raw.length < MIN_OPTIONS) return err({ key: m['options-too-few'], params: { count: raw.length }, arg });
  if (raw.length > MAX_OPTIONS)
    return err({ key: m['options-too-many'], params: { count: raw.length, max: MAX_OPTIONS }, arg });
  const options: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    const checked = checkFreeText(value, { max: MAX_OPTION, confirmed: ctx.confirmed, arg });
    if (!checked.ok) {
      if (checked.error.key === 'error.empty') return err({ key: m['option-empty'], arg });
      if (checked.error.key !== 'error.too-long') return checked;
      const params = { ...checked.error.params, option: excerpt(value) };
      return err({ key: m['option-too-long'], params, arg });
    }
    const key = fold(checked.value);
    if (seen.has(key)) return err({ key: m['option-duplicate'], params: { option: checked.value }, arg });
    seen.add(key);
    options.push(checked.value);
  }
  return ok(options);
}

/** `max N` makes the poll multiple-choice; N counts at least 2 and at most every option. */
function checkMax(draft: PollDraft, optionCount: number): Result<number | null, Failure> {
  if (draft.max === undefined) return ok(null);
  const max = /^\d{1,3}$/.test(draft.max) ? Number(draft.max) : Number.NaN;
  if (!(max >= 2 && max <= optionCount))
    return err({
      key: optionCount === 2 ? m['max-two-options'] : m['max-invalid'],
      params: { count: optionCount },
      arg: 'max',
    });
  return ok(max);
}

async function goalOf(ctx: CommandContext, written: string | undefined) {
  if (written === undefined) return ok(null);
  const ref = readRef(written);
  const goal = ref === undefined ? undefined : await ctx.repos.goals.getByRef(ctx.network.id, ref);
  return goal ? ok(goal) : err({ key: m['unknown-goal'], params: { ref: written }, arg: 'goal' });
}

export async function createPoll(ctx: CommandContext, draft: PollDraft): Promise<CommandResult> {
  const question = checkQuestion(ctx, draft.question);
  if (!question.ok) return question;
  const options = checkOptions(ctx, draft.options);
  if (!options.ok) return options;
  const max = checkMax(draft, options.value.length);
  if (!max.ok) return max;
  const closesAt = pollDeadline(draft, ctx.now, ctx.network.timeZone);
  if (!closesAt.ok) return closesAt;
  const goal = await goalOf(ctx, draft.goal);
  if (!goal.ok) return goal;
  const poll = await ctx.repos.polls.create(ctx.network.id, {
    authorId: ctx.actor.id,
    question: question.value,
    options: options.value,
    anonymous: !draft.public,
    multiple: draft.multiple || max.value !== null,
    maxChoices: max.value,
    minBreakdown: ctx.network.pollMinBreakdown,
    goalId: goal.value?.id ?? null,
    spaceId: ctx.space.id,
    channelId: ctx.channelId ?? null,
    closesAt: closesAt.value,
  });
  const details = { goalRef: goal.value?.ref };
  const date = pollDate(poll.closesAt, ctx.network, ctx.locale);
  return ok([
    {
      ...pollMessage(poll, undefined, ctx.network, ctx.network.locale, details),
      poll: { networkId: ctx.network.id, pollId: poll.id, ref: poll.ref, role: 'live' },
    },
    privateMessage(text(ctx.say(m.launched, { ref: poll.ref, date }))),
  ]);
}
