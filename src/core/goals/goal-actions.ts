// What `but` / `goal` does once its words are read: list, show, create, and the changes
// only a goal's author or a facilitator may make. Every stored text passes the guard.
import { audit, someoneElses } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult, Failure } from '../commands/command.ts';
import { checkFreeText } from '../commands/free-text.ts';
import { facilitatorList } from '../members/facilitators.ts';
import { privateMessage, publicMessage, text } from '../message.ts';
import type { GoalStatus } from '../model.ts';
import type { GoalOverview } from '../ports.ts';
import { err, ok, type Result } from '../result.ts';
import { messages, statusLabels } from './messages.ts';
import { EXCHANGES_SHOWN, goalCard, goalList } from './render-goals.ts';

export const GOAL_TEXT_MAX = { title: 120, description: 500, indicator: 200 } as const;
type TextField = keyof typeof GOAL_TEXT_MAX;

const reply = (message: string) => ok([privateMessage(text(message))]);
const announce = (message: string) => ok([publicMessage(text(message))]);

/** The guard's verdict as is; a length failure names the field. */
function checkField(ctx: CommandContext, field: TextField, raw: string): Result<string, Failure> {
  const checked = checkFreeText(raw, { max: GOAL_TEXT_MAX[field], confirmed: ctx.confirmed });
  if (checked.ok || checked.error.key !== 'error.too-long') return checked;
  return err({ ...checked.error, key: messages[`${field}-too-long`] });
}

function checkOptional(ctx: CommandContext, field: TextField, raw: string | undefined) {
  return raw === undefined ? ok(null) : checkField(ctx, field, raw);
}

async function findGoal(ctx: CommandContext, ref: number): Promise<Result<GoalOverview, Failure>> {
  const goal = await ctx.repos.goals.getByRef(ctx.network.id, ref);
  return goal ? ok(goal) : err({ key: messages['not-found'], params: { ref } });
}

const canEdit = (ctx: CommandContext, goal: GoalOverview) =>
  ctx.isFacilitator || goal.authorId === ctx.actor.id;

async function editableGoal(ctx: CommandContext, ref: number): Promise<Result<GoalOverview, Failure>> {
  const found = await findGoal(ctx, ref);
  if (!found.ok || canEdit(ctx, found.value)) return found;
  const members = await ctx.repos.members.list(ctx.network.id);
  const facilitators = facilitatorList(members, ctx.locale, ctx.platform);
  const author = members.find((m) => m.id === found.value.authorId);
  const refusal: Failure = author
    ? { key: messages['not-allowed'], params: { author: author.displayName, facilitators, ref } }
    : { key: messages['not-allowed-no-author'], params: { facilitators } };
  return err(refusal);
}

export async function listGoals(ctx: CommandContext): Promise<CommandResult> {
  return ok([goalList(ctx, await ctx.repos.goals.list(ctx.network.id))]);
}

export async function showGoal(ctx: CommandContext, ref: number): Promise<CommandResult> {
  const found = await findGoal(ctx, ref);
  if (!found.ok) return err(found.error);
  const goal = found.value;
  const author = goal.authorId ? await ctx.repos.members.get(ctx.network.id, goal.authorId) : undefined;
  const updates = await ctx.repos.goals.listUpdates(ctx.network.id, goal.id);
  const exchanges = await ctx.repos.exchanges.listByGoal(ctx.network.id, goal.id, EXCHANGES_SHOWN);
  const polls = await ctx.repos.polls.listByGoal(ctx.network.id, goal.id);
  const details = {
    goal,
    authorName: author?.displayName ?? null,
    updates,
    exchanges,
    polls,
    canEdit: canEdit(ctx, goal),
  };
  return ok([goalCard(ctx, details)]);
}

export async function createGoal(
  ctx: CommandContext,
  input: { title: string; description?: string | undefined; indicator?: string | undefined },
): Promise<CommandResult> {
  const title = checkField(ctx, 'title', input.title);
  if (!title.ok) return err(title.error);
  const description = checkOptional(ctx, 'description', input.description);
  if (!description.ok) return err(description.error);
  const indicator = checkOptional(ctx, 'indicator', input.indicator);
  if (!indicator.ok) return err(indicator.error);
  const goal = await ctx.repos.goals.create(ctx.network.id, {
    title: title.value,
    description: description.value,
    indicator: indicator.value,
    status: 'proposed',
    authorId: ctx.actor.id,
    at: ctx.now,
  });
  const lines = [
    ctx.say(messages.created, { ref: goal.ref, title: goal.title, author: ctx.actor.displayName }),
  ];
  if (goal.indicator) lines.push(ctx.say(messages['created-indicator'], { indicator: goal.indicator }));
  lines.push(ctx.say(messages['created-hint'], { ref: goal.ref }));
  return announce(lines.join('\n'));
}

export async function setStatus(
  ctx: CommandContext,
  ref: number,
  status: GoalStatus,
): Promise<CommandResult> {
  const found = await editableGoal(ctx, ref);
  if (!found.ok) return err(found.error);
  const goal = found.value;
  if (goal.status === status)
    return reply(ctx.say(messages['status-same'], { ref, status: statusLabels[status] }));
  await ctx.repos.goals.updateStatus(ctx.network.id, goal.id, {
    status,
    authorId: ctx.actor.id,
    at: ctx.now,
  });
  if (someoneElses(ctx, goal.authorId))
    await audit(ctx, 'goal.status', { goal: ref, from: goal.status, to: status }, goal.authorId);
  const author = ctx.actor.displayName;
  return announce(
    ctx.say(messages['status-set'], { ref, title: goal.title, status: statusLabels[status], author }),
  );
}

export async function setText(
  ctx: CommandContext,
  ref: number,
  field: TextField,
  raw: string,
): Promise<CommandResult> {
  const found = await editableGoal(ctx, ref);
  if (!found.ok) return err(found.error);
  const goal = found.value;
  const value = checkField(ctx, field, raw);
  if (!value.ok) return err(value.error);
  if (goal[field] === value.value) return reply(ctx.say(messages.unchanged, { ref }));
  const { id, title } = goal;
  const params = { ref, title, author: ctx.actor.displayName };
  const by = { authorId: ctx.actor.id, at: ctx.now };
  if (someoneElses(ctx, goal.authorId)) await audit(ctx, 'goal.edited', { goal: ref, field }, goal.authorId);
  switch (field) {
    case 'indicator':
      await ctx.repos.goals.updateIndicator(ctx.network.id, id, {
        indicator: value.value,
        authorId: ctx.actor.id,
        at: ctx.now,
      });
      return announce(ctx.say(messages['indicator-set'], { ...params, indicator: value.value }));
    case 'title':
      await ctx.repos.goals.updateText(ctx.network.id, id, { field, text: value.value, ...by });
      return announce(ctx.say(messages['title-set'], { ...params, title: value.value }));
    case 'description':
      await ctx.repos.goals.updateText(ctx.network.id, id, { field, text: value.value, ...by });
      return announce(ctx.say(messages['description-set'], params));
  }
}
