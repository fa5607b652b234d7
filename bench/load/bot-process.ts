// The bot under load, as operators run it: what `npm start` runs (the bundle of db/build.ts,
// built into dist/ once per bench run) in a process of its own, on a scratch database of the
// PostgreSQL server, with Slack over HTTP and Discord both configured against the fakes of
// test/ (served by this process, which records what the bot sends them). Set BENCH_CPU_PROF=DIR
// to have the bot write a V8 CPU profile there (--cpu-prof) when it stops.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bundle, buildBundle, NODE_OPTIONS } from '../../db/build.ts';
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord, type FakeGuild } from '../../test/discord/fake-discord.ts';
import { FakeSlack } from '../../test/slack/fake-slack.ts';
import { SIGNING_SECRET } from '../../test/slack/slack-bot.ts';
import { freePort, healthy, launch, stop, untilReady, type Watched } from '../framework/child-process.ts';
import { nowMs } from '../framework/measure.ts';
import type { PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BOT_SECRET = 'a-benchmark-secret-of-more-than-32-characters';

export interface Fakes {
  slack: FakeSlack;
  discord: FakeDiscord;
  /** The Discord server the bot is in. */
  guild: FakeGuild;
}

/** The fake Slack and the fake Discord in this process, stopped when the part ends. */
export async function startFakes(context: PartContext): Promise<Fakes> {
  const slack = await FakeSlack.start();
  context.cleanup(() => slack.stop());
  const discord = await FakeDiscord.start();
  context.cleanup(() => discord.close());
  const guild = discord.addGuild('Réseau de mesure');
  return { slack, discord, guild };
}

export interface RunningBot {
  /** The port of the process running now (a restart may change it). */
  port: number;
  pid: number;
  /** The scratch database's URL (to read what the bot recorded). */
  databaseUrl: string;
  readyMs: number;
  watched: Watched;
  /** Stops the bot (SIGTERM) and starts it again on the same database: work in flight is dropped. */
  restart(): Promise<void>;
}

/** The environment of the e2e test `platforms-start`, on a scratch database, logging warnings only. */
function botEnv(fakes: Fakes, databaseUrl: string, dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: tmpdir(),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    MAILLAGE_SECRET: BOT_SECRET,
    LOG_LEVEL: 'warn',
    PORT: String(port),
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: `${fakes.discord.url}/api`,
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fakes.slack.apiUrl,
  };
}

let built: Promise<Bundle> | undefined;

/** The bundle `npm start` runs, built into dist/ by the first part that starts the bot. */
export function botBundle(): Promise<Bundle> {
  built ??= buildBundle();
  return built;
}

/** node's arguments for the bot as `npm start` runs it (once built: `botBundle()`). */
export async function botCommand(): Promise<string[]> {
  return [...NODE_OPTIONS, (await botBundle()).entry];
}

/** node's arguments for the bot, with --cpu-prof when BENCH_CPU_PROF names a directory. */
async function botArgs(label: string): Promise<string[]> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, label)}`] : [];
  return [...profile, ...(await botCommand())];
}

/**
 * Creates a scratch database, starts the bot on it (its first start migrates it) and waits
 * until /healthz says Slack and Discord are both ready. Stopped (SIGTERM) and dropped when the
 * part ends.
 */
export async function startBot(context: PartContext, fakes: Fakes, label: string): Promise<RunningBot> {
  const scratch = await createScratchDatabase(context.serverUrl, label);
  context.cleanup(() => scratch.drop());
  const dir = mkdtempSync(join(tmpdir(), `maillage-bench-${label}-`));
  context.cleanup(() => rmSync(dir, { recursive: true, force: true }));
  let current: Watched | undefined;
  context.cleanup(async () => {
    if (current) await stopBot(context, current);
  });
  const launchBot = async () => {
    const port = await freePort();
    const args = await botArgs(label);
    const startedAt = nowMs();
    const watched = launch(process.execPath, args, {
      cwd: ROOT,
      env: botEnv(fakes, scratch.url, join(dir, 'data'), port),
    });
    current = watched;
    const readyMs = await untilReady(watched, startedAt, () => healthy(port), {
      timeoutMs: 60_000,
      everyMs: 50,
    });
    context.log(`bot ready on port ${port} in ${Math.round(readyMs)} ms (pid ${watched.pid})`);
    return { port, pid: watched.pid, readyMs, watched };
  };
  const bot: RunningBot = {
    ...(await launchBot()),
    databaseUrl: scratch.url,
    async restart() {
      if (current) await stopBot(context, current);
      current = undefined;
      Object.assign(bot, await launchBot());
    },
  };
  return bot;
}

async function stopBot(context: PartContext, watched: Watched): Promise<void> {
  const code = await stop(watched);
  if (code !== 143) context.log(`the bot exited with ${code}:\n${watched.output().slice(-2000)}`);
}

/** Warnings and errors the bot logged (LOG_LEVEL=warn), counted by message. */
export function loggedProblems(watched: Watched): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of watched.output().split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; level?: number };
      if ((entry.level ?? 0) < 40) continue;
      const key = String(entry.msg ?? '?');
      counts[key] = (counts[key] ?? 0) + 1;
    } catch {
      // Not a log line.
    }
  }
  return counts;
}
