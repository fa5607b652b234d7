// `npm start` with Slack (over HTTP) and Discord both configured: one process, the bundle
// `npm start` runs, connects to the fake Slack and the fake Discord, reports both ready on
// /healthz, answers `/coop` on each platform, and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord } from '../discord/fake-discord.ts';
import { Interactions, newMember } from '../discord/fixtures.ts';
import { answersTo, textOf } from '../discord/harness.ts';
import { FakeSlack } from '../slack/fake-slack.ts';
import { commandPayload, SIGNING_SECRET, signature, USERS, until } from '../slack/slack-bot.ts';
import { buildTestBundle, ROOT, type TestBundle } from './bundle.ts';

function waitForReady(output: () => string): Promise<{ port: number; adapters: string[] }> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const line = output()
        .split('\n')
        .find((l) => l.includes('"msg":"ready"'));
      if (line) {
        clearInterval(timer);
        resolve(JSON.parse(line));
      }
    }, 50);
    setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`not ready: ${output()}`));
    }, 90_000);
  });
}

describe('npm start with Slack and Discord configured', () => {
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let bundle: TestBundle;
  beforeAll(async () => {
    bundle = await buildTestBundle();
    discord = await FakeDiscord.start();
    slack = await FakeSlack.start();
    for (const user of Object.values(USERS)) slack.addUser(user);
  });
  afterAll(async () => {
    await discord?.close();
    await slack?.stop();
    bundle?.remove();
  });

  it('serves both platforms from one process, reports ready, and stops on SIGTERM', async () => {
    const guild = discord.addGuild('Réseau de Cergy');
    // What `npm start` runs after its build (start.test.ts goes through npm itself).
    const child = spawn(process.execPath, bundle.args, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpdir(),
        DATA_DIR: join(mkdtempSync(join(tmpdir(), 'maillage-platforms-')), 'data'),
        DISCORD_TOKEN: BOT_TOKEN,
        DISCORD_APPLICATION_ID: APPLICATION_ID,
        DISCORD_API_URL: `${discord.url}/api`,
        SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      const ready = await waitForReady(() => stderr);
      expect(ready.adapters).toEqual(['slack', 'discord']);
      const health = await fetch(`http://127.0.0.1:${ready.port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({
        status: 'ok',
        parts: { slack: true, discord: true, database: true },
      });

      const interactions = new Interactions(discord, guild);
      const [answer] = await answersTo(discord, interactions.command(newMember(), 'aide'));
      expect(textOf(answer)).toContain('Maillage — les commandes');

      const { fields, responseUrl } = commandPayload(slack, 'aide');
      const body = new URLSearchParams(fields).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      const ack = await fetch(`http://127.0.0.1:${ready.port}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature(body, timestamp),
        },
        body,
      });
      expect(ack.status).toBe(200);
      const reply = await until(() => slack.responsesTo(responseUrl)[0], 10_000);
      expect(JSON.stringify(reply.body)).toContain('Maillage');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exit).toBe(143);
    // A first start on PGlite takes a few seconds; much more on a machine loaded by other runs.
  }, 150_000);
});
