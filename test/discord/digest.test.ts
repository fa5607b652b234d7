// The diagnostic permanent on Discord, end to end through the fake: a member with Manage
// Server runs `/coop diagnostic ici` in a channel, the clock passes the next slot (Mondays
// 09:00, Europe/Paris, by default), a scheduler tick posts the digest once in that channel
// (with its nonce) — a second tick posts nothing more — and in a channel where the bot
// lacks rights nothing is posted while the facilitator is told privately what to fix.
import { sql } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterEach, expect, it } from 'vitest';
import { nonceOf } from '../../adapters/discord/publisher.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';
import { BOT_USER_ID, type StoredMessage } from './fake-discord.ts';
import { newMember } from './fixtures.ts';
import { answersTo, type Bot, networkIdOf, startBot, textOf } from './harness.ts';

type Json = Record<string, unknown>;

/** Friday 20 November 2026, 11:00 in Paris; the next slot is Monday 23, 09:00 (08:00 UTC). */
const FRIDAY = new Date('2026-11-20T10:00:00Z');
const SLOT = new Date('2026-11-23T08:00:00Z');

describeDatabases('Discord scheduled digest', (database) => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  const start = async (clock: FakeClock) => {
    bot = await startBot(database().db, {}, undefined, { clock });
    return bot;
  };
  /** Messages the bot posted in the channel with the bot token (not interaction answers). */
  const postedIn = (b: Bot, channelId: string): StoredMessage[] =>
    b.fake.messagesIn(channelId).filter((m) => m.nonce !== undefined);

  it('posts the digest once in the channel chosen with `diagnostic ici`', async () => {
    const clock = new FakeClock(FRIDAY);
    const b = await start(clock);
    const g = await b.newGuild('Réseau de Pontoise');
    const admin = newMember({ admin: true, nick: 'Alice (CCAS)' });
    const [chosen] = await answersTo(b.fake, g.command(admin, 'diagnostic ici'));
    expect(textOf(chosen)).toContain('Ce canal reçoit désormais le diagnostic');
    const channel = g.guild.channelId;
    // An organisation in the network: the digest comes with its map.
    await answersTo(b.fake, g.command(admin, 'profil', { structure: 'CCAS de Cergy', type: 'CCAS' }));
    // Organisations take their arrival from the database's clock, not the test's.
    await database().db.execute(
      sql`update organisations set created_at = '2026-11-01T00:00:00Z' where network_id = ${await networkIdOf(database().db, g.guild.id)}`,
    );

    clock.current = new Date(SLOT.getTime() - 60_000);
    await b.app.scheduler.tick();
    expect(postedIn(b, channel)).toHaveLength(0);

    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    const posted = postedIn(b, channel);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    const key = `digest:${await networkIdOf(database().db, g.guild.id)}:${SLOT.toISOString()}`;
    expect(posted.map((m) => m.nonce)).toEqual(posted.map((_, i) => nonceOf(key, i)));
    expect(textOf(posted[0])).toContain('Diagnostic permanent');
    expect(((posted[0]?.author ?? {}) as Json).id).toBe(BOT_USER_ID);
    // The map is attached to the digest's first message, with its alt text.
    const maps = b.fake.attachments.filter((a) => a.channelId === channel);
    expect(maps.map((a) => a.messageId)).toEqual([posted[0]?.id]);
    const png = PNG.sync.read(Buffer.from(maps[0]?.bytes ?? []));
    expect([png.width, png.height]).toEqual([1600, 1200]);
    expect(maps[0]?.description).toContain('1 structure');

    await b.app.scheduler.tick();
    clock.advance(10 * 60_000);
    await b.app.scheduler.tick();
    expect(postedIn(b, channel)).toHaveLength(posted.length);
    expect(b.fake.attachments.filter((a) => a.channelId === channel)).toHaveLength(1);
  });

  it('tells the facilitator privately when the bot lacks rights in the chosen channel', async () => {
    const clock = new FakeClock(FRIDAY);
    const b = await start(clock);
    const g = await b.newGuild('Réseau de Sarcelles');
    const admin = newMember({ admin: true, nick: 'Alice (CCAS)' });
    // Manage Server makes Alice a facilitator for her commands; naming her one makes the
    // scheduler (which tells the network's named facilitators) know whom to tell.
    await answersTo(b.fake, g.command(admin, 'config facilitateur', { action: 'ajouter', membre: admin }));
    await answersTo(b.fake, g.command(admin, 'diagnostic ici'));
    const channel = g.guild.channelId;
    b.fake.deny(channel, 50013);

    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(postedIn(b, channel)).toHaveLength(0);
    const refused = b.fake.calls.filter(
      (c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`,
    );
    expect(refused.at(-1)?.status).toBe(403);

    const dmOpened = b.fake.calls.filter(
      (c) => c.path === '/users/@me/channels' && (c.body as Json).recipient_id === admin.id,
    );
    expect(dmOpened).toHaveLength(1);
    const dm = String(((dmOpened[0]?.response ?? {}) as Json).id);
    const told = b.fake.messagesIn(dm).map((m) => textOf(m));
    expect(told).toEqual([expect.stringContaining('ne peut pas publier le diagnostic')]);
    expect(told[0]).toContain('diagnostic ici');

    await b.app.scheduler.tick();
    expect(b.fake.messagesIn(dm)).toHaveLength(1);

    // Once the rights are given back, the retry (after its wait) posts the digest, once.
    b.fake.allow(channel);
    clock.advance(6 * 60_000);
    await b.app.scheduler.tick();
    await b.app.scheduler.tick();
    const posted = postedIn(b, channel);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    expect(new Set(posted.map((m) => m.nonce)).size).toBe(posted.length);
  });

  it('tells the member with Manage Server who chose the channel, though nobody was named facilitator', async () => {
    const clock = new FakeClock(FRIDAY);
    const b = await start(clock);
    const g = await b.newGuild('Réseau de Cergy');
    const admin = newMember({ admin: true, nick: 'Inès (PRE)' });
    await answersTo(b.fake, g.command(admin, 'diagnostic ici'));
    const channel = g.guild.channelId;
    b.fake.deny(channel, 50013);

    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(postedIn(b, channel)).toHaveLength(0);
    const dmOpened = b.fake.calls.filter(
      (c) => c.path === '/users/@me/channels' && (c.body as Json).recipient_id === admin.id,
    );
    expect(dmOpened).toHaveLength(1);
    const dm = String(((dmOpened[0]?.response ?? {}) as Json).id);
    expect(b.fake.messagesIn(dm).map((m) => textOf(m))).toEqual([
      expect.stringContaining('ne peut pas publier le diagnostic'),
    ]);
  });
});
