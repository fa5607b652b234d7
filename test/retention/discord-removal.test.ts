// The bot removed from a Discord server, through discord.js and the fake gateway: a
// GUILD_DELETE (kicked) stops the digest there — the fake sees no post — and after the grace
// period the network's rows are all gone; an outage (GUILD_DELETE with `unavailable`) is
// not a removal; added back within the grace period (GUILD_CREATE), nothing is deleted and
// the digest is posted again.
import { eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import * as schema from '../../db/schema.ts';
import type { StoredMessage } from '../discord/fake-discord.ts';
import { newMember } from '../discord/fixtures.ts';
import { answersTo, type Bot, networkIdOf, startBot, textOf } from '../discord/harness.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';
import { keptWith, rowCounts } from '../support/row-counts.ts';

/** Friday 20 November 2026, 11:00 in Paris; the next digest slot is Monday 23, 09:00 (08:00 UTC). */
const FRIDAY = new Date('2026-11-20T10:00:00Z');
const SLOT = new Date('2026-11-23T08:00:00Z');
const DAY = 86_400_000;

/** Waits until `probe` holds (polling, never a fixed sleep). */
async function until(probe: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describeDatabases('Discord server removes the bot', (database) => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  const removedAt = async (guildId: string) => {
    const [row] = await database()
      .db.select({ at: schema.spaces.removedAt })
      .from(schema.spaces)
      .where(eq(schema.spaces.externalId, guildId));
    return row?.at ?? null;
  };
  /** Messages the bot posted in the channel with the bot token (not interaction answers). */
  const postedIn = (b: Bot, channelId: string): StoredMessage[] =>
    b.fake.messagesIn(channelId).filter((m) => m.nonce !== undefined);

  /** A server whose digest channel is chosen, with a member's profile in its network. */
  async function server(b: Bot, name: string) {
    const g = await b.newGuild(name);
    const admin = newMember({ admin: true, nick: 'Alice (CCAS)' });
    const [chosen] = await answersTo(b.fake, g.command(admin, 'diagnostic ici'));
    expect(textOf(chosen)).toContain('Ce canal reçoit désormais le diagnostic');
    await answersTo(b.fake, g.command(admin, 'profil', { metier: 'Éducatrice spécialisée' }));
    return { g, networkId: await networkIdOf(database().db, g.guild.id) };
  }

  it('posts nothing after GUILD_DELETE, and deletes the network after the grace period', async () => {
    const clock = new FakeClock(FRIDAY);
    bot = await startBot(database().db, {}, undefined, { clock });
    const b = bot;
    const { g, networkId } = await server(b, 'Réseau de Pontoise');
    const before = await rowCounts(database().db, networkId);

    b.fake.gateway.removeFromGuild(g.guild.id);
    await until(async () => (await removedAt(g.guild.id)) !== null);
    expect(await removedAt(g.guild.id)).toEqual(FRIDAY);

    const calls = b.fake.calls.length;
    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(postedIn(b, g.guild.channelId)).toHaveLength(0);
    expect(b.fake.calls.slice(calls).filter((c) => c.method === 'POST')).toEqual([]);

    clock.current = new Date(FRIDAY.getTime() + 29 * DAY);
    await b.app.scheduler.tick();
    expect(await rowCounts(database().db, networkId)).toEqual(before);

    clock.current = new Date(FRIDAY.getTime() + 30 * DAY + 60_000);
    await b.app.scheduler.tick();
    const after = await rowCounts(database().db, networkId);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
  });

  it('takes an outage for what it is: nothing is marked, the digest is posted', async () => {
    const clock = new FakeClock(FRIDAY);
    bot = await startBot(database().db, {}, undefined, { clock });
    const b = bot;
    const down = await server(b, 'Réseau de Cergy');
    const left = await server(b, 'Réseau de Sarcelles');

    b.fake.gateway.guildOutage(down.g.guild.id);
    // Events are handled in order: once the second server's removal is recorded, the outage was seen.
    b.fake.gateway.removeFromGuild(left.g.guild.id);
    await until(async () => (await removedAt(left.g.guild.id)) !== null);
    expect(await removedAt(down.g.guild.id)).toBeNull();

    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(postedIn(b, down.g.guild.channelId).length).toBeGreaterThanOrEqual(1);
    expect(postedIn(b, left.g.guild.channelId)).toHaveLength(0);
    // The server that was down is kept; the one that left is deleted after the grace period.
    clock.current = new Date(FRIDAY.getTime() + 31 * DAY);
    await b.app.scheduler.tick();
    expect((await rowCounts(database().db, down.networkId)).networks).toBe(1);
    expect((await rowCounts(database().db, left.networkId)).networks).toBe(0);
  });

  it('keeps everything and posts again when the bot is added back within the grace period', async () => {
    const clock = new FakeClock(FRIDAY);
    bot = await startBot(database().db, {}, undefined, { clock });
    const b = bot;
    const { g, networkId } = await server(b, 'Réseau de Gonesse');
    const before = await rowCounts(database().db, networkId);

    b.fake.gateway.removeFromGuild(g.guild.id);
    await until(async () => (await removedAt(g.guild.id)) !== null);
    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(postedIn(b, g.guild.channelId)).toHaveLength(0);

    // Twenty days later the server adds the bot back: `/coop` is registered there again.
    clock.current = new Date(FRIDAY.getTime() + 20 * DAY);
    const from = b.fake.calls.length;
    b.fake.gateway.addBackToGuild(g.guild.id);
    await b.fake.waitFor(
      (c) => c.method === 'PUT' && c.path.endsWith(`/guilds/${g.guild.id}/commands`),
      10_000,
      from,
    );
    await until(async () => (await removedAt(g.guild.id)) === null);

    await b.app.scheduler.tick();
    const posted = postedIn(b, g.guild.channelId);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    expect(textOf(posted[0])).toContain('Diagnostic permanent');

    clock.current = new Date(FRIDAY.getTime() + 40 * DAY);
    await b.app.scheduler.tick();
    // Nothing removed; the digests posted since are numbered, a row each.
    expect(await rowCounts(database().db, networkId)).toEqual(keptWith(before, 2));
  });
});
