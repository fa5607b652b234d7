// Part 3, the Discord path: INTERACTION_CREATE dispatched by the fake gateway (test/discord's
// fixtures build them as Discord does) at a fixed rate to the bot — its real entry point in a
// process of its own, on a scratch database — and answered at the fake REST's
// /interactions/:id/:token/callback. Half are clicks on a poll's vote buttons (a vote stored,
// the poll message refreshed), half `/coop echange liste` (a read), by a pool of members who
// used the bot before. Latency from each interaction's due time (open loop) to its callback.
// Baseline: a bare discord.js client (Guilds intent) answering a constant, against a fake
// Discord of its own (the fake gateway serves one client), at the same rate.
import { loadavg } from 'node:os';
import {
  FakeDiscord,
  type FakeGuild,
  type RecordedCall,
  type StoredMessage,
} from '../../test/discord/fake-discord.ts';
import { type FakeMember, Interactions, newMember } from '../../test/discord/fixtures.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { Arrivals } from '../load/arrivals.ts';
import { startBareDiscord } from '../load/baselines.ts';
import { loggedProblems, startBot, startFakes } from '../load/bot-process.ts';
import { type LoadSummary, type Outcome, openLoop, summariseLoad } from '../load/load-shapes.ts';
import { cpuMs } from '../load/process-cpu.ts';

interface Scale {
  rate: number;
  seconds: number;
  members: number;
  warmUpSeconds: number;
  /** How long callbacks are waited for once the last interaction is due. */
  drainMs: number;
}

const FULL: Scale = { rate: 200, seconds: 20, members: 200, warmUpSeconds: 3, drainMs: 5_000 };
const SMOKE: Scale = { rate: 50, seconds: 0.5, members: 20, warmUpSeconds: 0.25, drainMs: 10_000 };
const BARE = 'bare discord.js client answering a constant';
const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
/** The edit of a deferred answer: PATCH /webhooks/:application/:token/messages/@original. */
const EDIT = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/;

/**
 * One fake Discord, its guild, and what it receives: callbacks by interaction id, and the
 * edits that complete a deferred answer by interaction token.
 */
class Side {
  readonly interactions: Interactions;
  readonly callbacks: Arrivals<RecordedCall>;
  readonly edits: Arrivals<RecordedCall>;
  deferred = 0;

  constructor(
    readonly fake: FakeDiscord,
    guild: FakeGuild,
    /** The process answering (bot or bare client). */
    readonly pid: () => number,
  ) {
    this.interactions = new Interactions(fake, guild);
    this.callbacks = new Arrivals(fake.calls, (c) =>
      c.method === 'POST' ? CALLBACK.exec(c.path)?.[1] : undefined,
    );
    this.edits = new Arrivals(fake.calls, (c) => (c.method === 'PATCH' ? EDIT.exec(c.path)?.[1] : undefined));
  }

  /**
   * Dispatches an interaction, then awaits its callback (the ack) and its answer: the callback
   * itself, or after a deferral (type 5, when the bot had no answer within 2 s) the edit that
   * brings it. Latencies from `from`.
   */
  async answer(dispatch: () => Record<string, unknown>, from: number, timeoutMs: number): Promise<Outcome> {
    const payload = dispatch();
    const callback = await this.callbacks.wait(String(payload.id), timeoutMs);
    if (!callback) return { unanswered: true, replyMs: performance.now() - from };
    const ackMs = callback.at - from;
    if (callback.status >= 400)
      return { ackMs, replyMs: ackMs, failed: true, failure: `callback ${callback.status}` };
    if ((callback.body as { type?: number } | undefined)?.type !== 5) return { ackMs, replyMs: ackMs };
    this.deferred += 1;
    const edit = await this.edits.wait(String(payload.token), Math.max(0, timeoutMs - ackMs));
    if (!edit) return { ackMs, unanswered: true, replyMs: performance.now() - from };
    return { ackMs, replyMs: edit.at - from };
  }

  stop(): void {
    this.callbacks.stop();
    this.edits.stop();
  }
}

/** The i-th interaction: a vote click (even) or `/coop echange liste` (odd), by a member of the pool. */
function interaction(side: Side, members: readonly FakeMember[], poll: StoredMessage, i: number) {
  const member = members[i % members.length] as FakeMember;
  if (i % 2 === 0) return () => side.interactions.button(member, `coop:vote 1 ${1 + ((i >> 1) % 3)}`, poll);
  return () => side.interactions.command(member, 'echange liste');
}

async function load(
  side: Side,
  members: readonly FakeMember[],
  poll: StoredMessage,
  rate: number,
  seconds: number,
  drainMs: number,
) {
  const end = performance.now() + seconds * 1000 + drainMs;
  const fire = (i: number, dueAt: number) =>
    side.answer(interaction(side, members, poll, i), dueAt, Math.max(0, end - performance.now()));
  const before = loadavg()[0] ?? 0;
  const cpuBefore = cpuMs(side.pid());
  const result = await openLoop(rate, seconds, fire);
  const cpuPerRequestMs = Math.round(((cpuMs(side.pid()) - cpuBefore) / result.sent) * 100) / 100;
  // The poll message's refreshes (edits) during the load: how far apart they came.
  const edits = side.fake.calls
    .filter((c) => c.method === 'PATCH' && c.path === `/channels/${poll.channel_id}/messages/${poll.id}`)
    .map((c) => c.at);
  const editGapsMs = edits.slice(1).map((t, i) => Math.round(t - (edits[i] ?? 0)));
  side.fake.calls.length = 0;
  side.callbacks.clear();
  side.edits.clear();
  const deferred = side.deferred;
  side.deferred = 0;
  return {
    ...summariseLoad(result),
    cpuPerRequestMs,
    deferredShare: Math.round((deferred / result.sent) * 1000) / 10,
    pollEdits: { count: edits.length, gapsMs: editGapsMs },
    loadAverage: [before, loadavg()[0] ?? 0],
  };
}

/** Members who used the bot once (`aide`), and a poll created by the first (ref 1). */
async function prepare(side: Side, count: number, context: PartContext) {
  const members = Array.from({ length: count }, () => newMember());
  await Promise.all(
    members.map((m) => side.answer(() => side.interactions.command(m, 'aide'), performance.now(), 30_000)),
  );
  const from = side.fake.calls.length;
  const first = members[0] as FakeMember;
  await side.answer(
    () => side.interactions.command(first, 'sondage creer', { question: 'Mesure ?', options: 'A;B;C' }),
    performance.now(),
    30_000,
  );
  const posted = await side.fake.waitFor(
    (c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path),
    10_000,
    from,
  );
  context.log(`${count} members ready, poll posted`);
  return { members, poll: posted.response as StoredMessage };
}

type Measured = LoadSummary & { cpuPerRequestMs: number; deferredShare: number };

function record(context: PartContext, rate: number, ours: Measured, bare: Measured) {
  for (const q of ['p50', 'p95', 'p99'] as const) {
    context.record({
      metric: `interaction to callback ${q} at ${rate}/s`,
      value: ours.ack[q],
      unit: 'ms',
      baseline: { value: bare.ack[q], label: BARE },
    });
  }
  for (const q of ['p50', 'p99'] as const) {
    context.record({
      metric: `interaction to answer ${q} at ${rate}/s (the callback, or the edit after a deferral)`,
      value: ours.reply[q],
      unit: 'ms',
      baseline: { value: bare.reply[q], label: BARE },
    });
  }
  context.record({
    metric: `interactions deferred at ${rate}/s (no answer within 2 s: callback type 5, then an edit)`,
    value: ours.deferredShare,
    unit: '%',
    baseline: { value: bare.deferredShare, label: BARE },
  });
  context.record({
    metric: `process CPU per interaction at ${rate}/s (user + system, /proc)`,
    value: ours.cpuPerRequestMs,
    unit: 'ms',
    baseline: { value: bare.cpuPerRequestMs, label: BARE },
  });
  context.record({
    metric: `interactions answered per second at ${rate}/s (within the load and its drain)`,
    value: ours.throughput,
    unit: '/s',
    baseline: { value: bare.throughput, label: BARE },
  });
  context.record({
    metric: 'interactions refused or unanswered',
    value: ours.failed + ours.unanswered,
    unit: 'count',
  });
}

export const discordPathPart: BenchPart = {
  name: 'discord',
  title: '3. Discord path',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const fakes = await startFakes(context);
    const bot = await startBot(context, fakes, 'discord');
    const ours = new Side(fakes.discord, fakes.guild, () => bot.pid);
    context.cleanup(() => ours.stop());
    const { members, poll } = await prepare(ours, scale.members, context);

    // The bare client's own fake Discord, with /coop as the bot registered it (for the fixtures).
    const bareFake = await FakeDiscord.start();
    context.cleanup(() => bareFake.close());
    const bareGuild = bareFake.addGuild('Réseau de mesure (bare)');
    bareFake.commands.guild.set(bareGuild.id, fakes.discord.commands.guild.get(fakes.guild.id) ?? []);
    const { pid: barePid } = await startBareDiscord(context, bareFake);
    const bare = new Side(bareFake, bareGuild, () => barePid);
    context.cleanup(() => bare.stop());

    await load(ours, members, poll, scale.rate / 4, scale.warmUpSeconds, scale.drainMs);
    await load(bare, members, poll, scale.rate / 4, scale.warmUpSeconds, scale.drainMs);
    const measured = await load(ours, members, poll, scale.rate, scale.seconds, scale.drainMs);
    const baseline = await load(bare, members, poll, scale.rate, scale.seconds, scale.drainMs);
    context.log(
      `${scale.rate}/s: callback p50 ${measured.ack.p50} ms, p99 ${measured.ack.p99} ms ` +
        `(bare ${baseline.ack.p50}, ${baseline.ack.p99}); answer p50 ${measured.reply.p50} ms, p99 ${measured.reply.p99} ms; ` +
        `deferred ${measured.deferredShare} %; CPU ${measured.cpuPerRequestMs} ms/interaction (bare ${baseline.cpuPerRequestMs}); ` +
        `unanswered ${measured.unanswered}, failed ${measured.failed}`,
    );
    record(context, scale.rate, measured, baseline);
    context.detail('load', {
      rate: scale.rate,
      seconds: scale.seconds,
      members: scale.members,
      mix: 'even: a vote button click on poll 1; odd: /coop echange liste',
      maillage: measured,
      bare: baseline,
      problemsLogged: loggedProblems(bot.watched),
    });
  },
};
