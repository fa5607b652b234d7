// Part 6, footprint: the bot as `npm start` runs it (the bundle of db/build.ts, `node
// --enable-source-maps dist/main.js`) with Slack over HTTP and Discord both configured against
// the fakes of test/, served by this process (the bot is a process of its own). Start-to-ready
// (until /healthz says both are ready) and resident memory after a few idle seconds: on the
// PostgreSQL server (restarts on a migrated database), on PGlite (first starts on an empty data
// directory, then restarts on it). Baselines: bare node processes that only connect with
// postgres.js or open PGlite on the same kind of directory. Also: the build `npm start` runs
// first, `npm start` whole (npm, build, bundle) on the server, and the sources under tsx, as
// `npm start` ran them before the build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord } from '../../test/discord/fake-discord.ts';
import { FakeSlack } from '../../test/slack/fake-slack.ts';
import { SIGNING_SECRET, USERS } from '../../test/slack/slack-bot.ts';
import { quantile } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';
import { botCommand } from '../load/bot-process.ts';
import {
  BARE_NODE,
  BARE_PGLITE,
  BARE_POSTGRES,
  type Measured,
  median,
  repeat,
  startBare,
  startBot,
  startThroughNpm,
  TSX_ENTRY,
  timeBuild,
} from './footprint-processes.ts';

interface Scale {
  restarts: number;
  firstStarts: number;
  /** Restarts under tsx (`npm start` before the build), on each database: the "before". */
  tsx: number;
  /** `npm start` whole, through npm, on the server. */
  throughNpm: number;
  /** Builds timed as `npm start` runs them. */
  builds: number;
  /** Whether the PGlite first start gets its bare baseline (a bare first start is slow too). */
  bareFirstStart: boolean;
  idleMs: number;
}

const FULL: Scale = {
  restarts: 3,
  firstStarts: 2,
  tsx: 2,
  throughNpm: 2,
  builds: 3,
  bareFirstStart: true,
  idleMs: 3_000,
};
// Just enough to run every path of the part once (the first restart on the server migrates).
const SMOKE: Scale = {
  restarts: 1,
  firstStarts: 1,
  tsx: 0,
  throughNpm: 1,
  builds: 1,
  bareFirstStart: false,
  idleMs: 300,
};

interface Setting {
  context: PartContext;
  scale: Scale;
  env: Record<string, string>;
  /** node's arguments to run the bot as `npm start` does, once built. */
  bot: string[];
}

async function fakes(context: PartContext): Promise<Record<string, string>> {
  const discord = await FakeDiscord.start();
  context.cleanup(() => discord.close());
  discord.addGuild('Réseau de mesure');
  const slack = await FakeSlack.start();
  context.cleanup(() => slack.stop());
  for (const user of Object.values(USERS)) slack.addUser(user);
  return {
    PATH: process.env.PATH ?? '',
    HOME: tmpdir(),
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: `${discord.url}/api`,
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
  };
}

function tempDir(context: PartContext, label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `maillage-bench-${label}-`));
  context.cleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The bare process's starts, and what they did. */
interface Baseline {
  bare: Measured[];
  label: string;
}

/** Two rows, start-to-ready and memory at rest, against the bare process's. */
function recordStart(
  { context }: Setting,
  where: string,
  runs: Baseline & { bot: Measured[] },
  targets: { readyMs?: number; rssMB?: number },
) {
  const baseline = (key: 'readyMs' | 'rssMB') => ({ label: runs.label, value: median(runs.bare, key) });
  context.record({
    metric: `start to ready, ${where}, median`,
    value: median(runs.bot, 'readyMs'),
    unit: 'ms',
    ...(targets.readyMs ? { target: { op: '<=' as const, limit: targets.readyMs } } : {}),
    baseline: baseline('readyMs'),
  });
  context.record({
    metric: `resident memory at rest, ${where}, median`,
    value: median(runs.bot, 'rssMB'),
    unit: 'MB',
    ...(targets.rssMB ? { target: { op: '<=' as const, limit: targets.rssMB } } : {}),
    baseline: baseline('rssMB'),
  });
}

/** The "before": the same restarts under tsx, against the same baseline. */
async function underTsx(setting: Setting, where: string, env: Record<string, string>, baseline: Baseline) {
  const { scale, context } = setting;
  const runs = await repeat(scale.tsx, () => startBot(TSX_ENTRY, env, scale.idleMs));
  if (runs.length > 0)
    recordStart(setting, `${where}, under tsx (before the build)`, { ...baseline, bot: runs }, {});
  context.detail(`${where}, under tsx`, runs);
}

async function onServer(setting: Setting) {
  const { context, scale, env, bot } = setting;
  const scratch = await createScratchDatabase(context.serverUrl, 'footprint');
  context.cleanup(() => scratch.drop());
  const serverEnv = {
    ...env,
    DATA_DIR: join(tempDir(context, 'server'), 'data'),
    DATABASE_URL: scratch.url,
    MAILLAGE_SECRET: 'a-benchmark-secret-of-more-than-32-characters',
  };
  const migrating = context.smoke ? undefined : await startBot(bot, serverEnv, 0);
  const restarts = await repeat(scale.restarts, () => startBot(bot, serverEnv, scale.idleMs));
  const throughNpm: number[] = [];
  for (let i = 0; i < scale.throughNpm; i += 1) throughNpm.push(await startThroughNpm(serverEnv));
  const bareEnv = { ...env, BENCH_URL: scratch.url };
  const bare = await repeat(scale.restarts, () => startBare(BARE_POSTGRES, bareEnv, scale.idleMs));
  const baseline = { bare, label: 'bare node: postgres.js connects, select 1' };
  const where = 'PostgreSQL server (restart)';
  recordStart(setting, where, { ...baseline, bot: restarts }, { readyMs: 1500, rssMB: 150 });
  context.record({
    metric: `start to ready through npm start (npm, build, bundle), ${where}, median`,
    value: quantile(throughNpm, 0.5),
    unit: 'ms',
    baseline: { label: baseline.label, value: median(bare, 'readyMs') },
  });
  await underTsx(setting, where, serverEnv, baseline);
  context.detail('server', { firstStartWithMigrations: migrating, restarts, throughNpm, bare });
}

async function onPglite(setting: Setting) {
  const { context, scale, env, bot } = setting;
  let dataDir = '';
  const first = await repeat(scale.firstStarts, () => {
    dataDir = join(tempDir(context, 'pglite'), 'data');
    return startBot(bot, { ...env, DATA_DIR: dataDir }, scale.idleMs);
  });
  const bareFirst = scale.bareFirstStart
    ? await repeat(scale.firstStarts, () =>
        startBare(BARE_PGLITE, { ...env, BENCH_DIR: join(tempDir(context, 'bare'), 'pgdata') }, scale.idleMs),
      )
    : [];
  const again = await repeat(scale.restarts, () =>
    startBot(bot, { ...env, DATA_DIR: dataDir }, scale.idleMs),
  );
  // The bot's own data directory once it stopped: the same tables and rows.
  const bareAgain = await repeat(scale.restarts, () =>
    startBare(BARE_PGLITE, { ...env, BENCH_DIR: join(dataDir, 'pgdata') }, scale.idleMs),
  );
  const label = 'bare node: PGlite opens the same kind of directory, select 1';
  const baseline = { bare: bareAgain, label };
  const where = 'PGlite, existing data directory';
  recordStart(setting, where, { ...baseline, bot: again }, { readyMs: 3000, rssMB: 400 });
  context.record({
    metric: 'start to ready, PGlite, first start (empty data directory), median',
    value: median(first, 'readyMs'),
    unit: 'ms',
    target: { op: '<=', limit: 8000 },
    ...(bareFirst.length > 0 ? { baseline: { label, value: median(bareFirst, 'readyMs') } } : {}),
  });
  await underTsx(setting, where, { ...env, DATA_DIR: dataDir }, baseline);
  context.detail('pglite', { firstStarts: first, bareFirst, restarts: again, bareRestarts: bareAgain });
}

/** The build `npm start` runs before each start (it rewrites dist/ with the same files). */
async function builds(setting: Setting) {
  const { context, scale, env } = setting;
  const runs: number[] = [];
  for (let i = 0; i < scale.builds; i += 1)
    runs.push(await timeBuild({ PATH: env.PATH ?? '', HOME: tmpdir() }));
  context.record({
    metric: 'build before each npm start (esbuild bundle, migrations copied), median',
    value: quantile(runs, 0.5),
    unit: 'ms',
  });
  context.detail('builds', runs);
}

export const footprintPart: BenchPart = {
  name: 'footprint',
  title: '6. Footprint',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const env = await fakes(context);
    const setting: Setting = { context, scale, env, bot: await botCommand() };
    await builds(setting);
    context.detail(
      'bareNode',
      await startBare(BARE_NODE, { PATH: env.PATH ?? '', HOME: tmpdir() }, scale.idleMs),
    );
    await onServer(setting);
    await onPglite(setting);
  },
};
