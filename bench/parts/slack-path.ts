// Part 1, the Slack command path. Signed `/coop echange …` requests (seeded: varying authors,
// members named, kinds, themes; the users made members first) sent over loopback to the bot —
// its real entry point in a process of its own, on a scratch database of the server — at fixed
// rates (open loop, latency from each request's due time) and then as fast as they go (a fixed
// number in flight, each sent when the last one was acked and replied to). For each: the ack
// (the HTTP answer) and the reply reaching the fake Slack's response_url, p50/p95/p99, and the
// throughput. Baseline, in the same run and at the same loads: a bare Bolt app (same signing
// secret, `/coop` acked and a constant posted to response_url) in a process of its own.
// Each measured load is preceded by a few seconds of the same load, not measured, on each
// server: at a new rate the bot's connection pool grows, and each new connection prepares its
// statements afresh (and V8 compiles the paths now hot); measured from cold, the first seconds
// at 200 req/s after 50 req/s built a queue that took 3 s to drain (reply p99 0.2–0.5 s, against
// 20–75 ms once ramped up). As in any load test, the ramp-up is not part of the figures.
import { loadavg } from 'node:os';
import type { FakeUser } from '../../test/slack/fake-slack.ts';
import type { BenchPart, PartContext, Target } from '../framework/part.ts';
import { startBareBolt } from '../load/baselines.ts';
import { loggedProblems, type RunningBot, startBot, startFakes } from '../load/bot-process.ts';
import {
  closedLoop,
  type LoadResult,
  type LoadSummary,
  openLoop,
  summariseLoad,
} from '../load/load-shapes.ts';
import { cpuMs } from '../load/process-cpu.ts';
import { commandBody, SlackClient } from '../load/slack-client.ts';
import { benchUsers, exchangeCommand, isLogged } from '../load/slack-workload.ts';

interface Scale {
  users: number;
  warmUpSeconds: number;
  /** The unmeasured run of each load, on each server, before the measured one. */
  rampSeconds: number;
  rates: number[];
  seconds: number;
  concurrency: number;
  saturationSeconds: number;
  /** How long replies are waited for once a fixed-rate load has sent its last request. */
  drainMs: number;
  /** How long a reply is waited for at saturation. */
  replyTimeoutMs: number;
}

const FULL: Scale = {
  users: 60,
  warmUpSeconds: 4,
  rampSeconds: 3,
  rates: [50, 200, 500],
  seconds: 20,
  concurrency: 64,
  saturationSeconds: 20,
  drainMs: 5_000,
  replyTimeoutMs: 10_000,
};
const SMOKE: Scale = {
  users: 12,
  warmUpSeconds: 0.25,
  rampSeconds: 0.25,
  rates: [50],
  seconds: 0.5,
  concurrency: 8,
  saturationSeconds: 0.5,
  drainMs: 10_000,
  replyTimeoutMs: 10_000,
};

const SEED = 20261111;
const BARE = 'bare Bolt app: /coop acked, a constant posted to response_url';
const TARGETS: Record<string, Target> = {
  'ack p99 at 200 req/s': { op: '<=', limit: 25 },
  'reply p99 at 200 req/s': { op: '<=', limit: 100 },
};

interface Server {
  name: 'maillage' | 'bare';
  /** The port and process now (the bot may have been restarted). */
  port: () => number;
  pid: () => number;
}

type Shape =
  | { kind: 'rate'; rate: number; seconds: number }
  | { kind: 'saturation'; concurrency: number; seconds: number };

const shapeLabel = (shape: Shape) =>
  shape.kind === 'rate' ? `at ${shape.rate} req/s` : `at saturation (${shape.concurrency} in flight)`;

const WARM_UP_SEED = SEED - 1;
const warmUpShape = (scale: Scale): Shape => ({ kind: 'rate', rate: 50, seconds: scale.warmUpSeconds });

let loads = 0;
const round2 = (value: number) => Math.round(value * 100) / 100;

type Measured = LoadSummary & { cpuPerRequestMs: number; loadAverage: number[] };

/**
 * One load on one server: every request an `echange` command, the i-th of a seed the same on
 * both servers (the trigger ids, which key deliveries, differ from load to load).
 */
async function runLoad(
  client: SlackClient,
  users: FakeUser[],
  server: Server,
  load: { shape: Shape; seed: number },
  scale: Scale,
) {
  const { shape, seed } = load;
  client.resetConnections();
  loads += 1;
  const label = `${server.name}-${loads}`;
  // At a fixed rate, replies are awaited until `drainMs` after the last request is due.
  const end = performance.now() + shape.seconds * 1000 + scale.drainMs;
  const fire = (i: number, dueAt: number) => {
    const { user, text } = exchangeCommand(users, seed, i);
    const responseUrl = client.newResponseUrl();
    const body = commandBody(client.fake, user, text, { responseUrl, triggerId: `trigger-${label}-${i}` });
    return client.exchange(server.port(), body, responseUrl, dueAt, {
      timeoutMs: shape.kind === 'rate' ? Math.max(0, end - performance.now()) : scale.replyTimeoutMs,
      ...(server.name === 'maillage' ? { expected: isLogged } : {}),
    });
  };
  const before = loadavg()[0] ?? 0;
  const cpuBefore = cpuMs(server.pid());
  const result: LoadResult =
    shape.kind === 'rate'
      ? await openLoop(shape.rate, shape.seconds, fire)
      : await closedLoop(shape.concurrency, shape.seconds, fire);
  const summary = summariseLoad(result);
  // Per request answered: work on requests left unanswered (killed by a restart) is mostly not done.
  const answered = Math.max(1, result.sent - summary.unanswered);
  const cpuPerRequestMs = round2((cpuMs(server.pid()) - cpuBefore) / answered);
  return { ...summary, cpuPerRequestMs, loadAverage: [before, loadavg()[0] ?? 0] };
}

function record(context: PartContext, shape: Shape, ours: Measured, bare: Measured) {
  const at = shapeLabel(shape);
  for (const [what, key] of [
    ['ack', 'ack'],
    ['reply', 'reply'],
  ] as const) {
    for (const q of ['p50', 'p95', 'p99'] as const) {
      const metric = `${what} ${q} ${at}`;
      const target = TARGETS[metric];
      context.record({
        metric: what === 'reply' ? `${metric} (at response_url)` : metric,
        value: ours[key][q],
        unit: 'ms',
        ...(target ? { target } : {}),
        baseline: { value: bare[key][q], label: BARE },
      });
    }
  }
  context.record({
    metric: `server CPU per answered request ${at} (user + system, /proc)`,
    value: ours.cpuPerRequestMs,
    unit: 'ms',
    baseline: { value: bare.cpuPerRequestMs, label: BARE },
  });
  context.record({
    metric: `throughput ${at} (acked and replied)`,
    value: ours.throughput,
    unit: 'req/s',
    baseline: { value: bare.throughput, label: BARE },
  });
}

/** Every user runs `aide` (so all are members), then a short load warms both servers up. */
async function warmUp(client: SlackClient, users: FakeUser[], servers: Server[], scale: Scale) {
  for (const server of servers) {
    await Promise.all(
      users.map((user, i) => {
        const responseUrl = client.newResponseUrl();
        const body = commandBody(client.fake, user, 'aide', {
          responseUrl,
          triggerId: `trigger-aide-${server.name}-${i}`,
        });
        return client.exchange(server.port(), body, responseUrl, performance.now(), { timeoutMs: 30_000 });
      }),
    );
    await runLoad(client, users, server, { shape: warmUpShape(scale), seed: WARM_UP_SEED }, scale);
  }
}

interface Setting {
  context: PartContext;
  client: SlackClient;
  users: FakeUser[];
  scale: Scale;
  bot: RunningBot;
  servers: [Server, Server];
  /** What the bot logged at warn or above, per process (a restart starts a new one). */
  problems: Array<Record<string, number>>;
}

/** One shape of load on the bot, then on the bare app, so both see the same moments. */
async function sideBySide(setting: Setting, shape: Shape, seed: number) {
  const { context, client, users, scale, bot, servers } = setting;
  const ramp = { shape: { ...shape, seconds: scale.rampSeconds }, seed: WARM_UP_SEED };
  await runLoad(client, users, servers[0], ramp, scale);
  const ours = await runLoad(client, users, servers[0], { shape, seed }, scale);
  client.fake.responses.length = 0;
  if (ours.unanswered > 0) {
    // Work still queued in the bot would weigh on the loads after this one.
    context.log(`${ours.unanswered} requests unanswered: restarting the bot`);
    setting.problems.push(loggedProblems(bot.watched));
    await bot.restart();
    const rewarm: Shape = { kind: 'rate', rate: 50, seconds: scale.warmUpSeconds / 2 };
    await runLoad(client, users, servers[0], { shape: rewarm, seed: WARM_UP_SEED }, scale);
  }
  await runLoad(client, users, servers[1], ramp, scale);
  const theirs = await runLoad(client, users, servers[1], { shape, seed }, scale);
  client.fake.responses.length = 0;
  client.fake.calls.length = 0;
  context.log(
    `${shapeLabel(shape)}: ack p99 ${ours.ack.p99} ms (bare ${theirs.ack.p99}), reply p99 ${ours.reply.p99} ms ` +
      `(bare ${theirs.reply.p99}), ${ours.throughput} req/s (bare ${theirs.throughput}), ` +
      `CPU ${ours.cpuPerRequestMs} ms/request (bare ${theirs.cpuPerRequestMs}); ` +
      `failed ${ours.failed}, unanswered ${ours.unanswered}; generator loop p99 ${ours.generator.loopDelayP99Ms} ms`,
  );
  record(context, shape, ours, theirs);
  return { maillage: ours, bare: theirs };
}

function recordTotals(context: PartContext, runs: Array<{ maillage: Measured; bare: Measured }>) {
  const saturation = runs.at(-1);
  if (saturation) {
    context.record({
      metric: 'saturation throughput, share of the bare Bolt app’s',
      value: Math.round((saturation.maillage.throughput / saturation.bare.throughput) * 1000) / 10,
      unit: '%',
      target: { op: '>=', limit: 60 },
    });
  }
  const failures = (side: 'maillage' | 'bare') =>
    runs.reduce((sum, run) => sum + run[side].failed + run[side].unanswered, 0);
  context.record({
    metric: 'requests refused, wrongly answered or unanswered, all loads',
    value: failures('maillage'),
    unit: 'count',
    baseline: { value: failures('bare'), label: BARE },
  });
}

export const slackPathPart: BenchPart = {
  name: 'slack',
  title: '1. Slack command path',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const fakes = await startFakes(context);
    const users = benchUsers(fakes.slack, scale.users);
    const bot = await startBot(context, fakes, 'slack');
    const bare = await startBareBolt(context, fakes.slack);
    const client = new SlackClient(fakes.slack, 'slack');
    context.cleanup(() => client.stop());
    const servers: [Server, Server] = [
      { name: 'maillage', port: () => bot.port, pid: () => bot.pid },
      { name: 'bare', port: () => bare.port, pid: () => bare.pid },
    ];
    const setting: Setting = { context, client, users, scale, bot, servers, problems: [] };
    await warmUp(client, users, servers, scale);
    const shapes: Shape[] = [
      ...scale.rates.map((rate) => ({ kind: 'rate' as const, rate, seconds: scale.seconds })),
      { kind: 'saturation', concurrency: scale.concurrency, seconds: scale.saturationSeconds },
    ];
    const runs: Array<{ maillage: Measured; bare: Measured }> = [];
    for (const [i, shape] of shapes.entries()) runs.push(await sideBySide(setting, shape, SEED + i));
    recordTotals(context, runs);
    setting.problems.push(loggedProblems(bot.watched));
    context.detail('loads', Object.fromEntries(shapes.map((shape, i) => [shapeLabel(shape), runs[i]])));
    context.detail('bot', {
      readyMs: bot.readyMs,
      problemsLogged: setting.problems,
      unexpectedReplies: client.unexpected,
    });
    context.detail('setup', {
      users: scale.users,
      command: 'echange KIND <@U…|name> (1 to 3 named) #theme, seeded',
      drainMs: scale.drainMs,
      replyTimeoutMs: scale.replyTimeoutMs,
      fakes: 'in the bench process (generator: its own send lag, event-loop delay and utilisation per load)',
    });
  },
};
