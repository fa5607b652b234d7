// Starts the bare baselines of parts 1–3 as processes of their own, like the bot: a bare Bolt
// app (bare-bolt.ts) and a bare discord.js client (bare-discord.ts), stopped when the part ends.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_TOKEN, type FakeDiscord } from '../../test/discord/fake-discord.ts';
import type { FakeSlack } from '../../test/slack/fake-slack.ts';
import { SIGNING_SECRET } from '../../test/slack/slack-bot.ts';
import { freePort, launch, stop, untilReady } from '../framework/child-process.ts';
import { nowMs } from '../framework/measure.ts';
import type { PartContext } from '../framework/part.ts';
import { ROOT } from './bot-process.ts';

async function startBare(
  context: PartContext,
  script: string,
  env: Record<string, string>,
): Promise<{ pid: number }> {
  const startedAt = nowMs();
  const watched = launch(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'load', script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env },
  });
  context.cleanup(() => stop(watched).then(() => undefined));
  const readyMs = await untilReady(watched, startedAt, () => watched.output().includes('ready\n'), {
    timeoutMs: 60_000,
    everyMs: 50,
  });
  context.log(`${script} ready in ${Math.round(readyMs)} ms (pid ${watched.pid})`);
  return { pid: watched.pid };
}

/** A bare Bolt app answering the fake Slack's response_urls; its port and process id. */
export async function startBareBolt(
  context: PartContext,
  slack: FakeSlack,
): Promise<{ port: number; pid: number }> {
  const port = await freePort();
  const { pid } = await startBare(context, 'bare-bolt.ts', {
    PORT: String(port),
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    SLACK_API_URL: slack.apiUrl,
  });
  return { port, pid };
}

/** A bare discord.js client connected to `discord` (a fake of its own: the fake gateway serves one client). */
export async function startBareDiscord(context: PartContext, discord: FakeDiscord): Promise<{ pid: number }> {
  return startBare(context, 'bare-discord.ts', {
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_API_URL: `${discord.url}/api`,
  });
}
