// The café coopération as scheduled work, exactly once like the digest: a round at each
// due slot (or when a facilitator runs `cafe lancer`) — the pairs stored, announced in the
// café channel, each person introduced privately — and, a week later, the follow-up
// asking everyone introduced whether they met. Private messages are recorded as sent
// (introduced_at, asked_at), so a replay after a crash sends only what is left.
import { dueRoundSlot, nextRoundSlot } from '../cafe/cafe-schedule.ts';
import { followUpFor, introductionFor, introductionForGroup, type Person } from '../cafe/introductions.ts';
import { cafeMessages as m } from '../cafe/messages.ts';
import { announcement, formRound, peopleOf } from '../cafe/round.ts';
import { joinList, localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { privateMessage, text } from '../message.ts';
import type { Network, Platform, Space } from '../model.ts';
import type { CafeGroup, Repositories } from '../ports.ts';
import { type CafeCandidate, type DueRuns, dayAfter, hintFor, staleOf } from './due-work.ts';
import { CAFE_ASK_KIND, CAFE_KIND } from './kinds.ts';
import type { DeliveryContext, ScheduledJob } from './scheduler.ts';
import { markSlotStart, slotRun } from './slot-marks.ts';

export { CAFE_ASK_KIND, CAFE_KIND } from './kinds.ts';
/** The follow-up comes this long after the round. */
export const ASK_AFTER_MS = 7 * 86_400_000;
/** Follow-ups started per tick at most: the next tick takes the rest. */
const ASKS_PER_TICK = 100;

/**
 * The instant a round asked for now is keyed by: now, or just after the latest mark when a
 * setting was changed in the same millisecond (a key names one claim).
 */
export async function requestInstant(repos: Repositories, networkId: string, now: Date): Promise<Date> {
  const last = await repos.scheduledRuns.latestSlot(CAFE_KIND, networkId);
  return last && last >= now ? new Date(last.getTime() + 1) : now;
}

/** Records that rounds count from `at`: slots before it are never run (after `cafe ici|on|…`). */
export const markCafeStart = (repos: Repositories, networkId: string, at: Date): Promise<void> =>
  markSlotStart(repos, CAFE_KIND, networkId, at, 'cafe-command');

/** The round due now, if any, else the hint of when one may be (an unknown zone: tomorrow). */
function dueFor(candidate: CafeCandidate, now: Date): DueRuns {
  const { networkId, requestedAt, lastSlot, lastRound } = candidate;
  // `cafe lancer`: as soon as possible, whatever was set since; cleared by the round.
  const slot = requestedAt ?? dueRoundSlot(candidate, lastSlot ?? undefined, lastRound ?? undefined, now);
  if (slot) return { replays: [], runs: [slotRun(networkId, slot)] };
  const next = nextRoundSlot(candidate, lastRound ?? undefined, now) ?? dayAfter(now);
  return { replays: [], runs: [], hints: hintFor('cafe', candidate, next) };
}

const dmHow: Record<Platform, typeof m.dmHowOther> = {
  discord: m.dmHowDiscord,
  slack: m.dmHowSlack,
  shell: m.dmHowOther,
};

interface Reach {
  space: Space;
  people: Map<string, Person>;
  externalIds: Map<string, string>;
}

async function reachOf(
  ctx: DeliveryContext,
  spaceId: string,
  groups: readonly CafeGroup[],
): Promise<Reach | undefined> {
  return ctx.store.run(async (repos) => {
    const space = await repos.networks.getSpace(spaceId);
    // The bot was removed from that workspace or server: no private message goes there.
    if (!space || space.removedAt) return undefined;
    const people = await peopleOf(repos, ctx.network.id);
    const externalIds = new Map<string, string>();
    for (const seat of groups.flatMap((g) => g.seats)) {
      const externalId = await repos.members.externalIdIn(space, seat.memberId);
      if (externalId) externalIds.set(seat.memberId, externalId);
    }
    return { space, people, externalIds };
  });
}

const localeOf = (person: Person, network: Network): Locale => person.member.locale ?? network.locale;

/** Introduces each group not yet introduced; returns the names nobody could write to. */
async function introduce(
  ctx: DeliveryContext,
  groups: readonly CafeGroup[],
  reach: Reach,
): Promise<string[]> {
  const closed: string[] = [];
  for (const group of groups) {
    const waiting = group.seats.filter((s) => !s.introducedAt).map((s) => s.memberId);
    if (waiting.length === 0) continue;
    const people = group.seats.flatMap((s) => reach.people.get(s.memberId) ?? []);
    const sent: string[] = [];
    const ids = waiting.map((id) => reach.externalIds.get(id));
    if (ctx.publisher.directGroup && waiting.length === group.seats.length && ids.every(Boolean)) {
      const outcome = await ctx.publisher.directGroup(
        reach.space,
        ids as string[],
        introductionForGroup(people, group.ref, ctx.network.locale),
        ctx.network.locale,
      );
      if (outcome.ok) sent.push(...waiting);
      // The platform failed (maybe after posting): retry later rather than write twice.
      else if (outcome.reason === 'unavailable') throw new Error('group introduction not sent: unavailable');
    }
    for (const memberId of waiting.filter((id) => !sent.includes(id))) {
      const person = reach.people.get(memberId);
      const externalId = reach.externalIds.get(memberId);
      if (!person || !externalId) continue;
      const locale = localeOf(person, ctx.network);
      const outcome = await ctx.publisher.direct(
        reach.space,
        externalId,
        introductionFor(person, people, group.ref, locale),
        locale,
      );
      if (outcome.ok) sent.push(memberId);
      // Someone the platform will not let us write to: named in the channel, not retried.
      else if (outcome.reason !== 'unavailable') closed.push(person.member.displayName);
      else throw new Error('introduction not sent: unavailable');
    }
    await ctx.store.run((repos) => repos.cafe.markIntroduced(ctx.network.id, group.id, sent, ctx.now));
  }
  return closed;
}

/** The round asked for by `cafe lancer` is this one: no longer due. */
async function clearRequest(repos: Repositories, network: Network, slot: Date) {
  if (network.cafeRequestedAt?.getTime() === slot.getTime())
    await repos.networks.update(network.id, { cafeRequestedAt: null });
}

export const cafeRoundJob: ScheduledJob = {
  kind: CAFE_KIND,

  asks: () => ({ cafes: true }),

  due(found, now) {
    const each = found.cafes.map((candidate) => dueFor(candidate, now));
    return {
      replays: staleOf(found, CAFE_KIND),
      runs: each.flatMap((d) => d.runs),
      hints: each.flatMap((d) => d.hints ?? []),
    };
  },

  async run(repos, network, run) {
    const { slot } = run;
    if (!slot) return undefined;
    await clearRequest(repos, network, slot);
    if (!network.cafeEnabled || !network.cafeSpaceId) return undefined;
    // The pairs' seed, as when runs were keyed by text: the same slot pairs the same way.
    const formed = await formRound(repos, network, slot, `${network.id}:${slot.toISOString()}`);
    if (!formed) return undefined;
    return {
      spaceId: formed.round.spaceId,
      channelId: formed.round.channelId,
      message: announcement(formed.groups, network.locale),
    };
  },

  async replay(repos, network, { slot }) {
    if (slot) await clearRequest(repos, network, slot);
    const round = slot ? await repos.cafe.roundBySlot(network.id, slot) : undefined;
    if (!round) return undefined;
    const groups = await repos.cafe.groupsOf(network.id, round.id);
    return {
      spaceId: round.spaceId,
      channelId: round.channelId,
      message: announcement(groups, network.locale),
    };
  },

  async deliver(ctx) {
    const { slot } = ctx.run;
    const found = await ctx.store.run(async (repos) => {
      const round = slot ? await repos.cafe.roundBySlot(ctx.network.id, slot) : undefined;
      return round ? { round, groups: await repos.cafe.groupsOf(ctx.network.id, round.id) } : undefined;
    });
    if (!found) return [];
    const reach = await reachOf(ctx, found.round.spaceId, found.groups);
    if (!reach) return [];
    if (found.groups.length === 0) {
      await tellAlone(ctx, reach);
      return [];
    }
    const closed = await introduce(ctx, found.groups, reach);
    if (closed.length === 0) return [];
    const locale = ctx.network.locale;
    return [
      text(
        localized(locale, m.dmClosed, {
          names: joinList(locale, closed),
          how: localized(locale, dmHow[reach.space.platform]),
        }),
      ),
    ];
  },

  alsoTell: (network) => (network.cafeChosenBy ? [network.cafeChosenBy] : []),
};

/** The one person opted in, when a round finds nobody else: told why there is no pair. */
async function tellAlone(ctx: DeliveryContext, reach: Reach) {
  const alone = await ctx.store.run((repos) => repos.cafe.optedIn(ctx.network.id, reach.space.id));
  for (const { id } of alone) {
    const person = reach.people.get(id);
    const externalId = await ctx.store.run((repos) => repos.members.externalIdIn(reach.space, id));
    if (!person || !externalId) continue;
    const locale = localeOf(person, ctx.network);
    await ctx.publisher.direct(
      reach.space,
      externalId,
      privateMessage(text(localized(locale, m.alone))),
      locale,
    );
  }
}

export const cafeFollowUpJob: ScheduledJob = {
  kind: CAFE_ASK_KIND,

  asks: (now) => ({ cafeAsks: { before: new Date(now.getTime() - ASK_AFTER_MS), limit: ASKS_PER_TICK } }),

  // While the bot is removed from a round's space its follow-up waits (asked if it comes back).
  due: (found) => ({
    replays: staleOf(found, CAFE_ASK_KIND),
    runs: found.cafeAsks.map((r) => ({ networkId: r.networkId, slot: null, subjectId: r.roundId })),
  }),

  async run(repos, network, run, now) {
    await repos.cafe.markRoundAsked(network.id, run.subjectId ?? '', now);
    return undefined;
  },

  replay: async () => undefined,

  async deliver(ctx) {
    const roundId = ctx.run.subjectId ?? '';
    const found = await ctx.store.run(async (repos) => {
      const round = await repos.cafe.getRound(ctx.network.id, roundId);
      return round ? { round, groups: await repos.cafe.groupsOf(ctx.network.id, round.id) } : undefined;
    });
    if (!found) return [];
    const reach = await reachOf(ctx, found.round.spaceId, found.groups);
    if (!reach) return [];
    for (const group of found.groups) {
      const people = group.seats.flatMap((s) => reach.people.get(s.memberId) ?? []);
      const asked: string[] = [];
      for (const seat of group.seats.filter((s) => s.introducedAt && !s.askedAt && s.met === null)) {
        const person = reach.people.get(seat.memberId);
        const externalId = reach.externalIds.get(seat.memberId);
        if (!person || !externalId) continue;
        const locale = localeOf(person, ctx.network);
        const outcome = await ctx.publisher.direct(
          reach.space,
          externalId,
          followUpFor(person, people, group.ref, locale),
          locale,
        );
        // A closed inbox is not retried: the question is not worth a reminder in the channel.
        if (outcome.ok || outcome.reason === 'no-access') asked.push(seat.memberId);
        else throw new Error(`follow-up not sent: ${outcome.reason}`);
      }
      await ctx.store.run((repos) => repos.cafe.markAsked(ctx.network.id, group.id, asked, ctx.now));
    }
    return [];
  },
};
