// What `cafe` / `coffee` does once its words are read: where the café stands, opting in
// and out, the facilitators' settings, and the answers to "did you meet?".
import { formatDate } from '../args/format-date.ts';
import { zonedDay } from '../args/human-date.ts';
import { audit } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { joinList } from '../i18n/index.ts';
import { fields, header, privateMessage, publicMessage, text } from '../message.ts';
import type { Network } from '../model.ts';
import { err, ok } from '../result.ts';
import { markCafeStart, requestInstant } from '../scheduling/cafe-jobs.ts';
import { dayName, nextRoundSlot } from './cafe-schedule.ts';
import { cafeMessages as m } from './messages.ts';

const rhythmOf = (ctx: CommandContext, network: Network) =>
  ctx.say(network.cafeEveryWeeks === 1 ? m.rhythmWeekly : m.rhythm, {
    weeks: network.cafeEveryWeeks,
    day: dayName(network.cafeWeekday, ctx.locale),
    zone: network.timeZone,
  });

async function nextText(ctx: CommandContext, network: Network): Promise<string> {
  if (!network.cafeEnabled || !network.cafeSpaceId) return ctx.say(m.nextNone);
  const next = nextRoundSlot(network, await ctx.repos.cafe.lastRoundSlot(network.id), ctx.now);
  return next
    ? formatDate(next, { timeZone: network.timeZone, locale: ctx.locale, withTime: true })
    : ctx.say(m.nextNone);
}

export async function status(ctx: CommandContext): Promise<CommandResult> {
  const { network } = ctx;
  const channel = !network.cafeSpaceId
    ? ctx.say(m.channelNone)
    : network.cafeSpaceId === ctx.space.id && network.cafeChannelId === (ctx.channelId ?? null)
      ? ctx.say(m.channelHere)
      : ctx.say(m.channelElsewhere, { channel: network.cafeChannelId ?? network.cafeSpaceId });
  const people = (await ctx.repos.cafe.optedIn(network.id, network.cafeSpaceId)).length;
  return ok([
    privateMessage(
      header(ctx.say(m.statusTitle)),
      fields([
        { label: ctx.say(m.statusYou), value: ctx.say(ctx.actor.cafeOptIn ? m.youIn : m.youOut) },
        { label: ctx.say(m.statusPeople), value: String(people) },
        { label: ctx.say(m.statusRhythm), value: rhythmOf(ctx, network) },
        { label: ctx.say(m.statusChannel), value: channel },
        { label: ctx.say(m.statusNext), value: await nextText(ctx, network) },
      ]),
    ),
  ]);
}

export async function optIn(ctx: CommandContext, value: boolean): Promise<CommandResult> {
  if (ctx.actor.cafeOptIn === value)
    return ok([privateMessage(text(ctx.say(value ? m.alreadyIn : m.alreadyOut)))]);
  await ctx.repos.members.updateProfile(ctx.network.id, ctx.actor.id, { cafeOptIn: value });
  if (!value) return ok([privateMessage(text(ctx.say(m.optedOut)))]);
  return ok([privateMessage(text(ctx.say(m.optedIn, { next: await nextText(ctx, ctx.network) })))]);
}

/** The settings changed publicly, then what still keeps rounds from running. */
function confirmation(ctx: CommandContext, network: Network, first: string) {
  const lines = [first];
  if (!network.cafeSpaceId) lines.push(ctx.say(m.noChannelYet));
  return publicMessage(text(lines.join('\n')));
}

/** A changed rhythm or day, as the journal keeps it (an unchanged one is not an action). */
async function auditRhythm(ctx: CommandContext, before: Network, after: Network): Promise<void> {
  if (before.cafeEveryWeeks !== after.cafeEveryWeeks)
    await audit(ctx, 'cafe.rhythm', { from: before.cafeEveryWeeks, to: after.cafeEveryWeeks });
  if (before.cafeWeekday !== after.cafeWeekday)
    await audit(ctx, 'cafe.day', { from: before.cafeWeekday, to: after.cafeWeekday });
}

export async function here(ctx: CommandContext): Promise<CommandResult> {
  const { network } = ctx;
  const channelId = ctx.channelId ?? null;
  if (network.cafeSpaceId === ctx.space.id && network.cafeChannelId === channelId)
    return ok([confirmation(ctx, network, ctx.say(m.hereAlready, { rhythm: rhythmOf(ctx, network) }))]);
  const updated = await ctx.repos.networks.update(network.id, {
    cafeSpaceId: ctx.space.id,
    cafeChannelId: channelId,
    cafeChosenBy: ctx.actor.id,
  });
  await audit(ctx, 'cafe.channel', { channel: channelId });
  await markCafeStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.hereSet, { rhythm: rhythmOf(ctx, updated) }))]);
}

export async function setRhythm(
  ctx: CommandContext,
  change: { cafeEveryWeeks: number } | { cafeWeekday: number },
): Promise<CommandResult> {
  const { network } = ctx;
  const updated = await ctx.repos.networks.update(network.id, change);
  await auditRhythm(ctx, network, updated);
  await markCafeStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.rhythmSet, { rhythm: rhythmOf(ctx, updated) }))]);
}

export async function turn(ctx: CommandContext, enabled: boolean): Promise<CommandResult> {
  const { network } = ctx;
  if (network.cafeEnabled === enabled)
    return ok([
      privateMessage(text(ctx.say(enabled ? m.alreadyOn : m.alreadyOff, { rhythm: rhythmOf(ctx, network) }))),
    ]);
  const updated = await ctx.repos.networks.update(network.id, { cafeEnabled: enabled });
  await audit(ctx, enabled ? 'cafe.on' : 'cafe.off', {});
  if (!enabled) return ok([publicMessage(text(ctx.say(m.turnedOff)))]);
  await markCafeStart(ctx.repos, network.id, ctx.now);
  return ok([confirmation(ctx, updated, ctx.say(m.turnedOn, { rhythm: rhythmOf(ctx, updated) }))]);
}

export async function runNow(ctx: CommandContext): Promise<CommandResult> {
  const { network } = ctx;
  // Without a channel yet, this one becomes the café's.
  const updated = await ctx.repos.networks.update(network.id, {
    cafeRequestedAt: await requestInstant(ctx.repos, network.id, ctx.now),
    ...(network.cafeSpaceId
      ? {}
      : { cafeSpaceId: ctx.space.id, cafeChannelId: ctx.channelId ?? null, cafeChosenBy: ctx.actor.id }),
    cafeEnabled: true,
  });
  await audit(ctx, 'cafe.run', { channel: network.cafeSpaceId ? null : (ctx.channelId ?? null) });
  return ok([confirmation(ctx, updated, ctx.say(m.runRequested))]);
}

export async function answer(ctx: CommandContext, ref: number, met: boolean): Promise<CommandResult> {
  const { network, actor, repos } = ctx;
  const group = await repos.cafe.groupByRef(network.id, ref);
  const seat = group?.seats.find((s) => s.memberId === actor.id);
  if (!group || !seat) return err({ key: m.groupUnknown, params: { ref } });
  if (group.exchangeId && seat.met) {
    const exchangeRef = await repos.exchanges.refOf(network.id, group.exchangeId);
    return ok([privateMessage(text(ctx.say(m.metAlready, { ref: exchangeRef ?? '?' })))]);
  }
  await repos.cafe.answer(network.id, group.id, actor.id, met, ctx.now);
  if (!met) return ok([privateMessage(text(ctx.say(m.notMet, { ref })))]);
  const names = async (ids: readonly string[]) =>
    joinList(
      ctx.locale,
      (await Promise.all(ids.map((id) => repos.members.get(network.id, id)))).flatMap((p) =>
        p ? [p.displayName] : [],
      ),
    );
  const yes = group.seats.filter((s) => s.met === true && s.memberId !== actor.id).map((s) => s.memberId);
  let exchangeId = group.exchangeId;
  if (exchangeId) {
    await repos.exchanges.addMember(network.id, exchangeId, actor.id);
  } else if (yes.length > 0) {
    // Logged once two people said yes, naming only those who did (their consent).
    const [author, ...others] = yes;
    const created = await repos.exchanges.create(network.id, {
      authorId: author ?? actor.id,
      kind: 'meeting',
      occurredOn: zonedDay(ctx.now, network.timeZone),
      themes: [],
      note: null,
      goalId: null,
      memberIds: [...others, actor.id],
      organisationIds: [],
    });
    exchangeId = created.id;
    await repos.cafe.setExchange(network.id, group.id, created.id);
  } else {
    const waiting = group.seats.filter((s) => s.memberId !== actor.id).map((s) => s.memberId);
    return ok([privateMessage(text(ctx.say(m.metThanksWaiting, { others: await names(waiting) })))]);
  }
  const exchangeRef = await repos.exchanges.refOf(network.id, exchangeId);
  return ok([
    privateMessage(
      text(ctx.say(m.metLogged, { ref: exchangeRef ?? '?', names: await names([...yes, actor.id]) })),
    ),
  ]);
}
