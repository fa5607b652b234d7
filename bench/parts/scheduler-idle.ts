// Part 9, an idle replica ticking: 10,000 networks, each with its digest and café channel
// set, nothing due (a Thursday noon: the digest runs on Mondays at 09:00, the café at 10:00),
// and the production job list ticking every 20 s of fake time on the PostgreSQL server. Counts
// the statements each tick sends (postgres.js's `debug` hook, so BEGIN and COMMIT count too),
// its time, and the CPU it costs the replica's process, next to one bare round trip.
// The first ticks are not measured: they run each network's first daily purge and learn
// what is due next (then `vacuum analyze`, as autovacuum would after those writes); the
// measured ticks must run nothing (the part fails otherwise).
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { type Database, openServer } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { createStore } from '../../db/store.ts';
import type { Logger, Publisher } from '../../src/core/ports.ts';
import { cafeFollowUpJob, cafeRoundJob } from '../../src/core/scheduling/cafe-jobs.ts';
import { digestJob } from '../../src/core/scheduling/digest-job.ts';
import { pollClosing } from '../../src/core/scheduling/poll-closing.ts';
import { retentionJobs } from '../../src/core/scheduling/retention-jobs.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { nowMs, summarise } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';

const FULL = { networks: 10_000, warmUp: 3, ticks: 10 };
const SMOKE = { networks: 20, warmUp: 3, ticks: 2 };
const TICK_MS = 20_000;
/** A Thursday, 12:00 UTC: no digest (Monday 09:00) nor café slot (Monday 10:00) in the last day. */
const START = new Date('2031-01-09T12:00:00Z');

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const nobody: Publisher = {
  post: async () => ({ ok: true }),
  direct: async () => ({ ok: true }),
};

/** `count` networks, each with one Slack space holding its digest and café channels. */
async function seed(sql: postgres.Sql, count: number) {
  await sql`insert into networks (name, locale, time_zone, digest_cron)
    select 'Réseau ' || i, 'fr', 'Europe/Paris', '0 9 * * 1' from generate_series(1, ${count}) as i`;
  await sql`insert into spaces (network_id, platform, external_id)
    select id, 'slack', 'T' || replace(id::text, '-', '') from networks`;
  await sql`update networks n set digest_space_id = s.id, digest_channel_id = 'CDIGEST',
    cafe_space_id = s.id, cafe_channel_id = 'CCAFE' from spaces s where s.network_id = n.id`;
  await sql`analyze`;
}

/** Statements sent and CPU used per tick, over `ticks` ticks 20 s apart. */
async function measureTicks(
  tick: () => Promise<{ ran: number; replayed: number }>,
  clock: { advance(): void },
  counted: () => number,
  ticks: number,
) {
  const queries: number[] = [];
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ticks; i++) {
    clock.advance();
    const before = counted();
    const cpuBefore = process.cpuUsage();
    const started = nowMs();
    const done = await tick();
    wall.push(nowMs() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    queries.push(counted() - before);
    if (done.ran + done.replayed > 0)
      throw new Error(`an idle tick ran ${done.ran} and replayed ${done.replayed}`);
  }
  return { queries: summarise(queries), wall: summarise(wall), cpu: summarise(cpu) };
}

/** One bare round trip (`select 1`), the floor under any tick. */
async function bareRoundTrip(sql: postgres.Sql, runs: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = process.cpuUsage();
    const started = nowMs();
    await sql`select 1`;
    wall.push(nowMs() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: summarise(wall), cpu: summarise(cpu) };
}

async function run(context: PartContext) {
  const scale = context.smoke ? SMOKE : FULL;
  const scratch = await createScratchDatabase(context.serverUrl, 'scheduler');
  context.cleanup(() => scratch.drop());
  const migrating = await openServer(scratch.url, { max: 2 });
  await migrating.migrate();
  await migrating.close();

  let statements = 0;
  const sql = postgres(scratch.url, { max: 4, onnotice: () => {}, debug: () => void statements++ });
  context.cleanup(() => sql.end({ timeout: 5 }));
  context.log(`scheduler: ${scale.networks} networks`);
  await seed(sql, scale.networks);
  const db = drizzle(sql, { schema }) as unknown as Database;

  let now = START.getTime();
  const clock = {
    now: () => new Date(now),
    advance: () => {
      now += TICK_MS;
    },
  };
  const scheduler = createScheduler({
    store: createStore(db),
    clock,
    logger: silent,
    publisher: nobody,
    processId: 'bench-replica',
    jobs: [pollClosing, digestJob, cafeRoundJob, cafeFollowUpJob, ...retentionJobs(silent, 30)],
  });
  const warmUp: Array<{ statements: number; ms: number }> = [];
  for (let i = 0; i < scale.warmUp; i++) {
    const before = statements;
    const started = nowMs();
    context.log(`scheduler: warm-up tick ${i + 1}`);
    await scheduler.tick();
    warmUp.push({ statements: statements - before, ms: nowMs() - started });
    clock.advance();
  }
  // The warm-up wrote a row per network (or several): what autovacuum does after such a
  // burst, done now, so that the idle ticks are measured on fresh statistics.
  context.log('scheduler: vacuum analyze');
  await sql`vacuum analyze`;
  context.log('scheduler: idle ticks');
  const idle = await measureTicks(
    () => scheduler.tick(),
    clock,
    () => statements,
    scale.ticks,
  );
  const bare = await bareRoundTrip(sql, 50);
  await scheduler.stop();
  record(context, scale.networks, idle, bare);
  context.detail('warm-up ticks (statements, ms)', warmUp);
  context.detail('idle ticks', idle);
}

function record(
  context: PartContext,
  networks: number,
  idle: Awaited<ReturnType<typeof measureTicks>>,
  bare: Awaited<ReturnType<typeof bareRoundTrip>>,
) {
  const size = `${networks.toLocaleString('en')} networks, nothing due`;
  context.record({ metric: `statements per tick, ${size}`, value: idle.queries.median, unit: 'count' });
  context.record({
    metric: `tick time, ${size} (median)`,
    value: idle.wall.median,
    unit: 'ms',
    baseline: { value: bare.wall.median, label: 'one bare round trip (select 1)' },
  });
  context.record({
    metric: `replica CPU per tick, ${size} (median)`,
    value: idle.cpu.median,
    unit: 'ms',
    baseline: { value: bare.cpu.median, label: 'one bare round trip (select 1)' },
  });
  context.record({
    metric: `idle replica CPU at one tick per 20 s, ${size}`,
    value: (idle.cpu.median / TICK_MS) * 100,
    unit: '%',
  });
}

export const schedulerIdlePart: BenchPart = {
  name: 'scheduler',
  title: '10. An idle replica ticking: statements and CPU per scheduler tick, 10,000 networks',
  inSuite: true,
  needsServer: true,
  run,
};
