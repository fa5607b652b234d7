// The same Slack scenario over Socket Mode: the bot opens its websocket through
// apps.connections.open at SLACK_API_URL (with the app-level token), Slack's envelopes
// are acknowledged on the socket, and /healthz is served on PORT by the bare server.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { rowCounts } from '../support/row-counts.ts';
import type { Payload } from './fake-slack.ts';
import {
  blocksText,
  CHANNEL,
  clickPayload,
  commandPayload,
  type SlackBot,
  startSlackBot,
  submissionPayload,
  USERS,
  until,
} from './slack-bot.ts';

describeDatabases('Slack adapter in Socket Mode', (database) => {
  let bot: SlackBot;
  beforeEach(async () => {
    bot = await startSlackBot(database().db, { mode: 'socket' });
  });
  afterEach(async () => {
    await bot.stop();
  });

  const posts = () => bot.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === CHANNEL);
  const ackOf = (envelopeId: string) => until(() => bot.fake.acks.get(envelopeId));

  it('connects with the app token through SLACK_API_URL and serves /healthz on PORT', async () => {
    const open = bot.fake.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe('xapp-fake-app-token');
    expect(bot.fake.socketCount).toBe(1);
    expect(bot.app.adapters[0]?.listening).toBeUndefined();
    const health = await fetch(`http://127.0.0.1:${bot.app.port()}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', parts: { slack: true, database: true } });
  });

  it('runs a poll: slash command, clicks from two users, a replay, an update, a form with an error', async () => {
    const { fields, responseUrl } = commandPayload(
      bot.fake,
      'sondage "Forum emploi en mai ?" "Oui" "Non" public',
    );
    const created = bot.fake.sendEnvelope('slash_commands', fields);
    expect(await ackOf(created)).toEqual({});
    const call = await until(() => posts()[0]);
    expect(call.token).toBe('xoxb-fake-bot-token');
    const live = { blocks: call.params.blocks as Payload[], channel: CHANNEL, ts: String(call.answer?.ts) };
    expect((await until(() => bot.fake.responsesTo(responseUrl)[0])).body.response_type).toBe('ephemeral');

    for (const [user, label] of [
      [USERS.marie, 'Oui'],
      [USERS.jean, 'Non'],
    ] as const) {
      const click = clickPayload(bot.fake, live, { label }, user);
      await ackOf(bot.fake.sendEnvelope('interactive', click));
      const answer = await until(() => bot.fake.responsesTo(click.response_url)[0]);
      expect(blocksText(answer.body)).toContain('Vote enregistré');
    }
    const update = await until(
      () => bot.fake.callsOf('chat.update').find((u) => blocksText(u.params).includes('2 participants')),
      6000,
    );
    expect(update.params.ts).toBe(live.ts);

    // The same slash command delivered again (same trigger): nothing runs twice.
    const replay = bot.fake.sendEnvelope('slash_commands', fields, {
      retry_attempt: 1,
      retry_reason: 'timeout',
    });
    await ackOf(replay);
    await until(() => bot.logger.entries.some((e) => e.message.startsWith('delivery already handled')));
    expect(posts()).toHaveLength(1);
    expect((await rowCounts(database().db, await bot.networkId())).polls).toBe(1);

    // A modal: opened by `sondage` alone, refused with the error next to the field.
    const form = commandPayload(bot.fake, 'sondage');
    await ackOf(bot.fake.sendEnvelope('slash_commands', form.fields));
    const view = (await until(() => bot.fake.callsOf('views.open')[0])).params.view as Payload;
    const values = { question: 'Q ?', options: 'Une seule option', deadline: '', settings: '' };
    const refused = await ackOf(
      bot.fake.sendEnvelope('interactive', submissionPayload(bot.fake, view, values, USERS.alice)),
    );
    expect(refused.response_action).toBe('errors');
    expect(Object.keys(refused.errors)).toEqual(['options']);
  });

  it('answers a mention in its thread', async () => {
    const event = {
      type: 'app_mention',
      user: USERS.alice.id,
      text: '<@UBOT0001>',
      ts: '1700000200.000100',
      channel: CHANNEL,
    };
    const envelope = bot.fake.sendEnvelope('events_api', {
      team_id: bot.fake.team.id,
      api_app_id: 'A0001',
      event,
      type: 'event_callback',
      event_id: 'Ev0SOCKET1',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: bot.fake.team.id, user_id: bot.fake.bot.userId, is_bot: true }],
    });
    await ackOf(envelope);
    const reply = await until(() => posts()[0]);
    expect(reply.params.thread_ts).toBe('1700000200.000100');
    expect(reply.params.text).toContain('/coop aide');
  });
});
