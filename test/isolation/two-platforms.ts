// One Maillage process serving a Slack workspace and a Discord server at once, as
// operators run it (configuration → startApp with both adapters), against the fake Slack
// and the fake Discord; helpers that send each platform what it sends and read back
// everything the bot sent to it.

import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Database } from '../../db/client.ts';
import { parseConfig } from '../../src/config.ts';
import { type RunningApp, slackOptions, startApp } from '../../src/main.ts';
import { APPLICATION_ID, BOT_TOKEN, FakeDiscord } from '../discord/fake-discord.ts';
import { type FakeMember, Interactions, type OptionInput } from '../discord/fixtures.ts';
import { answersTo } from '../discord/harness.ts';
import { FakeSlack, type FakeUser, type Payload } from '../slack/fake-slack.ts';
import { SIGNING_SECRET, signature, until } from '../slack/slack-bot.ts';
import type { FakeClock } from '../support/fakes.ts';
import { RecordingLogger } from '../support/fakes.ts';

const SECRET = 'isolation-test-secret-of-at-least-32-characters';

/** JSON of what the bot sent, French no-break spaces read as plain spaces. */
export const flat = (value: unknown): string => JSON.stringify(value ?? null).replace(/\u00a0|\u202f/g, ' ');

export interface SlackSent {
  /** Everything the bot sent for this delivery: private answers, posts, DMs. */
  text: string;
  responseUrl: string;
  triggerId: string;
}

export interface TwoPlatforms {
  app: RunningApp;
  slack: FakeSlack;
  discord: FakeDiscord;
  guild: Interactions;
  logger: RecordingLogger;
  /** `/coop TEXT` from a Slack user (the fields may be forged). */
  slackCommand(text: string, user: FakeUser, fields?: Record<string, string>): Promise<SlackSent>;
  /** A click on a button whose value (the command it runs) is `value`; `extra` overrides fields. */
  slackClick(value: string, user: FakeUser, extra?: Payload): Promise<SlackSent>;
  /** `/coop PATH` with options, from a member of the Discord server; the answers' JSON. */
  discordCommand(member: FakeMember, path: string, values?: Record<string, OptionInput>): Promise<string>;
  /** A click on a button carrying `customId` in the server's channel. */
  discordClick(member: FakeMember, customId: string): Promise<string>;
  /** Every message, edit and file the bot sent to Slack (API calls, response_url posts, uploads). */
  slackTraffic(): string;
  /** Every message, edit and file the bot sent to Discord. */
  discordTraffic(): string;
  stop(): Promise<void>;
}

export async function startTwoPlatforms(
  db: Database,
  clock: FakeClock,
  names: { workspace: string; server: string; users: FakeUser[] },
): Promise<TwoPlatforms> {
  const slack = await FakeSlack.start();
  slack.team.name = names.workspace;
  for (const user of names.users) slack.addUser(user);
  const discord = await FakeDiscord.start();
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: `${discord.url}/api`,
    PORT: '0',
    MAILLAGE_SECRET: SECRET,
    LOG_LEVEL: 'warn',
  });
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const logger = new RecordingLogger();
  const app = await startApp({
    config: parsed.value,
    db,
    secret: SECRET,
    logger,
    clock,
    processId: 'isolation-test',
    ticker: false,
    host: '127.0.0.1',
    adapters: async (parts) => [
      createSlackAdapter({
        ...slackOptions(parts),
        retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
      }),
      createDiscordAdapter({ ...parts, discord: parts.config.discord ?? (undefined as never) }),
    ],
  });
  const from = discord.calls.length;
  const server = discord.addGuild(names.server);
  await discord.waitFor(
    (c) => c.method === 'PUT' && c.path.endsWith(`/guilds/${server.id}/commands`),
    10_000,
    from,
  );
  const guild = new Interactions(discord, server);
  const base = `http://127.0.0.1:${app.port()}/slack/events`;

  async function post(body: string, contentType: string): Promise<void> {
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(base, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(body, timestamp),
      },
      body,
    });
    await response.text();
    if (response.status !== 200) throw new Error(`Slack delivery answered ${response.status}`);
  }

  /** Waits for the first answer to `responseUrl` (or a post), then a little for the rest. */
  /**
   * What the bot sent after `calls`, once it answered. A command is answered on its
   * response_url or by a post, form or file of its own: a `chat.update` is no answer to it (a
   * poll of an earlier test may still be edited, at its pace, long after its vote).
   */
  async function collect(
    responseUrl: string,
    calls: number,
    triggerId: string,
    answers = (method: string) => /^(chat|views|files)\./.test(method),
  ): Promise<SlackSent> {
    await until(
      () =>
        slack.responsesTo(responseUrl).length > 0 || slack.calls.slice(calls).some((c) => answers(c.method)),
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    const sent = [...slack.responsesTo(responseUrl).map((r) => r.body), ...slack.calls.slice(calls)];
    return { text: flat(sent), responseUrl, triggerId };
  }

  return {
    app,
    slack,
    discord,
    guild,
    logger,
    async slackCommand(text, user, fields = {}) {
      const responseUrl = slack.newResponseUrl();
      const triggerId = fields.trigger_id ?? slack.nextId('trigger-');
      const form = {
        token: 'deprecated-verification-token',
        team_id: user.teamId ?? slack.team.id,
        team_domain: 'alphasud',
        channel_id: 'C0ALPHA01',
        channel_name: 'general',
        user_id: user.id,
        user_name: user.name,
        command: '/coop',
        text,
        api_app_id: 'A0001',
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: triggerId,
        ...fields,
      };
      const calls = slack.calls.length;
      await post(new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded');
      return collect(
        responseUrl,
        calls,
        triggerId,
        (method) => method !== 'chat.update' && /^(chat|views|files)\./.test(method),
      );
    },
    async slackClick(value, user, extra = {}) {
      const responseUrl = slack.newResponseUrl();
      const triggerId = String(extra.trigger_id ?? slack.nextId('trigger-'));
      const payload = {
        type: 'block_actions',
        user: { id: user.id, username: user.name, name: user.name, team_id: user.teamId ?? slack.team.id },
        api_app_id: 'A0001',
        token: 'deprecated-verification-token',
        container: { type: 'message', message_ts: '1.1', channel_id: 'C0ALPHA01', is_ephemeral: false },
        trigger_id: triggerId,
        team: { id: slack.team.id, domain: 'alphasud' },
        channel: { id: 'C0ALPHA01', name: 'general' },
        message: { type: 'message', ts: '1.1', blocks: [] },
        response_url: responseUrl,
        actions: [
          {
            type: 'button',
            action_id: 'coop:0',
            block_id: 'b1',
            text: { type: 'plain_text', text: 'Bouton' },
            value,
            action_ts: `${Date.now() / 1000}`,
          },
        ],
        ...extra,
      };
      const calls = slack.calls.length;
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      await post(body, 'application/x-www-form-urlencoded');
      return collect(responseUrl, calls, triggerId);
    },
    async discordCommand(member, path, values = {}) {
      return flat(await answersTo(discord, guild.command(member, path, values), 60));
    },
    async discordClick(member, customId) {
      return flat(await answersTo(discord, guild.button(member, customId), 60));
    },
    slackTraffic: () =>
      flat([
        slack.calls.map((c) => c.params),
        slack.responses.map((r) => r.body),
        slack.files.uploads.map((u) => [u.filename, u.bytes.toString('utf8')]),
      ]),
    discordTraffic: () =>
      flat([
        discord.calls.filter((c) => c.method !== 'GET').map((c) => [c.path, c.body]),
        discord.attachments.map((a) => [a.name, a.bytes.toString('utf8')]),
      ]),
    async stop() {
      await app.stop();
      await slack.stop();
      await discord.close();
    },
  };
}
