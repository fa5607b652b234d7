// Part 6, footprint: the real entry point (`node --import tsx src/main.ts`, as `npm start`)
// with Slack over HTTP and Discord both configured against the fakes of test/, served by this
// process (the bot is a process of its own). Start-to-ready (until /healthz says both are
// ready) and resident memory after a few idle seconds: on the PostgreSQL server (restarts on
// a migrated database), on PGlite (first starts on an empty data directory, then restarts on
// it). Baselines: bare node processes that only connect with postgres.js or open PGlite on
// the same kind of directory. Also, as a what-if, the same entry point bundled by esbuild.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord } from '../../test/discord/fake-discord.ts';
import { FakeSlack } from '../../test/slack/fake-slack.ts';
import { SIGNING_SECRET, USERS } from '../../test/slack/slack-bot.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';
import { bundleEntryPoint } from './footprint-bundle.ts';
import {
  BARE_NODE,
  BARE_PGLITE,
  BARE_POSTGRES,
  type Measured,
  median,
  repeat,
  startBare,
  startBot,
  TSX_ENTRY,
} from './footprint-processes.ts';

interface Scale {
  restarts: number;
  firstStarts: number;
  /** Starts of the esbuild bundle (the what-if), on each database; none: not built. */
  bundled: number;
  /** Whether the PGlite first start gets its bare baseline (a bare first start is slow too). */
  bareFirstStart: boolean;
  idleMs: number;
}

const FULL: Scale = { restarts: 3, firstStarts: 2, bundled: 2, bareFirstStart: true, idleMs: 3_000 };
// Just enough to run every path of the part once (the first restart on the server migrates).
const SMOKE: Scale = { restarts: 1, firstStarts: 1, bundled: 0, bareFirstStart: false, idleMs: 300 };

interface Setting {
  context: PartContext;
  scale: Scale;
  env: Record<string, string>;
  /** node's arguments to run the bundle, if built. */
  bundle: string[] | undefined;
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

/** Two rows, start-to-ready and memory at rest, against the bare process's. */
function recordStart(
  { context }: Setting,
  where: string,
  runs: { bot: Measured[]; bare: Measured[]; label: string },
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

async function onServer(setting: Setting) {
  const { context, scale, env } = setting;
  const scratch = await createScratchDatabase(context.serverUrl, 'footprint');
  context.cleanup(() => scratch.drop());
  const serverEnv = {
    ...env,
    DATA_DIR: join(tempDir(context, 'server'), 'data'),
    DATABASE_URL: scratch.url,
    MAILLAGE_SECRET: 'a-benchmark-secret-of-more-than-32-characters',
  };
  const migrating = context.smoke ? undefined : await startBot(TSX_ENTRY, serverEnv, 0);
  const bot = await repeat(scale.restarts, () => startBot(TSX_ENTRY, serverEnv, scale.idleMs));
  const bundle = setting.bundle;
  const bundled = bundle ? await repeat(scale.bundled, () => startBot(bundle, serverEnv, scale.idleMs)) : [];
  const bareEnv = { ...env, BENCH_URL: scratch.url };
  const bare = await repeat(scale.restarts, () => startBare(BARE_POSTGRES, bareEnv, scale.idleMs));
  const label = 'bare node: postgres.js connects, select 1';
  recordStart(setting, 'PostgreSQL server (restart)', { bot, bare, label }, { readyMs: 1500, rssMB: 150 });
  if (bundled.length > 0) {
    recordStart(setting, 'PostgreSQL server, esbuild bundle (what-if)', { bot: bundled, bare, label }, {});
  }
  context.detail('server', { firstStartWithMigrations: migrating, restarts: bot, bundled, bare });
}

async function onPglite(setting: Setting) {
  const { context, scale, env } = setting;
  let dataDir = '';
  const first = await repeat(scale.firstStarts, () => {
    dataDir = join(tempDir(context, 'pglite'), 'data');
    return startBot(TSX_ENTRY, { ...env, DATA_DIR: dataDir }, scale.idleMs);
  });
  const bareFirst = scale.bareFirstStart
    ? await repeat(scale.firstStarts, () =>
        startBare(BARE_PGLITE, { ...env, BENCH_DIR: join(tempDir(context, 'bare'), 'pgdata') }, scale.idleMs),
      )
    : [];
  const again = await repeat(scale.restarts, () =>
    startBot(TSX_ENTRY, { ...env, DATA_DIR: dataDir }, scale.idleMs),
  );
  const bundle = setting.bundle;
  const bundled = bundle
    ? await repeat(scale.bundled, () => startBot(bundle, { ...env, DATA_DIR: dataDir }, scale.idleMs))
    : [];
  // The bot's own data directory once it stopped: the same tables and rows.
  const bareAgain = await repeat(scale.restarts, () =>
    startBare(BARE_PGLITE, { ...env, BENCH_DIR: join(dataDir, 'pgdata') }, scale.idleMs),
  );
  const label = 'bare node: PGlite opens the same kind of directory, select 1';
  const existing = { bare: bareAgain, label };
  recordStart(
    setting,
    'PGlite, existing data directory',
    { ...existing, bot: again },
    { readyMs: 3000, rssMB: 400 },
  );
  if (bundled.length > 0) {
    recordStart(
      setting,
      'PGlite, existing directory, esbuild bundle (what-if)',
      { ...existing, bot: bundled },
      {},
    );
  }
  context.record({
    metric: 'start to ready, PGlite, first start (empty data directory), median',
    value: median(first, 'readyMs'),
    unit: 'ms',
    target: { op: '<=', limit: 8000 },
    ...(bareFirst.length > 0 ? { baseline: { label, value: median(bareFirst, 'readyMs') } } : {}),
  });
  context.detail('pglite', {
    firstStarts: first,
    bareFirst,
    restarts: again,
    bundled,
    bareRestarts: bareAgain,
  });
}

export const footprintPart: BenchPart = {
  name: 'footprint',
  title: '6. Footprint',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const env = await fakes(context);
    const bundle = scale.bundled > 0 ? await bundleEntryPoint() : undefined;
    if (bundle) context.cleanup(() => bundle.remove());
    const setting: Setting = { context, scale, env, bundle: bundle ? [bundle.entry] : undefined };
    context.detail(
      'bareNode',
      await startBare(BARE_NODE, { PATH: env.PATH ?? '', HOME: tmpdir() }, scale.idleMs),
    );
    await onServer(setting);
    await onPglite(setting);
  },
};
