// The Slack bot as test/slack/slack-bot.ts starts it (configuration → startApp → the real
// Bolt app over HTTP, against the fake Slack), its core watched, and signed deliveries of
// any body: the fuzz tests send Slack's three kinds of interaction with hostile contents.
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Database } from '../../db/client.ts';
import { parseConfig } from '../../src/config.ts';
import { type RunningApp, slackOptions, startApp } from '../../src/main.ts';
import { FakeSlack } from '../slack/fake-slack.ts';
import { SIGNING_SECRET, signature, USERS } from '../slack/slack-bot.ts';
import { RecordingLogger } from '../support/fakes.ts';
import { type WatchedCore, watchCore } from './watched-core.ts';

const SECRET = 'test-secret-of-at-least-thirty-two-characters';

export interface FuzzSlackBot {
  fake: FakeSlack;
  app: RunningApp;
  logger: RecordingLogger;
  watched: WatchedCore;
  /** Posts a body signed as Slack signs it; answers the HTTP status and body. */
  send(body: string, contentType?: string): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

export async function startFuzzSlackBot(db: Database): Promise<FuzzSlackBot> {
  const fake = await FakeSlack.start();
  for (const user of Object.values(USERS)) fake.addUser(user);
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    MAILLAGE_SECRET: SECRET,
    LOG_LEVEL: 'warn',
  });
  if (!parsed.ok) throw new Error(parsed.error.join('; '));
  const logger = new RecordingLogger();
  let watched: WatchedCore | undefined;
  const app = await startApp({
    config: parsed.value,
    db,
    secret: SECRET,
    logger,
    processId: 'slack-fuzz',
    ticker: false,
    host: '127.0.0.1',
    adapters: async (parts) => {
      watched = watchCore(parts.core);
      return [
        createSlackAdapter({
          ...slackOptions(parts),
          core: watched.core,
          retryConfig: { retries: 0, factor: 1, minTimeout: 10, maxTimeout: 10 },
        }),
      ];
    },
  });
  if (!watched) throw new Error('the Slack adapter was not built');
  const base = `http://127.0.0.1:${app.port()}/slack/events`;
  return {
    fake,
    app,
    logger,
    watched,
    async send(body, contentType = 'application/x-www-form-urlencoded') {
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(body, timestamp),
      };
      const response = await fetch(base, { method: 'POST', headers, body });
      return { status: response.status, body: await response.text() };
    },
    async stop() {
      await app.stop();
      await fake.stop();
    },
  };
}
