// Starts the bot as operators do (configuration → startApp) against a fake Slack, and
// sends it what Slack sends: signed slash commands, button clicks, modal submissions and
// events over HTTP, or envelopes over the Socket Mode websocket.
import { createHmac } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Database } from '../../db/client.ts';
import { parseConfig } from '../../src/config.ts';
import type { Core } from '../../src/core/core.ts';
import type { Clock } from '../../src/core/ports.ts';
import { type RunningApp, slackOptions, startApp } from '../../src/main.ts';
import { RecordingLogger } from '../support/fakes.ts';
import { FakeSlack, type FakeUser, type Payload } from './fake-slack.ts';

export const SIGNING_SECRET = 'signing-secret-of-the-fake-slack-app';
const SECRET = 'test-secret-of-at-least-thirty-two-characters';

export const USERS = {
  alice: { id: 'UALICE01', name: 'alice', displayName: 'Alice Martin', admin: true },
  marie: { id: 'UMARIE01', name: 'marie', realName: 'Marie Curie' },
  jean: { id: 'UJEAN001', name: 'jean', displayName: 'Jean Dupont' },
  sam: { id: 'USAM0001', name: 'sam', displayName: 'Sam Taylor', locale: 'en-GB' },
  /** An administrator of a partner organisation's workspace, met through Slack Connect. */
  guest: { id: 'UGUEST01', name: 'nadia', displayName: 'Nadia (CCAS)', admin: true, teamId: 'TPARTNER' },
} satisfies Record<string, FakeUser>;

export const CHANNEL = 'C0GENERAL';

/** The blocks of a payload as JSON, French no-break spaces read as plain spaces. */
export const blocksText = (payload: Payload | undefined): string =>
  JSON.stringify(payload?.blocks ?? []).replace(/\u00a0|\u202f/g, ' ');

/** Waits until `probe` gives a value (polling, never a fixed sleep). */
export async function until<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  retryNum?: number;
  contentType?: string;
}

export interface Delivery {
  status: number;
  body: string;
  /** Milliseconds from sending to the HTTP answer (Bolt's ack). */
  ackMs: number;
  sentAt: number;
}

export interface CommandOptions {
  user?: FakeUser;
  channel?: string;
  triggerId?: string;
  responseUrl?: string;
}

export interface SlackBot {
  fake: FakeSlack;
  app: RunningApp;
  logger: RecordingLogger;
  networkId(): Promise<string>;
  post(body: string, options?: SendOptions): Promise<Delivery>;
  command(text: string, options?: CommandOptions & SendOptions): Promise<CommandSent>;
  click(payload: Payload, options?: SendOptions): Promise<Delivery>;
  submit(payload: Payload, options?: SendOptions): Promise<Delivery>;
  event(event: Payload, options?: SendOptions & { eventId?: string }): Promise<Delivery>;
  stop(): Promise<void>;
}

export interface CommandSent extends Delivery {
  triggerId: string;
  responseUrl: string;
}

export function commandPayload(fake: FakeSlack, text: string, options: CommandOptions = {}) {
  const user: FakeUser = options.user ?? USERS.alice;
  const triggerId = options.triggerId ?? fake.nextId('trigger-');
  const responseUrl = options.responseUrl ?? fake.newResponseUrl();
  const fields = {
    token: 'deprecated-verification-token',
    team_id: user.teamId ?? fake.team.id,
    team_domain: 'cergy',
    channel_id: options.channel ?? CHANNEL,
    channel_name: 'general',
    user_id: user.id,
    user_name: user.name,
    command: '/coop',
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId,
  };
  return { fields, triggerId, responseUrl };
}

export interface BotOptions {
  mode?: 'http' | 'socket';
  clock?: Clock;
  /** A fake Slack shared with another bot (a second replica); left running by stop(). */
  fake?: FakeSlack;
  /** The Web API client's retries for users' requests (a few quick ones by default). */
  retryConfig?: webApi.RetryOptions;
  processId?: string;
  /** Wraps the real core (a test command answering with what the test needs). */
  wrapCore?: (core: Core) => Core;
}

export async function startSlackBot(db: Database, options: BotOptions = {}): Promise<SlackBot> {
  const shared = options.fake;
  const fake = shared ?? (await FakeSlack.start());
  for (const user of Object.values(USERS)) fake.addUser(user);
  const socket = options.mode === 'socket';
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    ...(socket ? { SLACK_APP_TOKEN: 'xapp-fake-app-token' } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_API_URL: fake.apiUrl,
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
    processId: options.processId ?? 'slack-test',
    ticker: false,
    host: '127.0.0.1',
    ...(options.clock ? { clock: options.clock } : {}),
    adapters: async (parts) => [
      createSlackAdapter({
        ...slackOptions(parts),
        ...(options.wrapCore ? { core: options.wrapCore(parts.core) } : {}),
        retryConfig: options.retryConfig ?? { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
      }),
    ],
  });
  const base = `http://127.0.0.1:${app.port()}`;

  async function post(body: string, send: SendOptions = {}): Promise<Delivery> {
    const timestamp = send.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': send.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(body, timestamp, send.secret),
    };
    if (send.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(send.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    const sentAt = performance.now();
    const response = await fetch(`${base}/slack/events`, { method: 'POST', headers, body });
    const text = await response.text();
    return { status: response.status, body: text, ackMs: performance.now() - sentAt, sentAt };
  }

  const form = (payload: Payload) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

  return {
    fake,
    app,
    logger,
    async networkId() {
      const { network } = await app.core.enter({
        platform: 'slack',
        space: { externalId: fake.team.id, name: fake.team.name },
        user: { externalId: USERS.alice.id, displayName: 'Alice Martin', isPlatformAdmin: true },
      });
      return network.id;
    },
    post,
    async command(text, options = {}) {
      const { fields, triggerId, responseUrl } = commandPayload(fake, text, options);
      const delivery = await post(new URLSearchParams(fields).toString(), options);
      return { ...delivery, triggerId, responseUrl };
    },
    click: (payload, send) => post(form(payload), send),
    submit: (payload, send) => post(form(payload), send),
    event(event, send = {}) {
      const body = JSON.stringify({
        token: 'deprecated-verification-token',
        team_id: fake.team.id,
        api_app_id: 'A0001',
        event,
        type: 'event_callback',
        event_id: send.eventId ?? fake.nextId('Ev'),
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: fake.team.id, user_id: fake.bot.userId, is_bot: true }],
      });
      return post(body, { ...send, contentType: 'application/json' });
    },
    async stop() {
      await app.stop();
      if (!shared) await fake.stop();
    },
  };
}

/** A click on the button labelled `label` (or carrying `command`) of a posted message. */
export function clickPayload(
  fake: FakeSlack,
  message: { blocks: Payload[]; channel?: string; ts?: string },
  pick: { label?: string; command?: string },
  user: FakeUser,
  ids: { triggerId?: string; actionTs?: string; responseUrl?: string } = {},
): Payload {
  const buttons = message.blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as Payload[])
    .filter((e) => e.type === 'button');
  const button = buttons.find((b) => (pick.label ? b.text.text === pick.label : b.value === pick.command));
  if (!button) throw new Error(`no button ${pick.label ?? pick.command}`);
  const channel = message.channel ?? CHANNEL;
  return {
    type: 'block_actions',
    user: { id: user.id, username: user.name, name: user.name, team_id: user.teamId ?? fake.team.id },
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: message.ts ?? '1.1', channel_id: channel, is_ephemeral: false },
    trigger_id: ids.triggerId ?? fake.nextId('trigger-'),
    team: { id: user.teamId ?? fake.team.id, domain: 'cergy' },
    channel: { id: channel, name: 'general' },
    message: { type: 'message', ts: message.ts ?? '1.1', blocks: message.blocks },
    response_url: ids.responseUrl ?? fake.newResponseUrl(),
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: button.text,
        value: button.value,
        action_ts: ids.actionTs ?? `${Date.now() / 1000}`,
      },
    ],
  };
}

/** A modal submission of `view` (as views.open received it) with the given field values. */
export function submissionPayload(
  fake: FakeSlack,
  view: Payload,
  values: Record<string, string>,
  user: FakeUser,
  ids: { viewId?: string; triggerId?: string } = {},
): Payload {
  const state: Payload = {};
  for (const block of view.blocks as Payload[]) {
    state[block.block_id] = { value: { type: 'plain_text_input', value: values[block.block_id] ?? null } };
  }
  return {
    type: 'view_submission',
    team: { id: fake.team.id, domain: 'cergy' },
    user: { id: user.id, username: user.name, name: user.name, team_id: user.teamId ?? fake.team.id },
    api_app_id: 'A0001',
    token: 'deprecated-verification-token',
    trigger_id: ids.triggerId ?? fake.nextId('trigger-'),
    view: {
      ...view,
      id: ids.viewId ?? 'V0001',
      team_id: fake.team.id,
      state: { values: state },
      hash: 'h1',
      app_id: 'A0001',
      bot_id: fake.bot.botId,
    },
    response_urls: [],
  };
}
