// The scheduler's port on Discord (publisher.post / publisher.direct) against the fake:
// a post named by an idempotency key carries one nonce per part with enforce_nonce, so a
// repeated post (the scheduler retrying, discord.js retrying a lost answer) creates no
// second message; long digests are split within Discord's limits; failures are sorted
// into what the scheduler can act on.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NONCE_LENGTH, nonceOf } from '../../adapters/discord/publisher.ts';
import { fields, header, publicMessage, text } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import type { Publisher } from '../../src/core/ports.ts';
import { describeDatabases } from '../support/databases.ts';
import { nextId } from './fake-discord.ts';
import { type Interactions, newMember } from './fixtures.ts';
import { type Bot, startBot, textOf } from './harness.ts';

type Json = Record<string, unknown>;

const digest = (n: number) =>
  publicMessage(header(`Diagnostic de la semaine ${n}`), text('**Activité** : 12 échanges (+3).'));

/** A digest far beyond one Discord message: 60 long texts and 30 long fields. */
const hugeDigest = () =>
  publicMessage(
    header('Diagnostic permanent'),
    ...Array.from({ length: 60 }, (_, i) => text(`Section ${i} ${'é'.repeat(5000)}`)),
    fields(Array.from({ length: 30 }, (_, i) => ({ label: `Structure ${i}`, value: 'x'.repeat(5000) }))),
  );

describeDatabases('Discord scheduled posts', (database) => {
  let bot: Bot;
  let g: Interactions;
  let publisher: Publisher;
  let space: Space;
  beforeAll(async () => {
    bot = await startBot(database().db);
    g = await bot.newGuild();
    const adapter = bot.app.adapters.find((a) => a.platform === 'discord');
    if (!adapter) throw new Error('no Discord adapter');
    publisher = adapter.publisher;
    space = {
      id: 'space',
      networkId: 'network',
      platform: 'discord',
      externalId: g.guild.id,
      name: null,
      removedAt: null,
    };
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const channelPosts = (channelId: string) =>
    bot.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);

  it('posts a keyed message once: the same key again returns the first message, another key posts', async () => {
    const channel = nextId();
    const key = 'digest:0b6f4a1e-0000-4000-8000-000000000001:2025-06-02T07:00:00.000Z';
    const once = await publisher.post(space, channel, digest(1), 'fr', { idempotencyKey: key });
    const again = await publisher.post(space, channel, digest(1), 'fr', { idempotencyKey: key });
    expect(bot.fake.messagesIn(channel)).toHaveLength(1);
    // Both answer where the one message is, for the core to store.
    const ref = `${channel}:${bot.fake.messagesIn(channel)[0]?.id}`;
    expect([once, again]).toEqual([
      { ok: true, ref },
      { ok: true, ref },
    ]);
    const [first, second] = channelPosts(channel);
    const body = first?.body as Json;
    expect(body.nonce).toBe(nonceOf(key, 0));
    expect(String(body.nonce).length).toBeLessThanOrEqual(NONCE_LENGTH);
    expect(body.enforce_nonce).toBe(true);
    expect(((second?.response ?? {}) as Json).id).toBe(((first?.response ?? {}) as Json).id);

    const next = 'digest:0b6f4a1e-0000-4000-8000-000000000001:2025-06-09T07:00:00.000Z';
    expect(await publisher.post(space, channel, digest(2), 'fr', { idempotencyKey: next })).toMatchObject({
      ok: true,
    });
    expect(bot.fake.messagesIn(channel).map((m) => textOf(m))).toEqual([
      expect.stringContaining('semaine 1'),
      expect.stringContaining('semaine 2'),
    ]);
  });

  it('posts without a nonce when no key is given (each call is a new message)', async () => {
    const channel = nextId();
    await publisher.post(space, channel, digest(3), 'fr');
    await publisher.post(space, channel, digest(3), 'fr');
    expect(bot.fake.messagesIn(channel)).toHaveLength(2);
    expect(channelPosts(channel).every((c) => (c.body as Json).nonce === undefined)).toBe(true);
  });

  it('creates one message when Discord created it but the answer was lost (discord.js retries, same nonce)', async () => {
    const channel = nextId();
    bot.fake.loseNextAnswer('POST', new RegExp(`^/channels/${channel}/messages$`));
    const outcome = await publisher.post(space, channel, digest(4), 'fr', { idempotencyKey: 'digest:lost' });
    expect(outcome).toMatchObject({ ok: true });
    expect(channelPosts(channel).length).toBeGreaterThanOrEqual(2);
    expect(bot.fake.messagesIn(channel)).toHaveLength(1);
  });

  it('is protected only within Discord’s nonce window: once forgotten, the same key posts again', async () => {
    const channel = nextId();
    await publisher.post(space, channel, digest(5), 'fr', { idempotencyKey: 'digest:window' });
    bot.fake.forgetNonces();
    await publisher.post(space, channel, digest(5), 'fr', { idempotencyKey: 'digest:window' });
    expect(bot.fake.messagesIn(channel)).toHaveLength(2);
  });

  it('looks in the channel before a retry: a post whose nonce Discord forgot is not posted again', async () => {
    const channel = nextId();
    const key = 'digest:retry-after-window';
    await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key });
    const parts = bot.fake.messagesIn(channel).length;
    bot.fake.forgetNonces();
    expect(
      await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key, retry: true }),
    ).toMatchObject({ ok: true });
    expect(bot.fake.messagesIn(channel)).toHaveLength(parts);
    const read = bot.fake.calls.filter(
      (c) => c.method === 'GET' && c.path === `/channels/${channel}/messages`,
    );
    expect(read.map((c) => c.query.get('limit'))).toEqual(['100']);
    // Without Read Message History, Discord lists nothing: the retry posts again.
    bot.fake.hideHistory(channel);
    await publisher.post(space, channel, digest(5), 'fr', { idempotencyKey: 'digest:hidden' });
    bot.fake.forgetNonces();
    await publisher.post(space, channel, digest(5), 'fr', { idempotencyKey: 'digest:hidden', retry: true });
    expect(bot.fake.messagesIn(channel)).toHaveLength(parts + 2);
  });

  it('gives a rate limit back at once with Discord’s wait, instead of waiting it out', async () => {
    const channel = nextId();
    bot.fake.rateLimitFor('POST', new RegExp(`^/channels/${channel}/messages$`), 65, 60_000);
    const started = Date.now();
    const outcome = await publisher.post(space, channel, digest(6), 'fr', {
      idempotencyKey: 'digest:limited',
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(outcome).toEqual({ ok: false, reason: 'unavailable', retryAfterMs: expect.any(Number) });
    expect((outcome as { retryAfterMs: number }).retryAfterMs).toBeGreaterThanOrEqual(65_000);
    expect(bot.fake.messagesIn(channel)).toHaveLength(0);
  });

  it('splits a long digest within Discord’s limits, one nonce per part, and never posts a part twice', async () => {
    const channel = nextId();
    const key = 'digest:huge';
    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    const posted = bot.fake.messagesIn(channel);
    expect(posted.length).toBeGreaterThan(1);
    // The fake refuses (400, 50035) any message beyond Discord's limits: every part passed.
    expect(channelPosts(channel).every((c) => c.status === 200)).toBe(true);
    const nonces = channelPosts(channel).map((c) => (c.body as Json).nonce);
    expect(new Set(nonces).size).toBe(posted.length);
    expect(nonces).toEqual(posted.map((_, i) => nonceOf(key, i)));
    const all = posted.map((m) => textOf(m)).join('\n');
    for (const i of [0, 30, 59]) expect(all).toContain(`Section ${i} `);
    expect(all).toContain('Structure 29');

    // A retry of the whole post after the second part failed: nothing new.
    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    expect(bot.fake.messagesIn(channel)).toHaveLength(posted.length);
  });

  it('posts a long plain text as contents of at most 2,000 characters', async () => {
    const channel = nextId();
    const message = publicMessage(
      ...Array.from({ length: 8 }, (_, i) => text(`Ligne ${i} ${'a'.repeat(5000)}`)),
    );
    expect(
      await publisher.post(space, channel, message, 'fr', { idempotencyKey: 'digest:plain' }),
    ).toMatchObject({ ok: true });
    const posted = bot.fake.messagesIn(channel);
    expect(posted.length).toBeGreaterThanOrEqual(20);
    for (const m of posted) expect(String(m.content).length).toBeLessThanOrEqual(2000);
  });

  it('finishes a digest whose post stopped halfway, without posting its first part again', async () => {
    const channel = nextId();
    const key = 'digest:halfway';
    // The second part fails past discord.js's retries (Discord down); the run is retried later.
    const route = new RegExp(`^/channels/${channel}/messages$`);
    bot.fake.fail('POST', route, 503, { message: 'down' }, 10, {}, 1);
    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(bot.fake.messagesIn(channel)).toHaveLength(1);
    bot.fake.clearFaults(); // Discord is back
    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    const posted = bot.fake.messagesIn(channel);
    expect(posted.length).toBeGreaterThan(1);
    expect(new Set(posted.map((m) => m.nonce)).size).toBe(posted.length);
  });

  it('sorts failures: missing rights → no-access, unknown channel → no-channel, Discord down → unavailable', async () => {
    const denied = nextId();
    bot.fake.deny(denied, 50013);
    expect(await publisher.post(space, denied, digest(7), 'fr', { idempotencyKey: 'k1' })).toEqual({
      ok: false,
      reason: 'no-access',
    });
    const hidden = nextId();
    bot.fake.deny(hidden, 50001);
    expect(await publisher.post(space, hidden, digest(7), 'fr', { idempotencyKey: 'k2' })).toEqual({
      ok: false,
      reason: 'no-access',
    });
    const gone = nextId();
    bot.fake.fail('POST', new RegExp(`^/channels/${gone}/messages$`), 404, {
      code: 10003,
      message: 'Unknown Channel',
    });
    expect(await publisher.post(space, gone, digest(7), 'fr', { idempotencyKey: 'k3' })).toEqual({
      ok: false,
      reason: 'no-channel',
    });
    const down = nextId();
    bot.fake.fail('POST', new RegExp(`^/channels/${down}/messages$`), 503, { message: 'down' }, 10);
    // (left over faults are cleared below, so that later tests find Discord up)
    expect(await publisher.post(space, down, digest(7), 'fr', { idempotencyKey: 'k4' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(bot.fake.messagesIn(down)).toHaveLength(0);
    bot.fake.clearFaults();
  });

  it('posts in the server’s system channel when no channel is given', async () => {
    expect(await publisher.post(space, null, digest(8), 'fr', { idempotencyKey: 'k-default' })).toMatchObject(
      { ok: true },
    );
    expect(bot.fake.messagesIn(g.guild.channelId).some((m) => textOf(m).includes('semaine 8'))).toBe(true);
  });

  it('sends a private message, and says no-access when the person closed their DMs', async () => {
    const member = newMember();
    expect(await publisher.direct(space, member.id, digest(9), 'fr')).toEqual({ ok: true });
    const dm = bot.fake.calls.find(
      (c) => c.path === '/users/@me/channels' && (c.body as Json).recipient_id === member.id,
    );
    const dmChannel = String(((dm?.response ?? {}) as Json).id);
    expect(bot.fake.messagesIn(dmChannel).map((m) => textOf(m))).toEqual([
      expect.stringContaining('semaine 9'),
    ]);

    const closed = newMember();
    bot.fake.closeDms(closed.id);
    expect(await publisher.direct(space, closed.id, digest(9), 'fr')).toEqual({
      ok: false,
      reason: 'no-access',
    });

    const unknown = nextId();
    bot.fake.fail('POST', /^\/users\/@me\/channels$/, 400, { code: 10013, message: 'Unknown User' });
    expect(await publisher.direct(space, unknown, digest(9), 'fr')).toEqual({
      ok: false,
      reason: 'no-channel',
    });
  });
});
