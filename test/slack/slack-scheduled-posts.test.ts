// The scheduler's port on Slack (publisher.post / .direct / .directGroup) against the fake: a
// post named by an idempotency key carries message metadata; with the history scopes the
// channel's last day is looked up first and parts already there are not posted again;
// without them (an app installed before the manifest asked for them) the post goes ahead
// unchecked. Long digests are
// split within Slack's limits; failures are sorted into what the scheduler can act on.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { POST_EVENT_TYPE } from '../../adapters/slack/publisher.ts';
import { fields, header, publicMessage, text } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import type { Publisher } from '../../src/core/ports.ts';
import { describeDatabases } from '../support/databases.ts';
import { blockProblems, type Payload } from './fake-slack.ts';
import { blocksText, type SlackBot, startSlackBot, USERS } from './slack-bot.ts';

const digest = (n: number) =>
  publicMessage(header(`Diagnostic de la semaine ${n}`), text('*Activité* : 12 échanges (+3).'));

/** A digest far beyond one Slack message: 60 long texts and 30 long fields. */
const hugeDigest = () =>
  publicMessage(
    header('Diagnostic permanent'),
    ...Array.from({ length: 60 }, (_, i) => text(`Section ${i} ${'é'.repeat(5000)}`)),
    fields(Array.from({ length: 30 }, (_, i) => ({ label: `Structure ${i}`, value: 'x'.repeat(5000) }))),
  );

let channels = 0;
const newChannel = () => `CDIGEST${++channels}`;

describeDatabases('Slack scheduled posts', (database) => {
  let bot: SlackBot;
  let publisher: Publisher;
  let space: Space;
  beforeAll(async () => {
    bot = await startSlackBot(database().db);
    const adapter = bot.app.adapters.find((a) => a.platform === 'slack');
    if (!adapter) throw new Error('no Slack adapter');
    publisher = adapter.publisher;
    space = {
      id: 'space',
      networkId: 'network',
      platform: 'slack',
      externalId: bot.fake.team.id,
      name: null,
      removedAt: null,
    };
  });
  afterAll(async () => {
    await bot?.stop();
  });
  beforeEach(() => {
    bot.fake.historyScopes = false;
  });

  const postsTo = (channel: string) =>
    bot.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);
  const lookups = (channel: string) =>
    bot.fake.calls.filter((c) => c.method.startsWith('conversations.') && c.params.channel === channel);

  it('with the history scopes, posts a keyed message once; another key posts again', async () => {
    bot.fake.historyScopes = true;
    const channel = newChannel();
    const key = 'digest:0b6f4a1e-0000-4000-8000-000000000001:2025-06-02T07:00:00.000Z';
    const once = await publisher.post(space, channel, digest(1), 'fr', { idempotencyKey: key });
    const again = await publisher.post(space, channel, digest(1), 'fr', { idempotencyKey: key });
    expect(bot.fake.messagesIn(channel)).toHaveLength(1);
    // Both answer where the one message is (`channel:ts`), for the core to store.
    const ref = `${channel}:${bot.fake.messagesIn(channel)[0]?.ts}`;
    expect([once, again]).toEqual([
      { ok: true, ref },
      { ok: true, ref },
    ]);
    expect(postsTo(channel)).toHaveLength(1);
    expect(postsTo(channel)[0]?.params.metadata).toEqual({
      event_type: POST_EVENT_TYPE,
      event_payload: { key, part: 0, parts: 1 },
    });
    const lookup = lookups(channel)[1];
    expect(lookup?.method).toBe('conversations.history');
    expect(lookup?.params).toMatchObject({ include_all_metadata: 'true', limit: '50' });
    expect(Number(lookup?.params.oldest)).toBeGreaterThan(Date.now() / 1000 - 86_400 - 60);

    const next = 'digest:0b6f4a1e-0000-4000-8000-000000000001:2025-06-09T07:00:00.000Z';
    expect(await publisher.post(space, channel, digest(2), 'fr', { idempotencyKey: next })).toMatchObject({
      ok: true,
    });
    expect(bot.fake.messagesIn(channel).map((m) => blocksText(m))).toEqual([
      expect.stringContaining('semaine 1'),
      expect.stringContaining('semaine 2'),
    ]);
  });

  it('ignores a message with the same key posted by another app', async () => {
    bot.fake.historyScopes = true;
    const channel = newChannel();
    const key = 'digest:foreign';
    bot.fake.messages.set(channel, [
      {
        channel,
        ts: `${Math.floor(Date.now() / 1000)}.000001`,
        text: 'pas nous',
        blocks: [],
        bot_id: 'BOTHER01',
        app_id: 'AOTHER',
        metadata: { event_type: POST_EVENT_TYPE, event_payload: { key, part: 0, parts: 1 } },
      },
    ]);
    await publisher.post(space, channel, digest(3), 'fr', { idempotencyKey: key });
    expect(postsTo(channel)).toHaveLength(1);
  });

  it('without the history scopes (an older install), posts unchecked: the window that remains', async () => {
    const channel = newChannel();
    const key = 'digest:unchecked';
    await publisher.post(space, channel, digest(4), 'fr', { idempotencyKey: key });
    await publisher.post(space, channel, digest(4), 'fr', { idempotencyKey: key });
    expect(lookups(channel).map((c) => c.answer?.error)).toEqual(['missing_scope', 'missing_scope']);
    // Each post still carries its key, for anyone who adds the scopes later.
    expect(postsTo(channel).map((c) => c.params.metadata?.event_payload?.key)).toEqual([key, key]);
    expect(bot.fake.messagesIn(channel)).toHaveLength(2);
    expect(bot.logger.entries.some((e) => e.message.startsWith('cannot look for an earlier post'))).toBe(
      true,
    );
  });

  it('does not post blind when the lookup fails for a while: unavailable, retried later', async () => {
    bot.fake.historyScopes = true;
    const channel = newChannel();
    bot.fake.failNext('conversations.history', { error: 'fatal_error' });
    expect(await publisher.post(space, channel, digest(5), 'fr', { idempotencyKey: 'digest:later' })).toEqual(
      {
        ok: false,
        reason: 'unavailable',
      },
    );
    expect(postsTo(channel)).toHaveLength(0);
  });

  it('posts without metadata nor lookup when no key is given', async () => {
    const channel = newChannel();
    await publisher.post(space, channel, digest(6), 'fr');
    expect(lookups(channel)).toHaveLength(0);
    expect(postsTo(channel)[0]?.params.metadata).toBeUndefined();
  });

  it('splits a long digest within Slack’s limits and, retried after a failure halfway, posts only what is missing', async () => {
    bot.fake.historyScopes = true;
    const channel = newChannel();
    const key = 'digest:huge';
    // The second part fails (Slack down); the scheduler retries the run later.
    bot.fake.failNext('chat.postMessage', { error: 'fatal_error' }, 1, 1);
    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(bot.fake.messagesIn(channel)).toHaveLength(1);
    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    const posted = bot.fake.messagesIn(channel);
    expect(posted.length).toBeGreaterThan(2);
    // The fake refuses (invalid_blocks) what Slack refuses: every part it kept passed.
    const parts = posted.map((m) => (m.metadata as Payload).event_payload);
    expect(parts.map((p) => p.part)).toEqual(posted.map((_, i) => i));
    expect(parts.every((p) => p.parts === posted.length && p.key === key)).toBe(true);
    for (const m of posted) expect(m.blocks.length).toBeLessThanOrEqual(50);
    const all = posted.map((m) => blocksText(m)).join('\n');
    for (const i of [0, 30, 59]) expect(all).toContain(`Section ${i} `);
    expect(all).toContain('Structure 29');

    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    expect(bot.fake.messagesIn(channel)).toHaveLength(posted.length);
  });

  it('has a fake that refuses the Block Kit Slack refuses', () => {
    const section = (t: string) => ({ type: 'section', text: { type: 'mrkdwn', text: t } });
    expect(blockProblems(Array.from({ length: 51 }, () => section('a')))).toEqual(['51 blocks (max 50)']);
    expect(blockProblems([section('a'.repeat(3001))])).toHaveLength(1);
    const field = { type: 'mrkdwn', text: 'f' };
    expect(
      blockProblems([{ type: 'section', fields: Array.from({ length: 11 }, () => field) }]),
    ).toHaveLength(1);
    expect(
      blockProblems([{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2001) }] }]),
    ).toHaveLength(1);
    expect(blockProblems([section('a'.repeat(3000)), { type: 'divider' }])).toEqual([]);
  });

  it('sorts failures: the bot kept out → no-access, no channel → no-channel, Slack failing → unavailable', async () => {
    const closed = newChannel();
    bot.fake.closedChannels.add(closed);
    expect(await publisher.post(space, closed, digest(7), 'fr', { idempotencyKey: 'k1' })).toEqual({
      ok: false,
      reason: 'no-access',
    });
    const archived = newChannel();
    bot.fake.archivedChannels.add(archived);
    expect(await publisher.post(space, archived, digest(7), 'fr', { idempotencyKey: 'k2' })).toEqual({
      ok: false,
      reason: 'no-access',
    });
    // Slack says channel_not_found for a private channel the bot was not invited to, too.
    bot.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    expect(await publisher.post(space, newChannel(), digest(7), 'fr')).toEqual({
      ok: false,
      reason: 'no-access',
    });
    expect(await publisher.post(space, null, digest(7), 'fr')).toEqual({ ok: false, reason: 'no-channel' });
    bot.fake.failNext('chat.postMessage', { error: 'fatal_error' });
    expect(await publisher.post(space, newChannel(), digest(7), 'fr')).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('sends a private message, and says why it could not', async () => {
    expect(await publisher.direct(space, USERS.jean.id, digest(8), 'fr')).toEqual({ ok: true });
    const dm = bot.fake.messagesIn(`D${USERS.jean.id.slice(1)}`);
    expect(dm.map((m) => blocksText(m))).toEqual([expect.stringContaining('semaine 8')]);
    // Whoever cannot be written to privately, whatever Slack says why: no-access.
    for (const error of [
      'user_not_found',
      'user_disabled',
      'cannot_dm_bot',
      'messages_tab_disabled',
      'channel_not_found',
    ]) {
      bot.fake.failNext('chat.postMessage', { error });
      expect(await publisher.direct(space, 'UNOBODY1', digest(8), 'fr')).toEqual({
        ok: false,
        reason: 'no-access',
      });
    }
    const gone = bot.fake.addUser({ id: 'UGONE001', name: 'gone', displayName: 'Parti' });
    bot.fake.closeDms(gone.id);
    expect(await publisher.direct(space, gone.id, digest(8), 'fr')).toEqual({
      ok: false,
      reason: 'no-access',
    });
    bot.fake.failNext('chat.postMessage', { error: 'fatal_error' });
    expect(await publisher.direct(space, USERS.marie.id, digest(8), 'fr')).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('writes to several people in one group DM, and says why it could not', async () => {
    const directGroup = publisher.directGroup?.bind(publisher);
    if (!directGroup) throw new Error('the Slack publisher has no directGroup');
    const people = [USERS.marie.id, USERS.sam.id];
    expect(await directGroup(space, people, digest(9), 'fr')).toEqual({ ok: true });
    const opened = bot.fake.callsOf('conversations.open').at(-1);
    expect(opened?.params.users).toBe(people.join(','));
    const group = String(opened?.answer?.channel?.id);
    expect(group).toMatch(/^G/);
    expect(bot.fake.groupDms.get(group)).toEqual(people);
    expect(bot.fake.messagesIn(group).map((m) => blocksText(m))).toEqual([
      expect.stringContaining('semaine 9'),
    ]);
    // The same people again: Slack resumes the same conversation.
    expect(await directGroup(space, [...people].reverse(), digest(10), 'fr')).toEqual({ ok: true });
    expect(bot.fake.messagesIn(group)).toHaveLength(2);

    // A rate limit is waited out as Slack asks.
    bot.fake.failNext('conversations.open', { status: 429, retryAfter: 1 });
    expect(await directGroup(space, people, digest(11), 'fr')).toEqual({ ok: true });
    expect(bot.fake.messagesIn(group)).toHaveLength(3);

    // Someone who cannot be reached, the app without mpim:write: no-access (the core then
    // writes to each person); Slack failing: unavailable.
    const left = bot.fake.addUser({ id: 'ULEFT001', name: 'left', displayName: 'Partie' });
    bot.fake.closeDms(left.id);
    expect(await directGroup(space, [USERS.marie.id, left.id], digest(12), 'fr')).toEqual({
      ok: false,
      reason: 'no-access',
    });
    bot.fake.groupDmError = 'missing_scope';
    try {
      expect(await directGroup(space, people, digest(12), 'fr')).toEqual({ ok: false, reason: 'no-access' });
    } finally {
      bot.fake.groupDmError = undefined;
    }
    bot.fake.failNext('chat.postMessage', { error: 'fatal_error' });
    expect(await directGroup(space, people, digest(12), 'fr')).toEqual({ ok: false, reason: 'unavailable' });
    expect(bot.fake.messagesIn(group)).toHaveLength(3);
  });
});
