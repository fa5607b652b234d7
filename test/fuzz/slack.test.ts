// The Slack adapter fed hostile deliveries over real HTTP, signed as Slack signs them:
// slash commands, forged clicks and forged modal submissions. Every delivery is answered
// 200 (or 401 when unsigned), nothing crashes, a refused input writes nothing, and nothing
// the bot sent to Slack — posts, updates, ephemeral answers, modals — holds an unescaped
// `<`, the start of a broadcast, a user group, a mention or a link.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { escapeSlack } from '../../adapters/slack/slack-text.ts';
import type { Reply } from '../../src/core/core.ts';
import { blockProblems, type FakeUser } from '../slack/fake-slack.ts';
import { commandPayload, USERS, until } from '../slack/slack-bot.ts';
import { describeDatabases } from '../support/databases.ts';
import { rowCounts } from '../support/row-counts.ts';
import { fastCounts } from './fast-counts.ts';
import { HOSTILE_SETUP } from './fuzz-network.ts';
import { slackPings } from './platform-checks.ts';
import { FUZZ_RUNS, RunCounter, saltOf, settings } from './settings.ts';
import { type FuzzSlackBot, startFuzzSlackBot } from './slack-fuzz-bot.ts';
import {
  click,
  clickPayload,
  slackUser,
  slashText,
  submission,
  submissionPayload,
} from './slack-payloads.ts';

const form = (payload: object) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
const OUTPUT_METHODS = [
  'chat.postMessage',
  'chat.update',
  'chat.postEphemeral',
  'views.open',
  'views.update',
];

describeDatabases('fuzzed Slack deliveries', (database) => {
  let bot: FuzzSlackBot;
  let networkId = '';
  let checkedCalls = 0;
  let checkedResponses = 0;
  const counter = new RunCounter();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  let startedAt = 0;

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    bot = await startFuzzSlackBot(database().db);
    startedAt = performance.now();
    // Stored texts that are hostile, for lists and views to echo back.
    for (const text of ['aide', ...HOSTILE_SETUP]) await command(escapeSlack(text), USERS.alice);
    const { network } = await bot.app.core.enter({
      platform: 'slack',
      space: { externalId: bot.fake.team.id, name: bot.fake.team.name },
      user: { externalId: USERS.alice.id, displayName: 'Alice Martin', isPlatformAdmin: true },
    });
    networkId = network.id;
    // The one-query counts the properties use are the shared helper's.
    expect(await fastCounts(database().db, networkId)).toEqual(await rowCounts(database().db, networkId));
  }, 60_000);
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    counter.print(`Slack deliveries [${database().kind}]`, startedAt);
    await bot?.stop();
  });

  /** The core's reply to the delivery just sent, once it gave one (or `undefined` when none is due). */
  async function replyAfter(before: number, done: () => boolean): Promise<Reply | undefined> {
    await until(() => bot.watched.replies.length > before || done(), 10_000);
    return bot.watched.replies[before];
  }

  async function command(text: string, user: FakeUser = USERS.alice) {
    const before = bot.watched.replies.length;
    const { fields, triggerId, responseUrl } = commandPayload(bot.fake, text, { user });
    const answer = await bot.send(new URLSearchParams(fields).toString());
    const opened = () => bot.fake.callsOf('views.open').some((c) => c.params.trigger_id === triggerId);
    const answered = () => bot.fake.responsesTo(responseUrl).length > 0;
    return { answer, reply: await replyAfter(before, () => opened() || answered()) };
  }

  /** Every Slack call and response_url body since the last check: accepted, and pinging nobody. */
  function checkOutput(): void {
    for (const call of bot.fake.calls.slice(checkedCalls)) {
      if (!OUTPUT_METHODS.includes(call.method)) continue;
      expect(call.answer?.ok, `${call.method}: ${JSON.stringify(call.answer)}`).toBe(true);
      expect(slackPings(call.params)).toEqual([]);
    }
    checkedCalls = bot.fake.calls.length;
    for (const response of bot.fake.responses.slice(checkedResponses)) {
      expect(slackPings(response.body)).toEqual([]);
      expect(blockProblems(response.body.blocks)).toEqual([]);
    }
    checkedResponses = bot.fake.responses.length;
  }

  function checkLogs(from: number): void {
    const errors = bot.logger.entries.slice(from).filter((e) => e.level === 'error');
    expect(errors.map((e) => ({ message: e.message, ...e.context }))).toEqual([]);
  }

  /** Runs one delivery: no crash, no error logged, nothing written when refused. */
  async function deliver(label: string, send: () => Promise<Reply | undefined>): Promise<void> {
    const { db } = database();
    const counts = await fastCounts(db, networkId);
    const logged = bot.logger.entries.length;
    const reply = await send();
    counter.add(label, reply !== undefined && !reply.failed);
    if (reply?.failed) expect(await fastCounts(db, networkId)).toEqual(counts);
    checkLogs(logged);
    checkOutput();
  }

  it('answers hostile slash commands with 200, and what it sends pings nobody', async () => {
    const property = fc.asyncProperty(slashText, slackUser, async (text, user) => {
      await deliver('slash commands', async () => {
        const { answer, reply } = await command(text, user);
        expect(answer).toEqual({ status: 200, body: '' });
        return reply;
      });
    });
    await fc.assert(property, settings(FUZZ_RUNS, saltOf('slack-command')));
  }, 180_000);

  it('answers forged clicks with 200, from anyone, whatever they claim to run', async () => {
    let last = { trigger: 'trigger-0', ts: '1.0' };
    const property = fc.asyncProperty(click, async (input) => {
      await deliver('clicks', async () => {
        const ids = input.replay
          ? last
          : { trigger: bot.fake.nextId('trigger-'), ts: `${Date.now() / 1000}` };
        last = ids;
        const before = bot.watched.replies.length;
        const payload = clickPayload(bot.fake, input, ids);
        const answer = await bot.send(form(payload));
        expect(answer.status).toBe(200);
        const runs = input.type !== 'overflow' && input.value !== undefined;
        if (!runs) return undefined;
        const opened = () => bot.fake.callsOf('views.open').some((c) => c.params.trigger_id === ids.trigger);
        return replyAfter(before, opened);
      });
    });
    await fc.assert(property, settings(Math.ceil(FUZZ_RUNS / 2), saltOf('slack-click')));
  }, 180_000);

  it('answers forged modal submissions with 200, keeping the modal open on errors', async () => {
    const property = fc.asyncProperty(submission, async (input) => {
      await deliver('modal submissions', async () => {
        const before = bot.watched.replies.length;
        const answer = await bot.send(form(submissionPayload(bot.fake, input)));
        expect(answer.status).toBe(200);
        if (answer.body !== '') {
          const body = JSON.parse(answer.body) as { response_action: string; errors: Record<string, string> };
          expect(body.response_action).toBe('errors');
          for (const error of Object.values(body.errors)) expect(error.length).toBeLessThanOrEqual(2000);
        }
        return bot.watched.replies[before];
      });
    });
    await fc.assert(property, settings(Math.ceil(FUZZ_RUNS / 2), saltOf('slack-modal')));
  }, 180_000);

  it('refuses an unsigned or wrongly signed delivery with 401, running nothing', async () => {
    const before = bot.watched.replies.length;
    const { fields } = commandPayload(bot.fake, 'config nom "<!channel>"');
    const body = new URLSearchParams(fields).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(`http://127.0.0.1:${bot.app.port()}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': `v0=${'0'.repeat(64)}`,
      },
      body,
    });
    expect(response.status).toBe(401);
    expect(bot.watched.replies.length).toBe(before);
  });

  it('leaves a click on an action that is not Maillage’s to Bolt (404 after 3 s), never a 500', async () => {
    const before = bot.watched.replies.length;
    const input = {
      user: USERS.alice,
      type: 'button' as const,
      value: 'config nom "<!channel>"',
      actionId: 'autre:1',
      channel: 'C0GENERAL',
      replay: false,
    };
    const answer = await bot.send(
      form(clickPayload(bot.fake, input, { trigger: bot.fake.nextId('trigger-'), ts: '2.0' })),
    );
    expect(answer.status).toBe(404);
    expect(bot.watched.replies.length).toBe(before);
  });

  it('sent nothing that pings once everything settled, and left no promise rejected unhandled', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    checkOutput();
    expect(rejections).toEqual([]);
    expect(bot.fake.calls.filter((c) => OUTPUT_METHODS.includes(c.method)).length).toBeGreaterThan(0);
  });
});
