// The baseline of the Slack parts: a bare Bolt app, nothing of Maillage — Bolt's HTTPReceiver
// on /slack/events with the same signing secret, `/coop` and any button acknowledged at once,
// then a constant answer posted to the response_url (with fetch, as Maillage's responder).
// Run as a process of its own: `node --import tsx bench/load/bare-bolt.ts`, with PORT,
// SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_API_URL; prints `ready` once listening.
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const receiver = new HTTPReceiver({
  signingSecret: env('SLACK_SIGNING_SECRET'),
  endpoints: '/slack/events',
  logLevel: LogLevel.WARN,
});
const app = new App({
  token: env('SLACK_BOT_TOKEN'),
  receiver,
  logLevel: LogLevel.WARN,
  clientOptions: { slackApiUrl: env('SLACK_API_URL') },
  deferInitialization: true,
});

async function answer(url: string | undefined): Promise<void> {
  if (!url) return;
  await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: 'ok' }),
  });
}

app.command('/coop', async ({ ack, command }) => {
  await ack();
  await answer(command.response_url);
});
app.action(/.*/, async ({ ack, body }) => {
  await ack();
  await answer('response_url' in body ? body.response_url : undefined);
});

await app.init();
await app.start({ port: Number(env('PORT')), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void app.stop().finally(() => process.exit(143));
});
