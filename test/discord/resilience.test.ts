// What must not take Maillage down on Discord: malformed gateway packets (discord.js 14.28
// throws inside its gateway handler on some), interactions from unknown guilds or outside
// guilds, a dropped gateway connection, REST failures, closed private messages, a slow core.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import { describeDatabases } from '../support/databases.ts';
import { rowCounts, spaceExists } from '../support/row-counts.ts';
import { nextId, type StoredMessage } from './fake-discord.ts';
import { dmMessage, type Interactions, newMember } from './fixtures.ts';
import { answersTo, type Bot, buttonsOf, networkIdOf, sentMessages, startBot, textOf } from './harness.ts';

type Json = Record<string, unknown>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeDatabases('Discord resilience', (database) => {
  let bot: Bot;
  let g: Interactions;
  beforeAll(async () => {
    bot = await startBot(database().db);
    g = await bot.newGuild();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const answered = async (payload: Json) => textOf((await answersTo(bot.fake, g.raw(payload), 50))[0]);

  it('repairs an interaction without authorizing_integration_owners or entitlements, and answers it', async () => {
    const payload = g.template(newMember());
    delete payload.authorizing_integration_owners;
    delete payload.entitlements;
    expect(await answered(payload)).toContain('sondage');
    const repaired = bot.logger.entries.find((e) => e.message === 'repaired a malformed interaction');
    expect(repaired?.context).toEqual({ fields: ['authorizing_integration_owners', 'entitlements'] });
  });

  it('drops interactions it cannot read without crashing, and keeps answering', async () => {
    const noUser = g.template(newMember());
    delete noUser.member;
    const noData = g.template(newMember());
    delete noData.data;
    const from = bot.fake.calls.length;
    g.raw(noUser);
    g.raw(noData);
    bot.fake.gateway.dispatch('INTERACTION_CREATE', 'not an object');
    await pause(300);
    expect(bot.fake.calls.slice(from).filter((c) => c.path.endsWith('/callback'))).toHaveLength(0);
    const dropped = bot.logger.entries.filter((e) => e.message === 'dropped a malformed interaction');
    expect(dropped.map((e) => e.context)).toEqual([
      { reason: 'user' },
      { reason: 'data' },
      { reason: 'payload' },
    ]);
    expect(await answered(g.template(newMember()))).toContain('sondage');
  });

  it('answers an interaction from a guild it was never told about', async () => {
    const guildId = nextId();
    const payload = {
      ...g.template(newMember()),
      guild_id: guildId,
      guild: { id: guildId, locale: 'fr', features: [] },
    };
    expect(await answered(payload)).toContain('sondage');
    expect(await spaceExists(database().db, guildId)).toBe(true);
  });

  it('answers outside a server with where to use /coop', async () => {
    const member = newMember();
    const payload = g.template(member);
    delete payload.guild_id;
    delete payload.guild;
    delete payload.member;
    payload.user = {
      id: member.id,
      username: member.username,
      global_name: null,
      discriminator: '0',
      avatar: null,
    };
    payload.channel = { id: nextId(), type: 1 };
    payload.context = 1;
    expect(await answered(payload)).toContain('dans un salon du serveur');
  });

  it('resumes the session after the gateway connection drops, and keeps answering', async () => {
    const gateway = bot.fake.gateway;
    const before = gateway.received.length;
    const identifies = gateway.received.filter((f) => f.op === 2).length;
    gateway.drop();
    const resume = await gateway.waitForOp(6, before, 15_000);
    expect((resume.d as Json).session_id).toBe(gateway.sessionId);
    await pause(200);
    expect(gateway.received.filter((f) => f.op === 2)).toHaveLength(identifies);
    expect(await answered(g.template(newMember()))).toContain('sondage');
    expect(bot.logger.entries.some((e) => e.message === 'Discord gateway resumed')).toBe(true);
  });

  it('tells the author which named members could not be told privately', async () => {
    const author = newMember({ nick: 'Alice' });
    const open = newMember({ nick: 'Paul' });
    const closed = newMember({ nick: 'Zoé Secret' });
    bot.fake.closeDms(closed.id);
    const from = bot.fake.calls.length;
    const answers = await answersTo(
      bot.fake,
      g.command(author, 'echange noter', { membre: open, membre2: closed }),
      400,
    );
    const said = answers.map(textOf).join('\n');
    expect(said).toMatch(/n°\s?1/);
    expect(said).toMatch(/pas pu prévenir Zoé Secret en message privé/);
    const dms = bot.fake.calls.slice(from).filter((c) => c.path === '/users/@me/channels');
    expect(dms.map((c) => (c.body as Json).recipient_id).sort()).toEqual([open.id, closed.id].sort());
    const refused = bot.logger.entries.find((e) => (e.context as Json).failure === 'dm-closed');
    expect(refused).toBeDefined();
    expect(JSON.stringify(bot.logger.entries)).not.toContain('Zoé Secret');
  });

  it('lets a named member take their name off with the button of the private message', async () => {
    const author = newMember({ nick: 'Alice' });
    const named = newMember({ nick: 'Karim' });
    const from = bot.fake.calls.length;
    await answersTo(
      bot.fake,
      g.command(author, 'echange noter', { membre: named, nature: 'rencontre' }),
      300,
    );
    const dm = bot.fake.calls
      .slice(from)
      .find(
        (c) =>
          c.method === 'POST' &&
          /^\/channels\/\d+\/messages$/.test(c.path) &&
          c.path !== `/channels/${g.guild.channelId}/messages`,
      );
    expect(textOf(dm?.body as Json)).toContain('Alice');
    const [button] = buttonsOf(dm?.body as Json);
    expect(button?.custom_id).toMatch(new RegExp(`^coopg:${g.guild.id}:echange retirer \\d+$`));
    const click = g.dmButton(named, button?.custom_id ?? '', dm?.response as StoredMessage);
    const [answer] = await answersTo(bot.fake, click);
    expect(answer?.flags).toBe(64);
    expect(textOf(answer)).toMatch(/retiré/);
  });

  it('refuses a private-message button naming a server the clicker is not a member of', async () => {
    const other = await bot.newGuild();
    const outsider = newMember({ nick: 'Olga' });
    await answered(g.template(newMember()));
    const networkId = await networkIdOf(database().db, g.guild.id);
    const before = await rowCounts(database().db, networkId);
    // The outsider is a member of another server only; the forged id names this one.
    const click = other.dmButton(outsider, `coopg:${g.guild.id}:but 1`, dmMessage());
    const [answer] = await answersTo(bot.fake, click);
    expect(answer?.flags).toBe(64);
    expect(textOf(answer)).toContain('pas membre');
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it('logs a REST failure with its context, never the user’s words, and keeps serving', async () => {
    const member = newMember();
    const secret = 'Question très confidentielle du jour ?';
    bot.fake.fail('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, 500, { message: 'oops', code: 0 }, 8);
    const i = g.command(member, 'sondage creer', { question: secret, options: 'A;B' });
    await bot.fake.waitFor((c) => c.path.startsWith(`/interactions/${i.id}/`) && c.status === 500);
    await pause(500);
    const failed = bot.logger.entries.find((e) => e.message === 'could not answer an interaction');
    expect(failed?.context).toMatchObject({ route: 'command', error: { status: 500, method: 'POST' } });
    expect(JSON.stringify(bot.logger.entries)).not.toContain(secret);
    expect(JSON.stringify(bot.logger.entries)).not.toContain(String(i.token));
    bot.fake.fail('POST', /callback$/, 500, {}, 0);
    await pause(100);
    expect(await answered(g.template(newMember()))).toContain('sondage');
  });

  it('answers a click on a button whose command it no longer remembers', async () => {
    const i = g.button(newMember(), 'coop#forgotten-hash-of-a-long-command');
    const [answer] = await answersTo(bot.fake, i);
    expect(answer?.flags).toBe(64);
    expect(textOf(answer)).toContain('Ce bouton a expiré');
  });

  it('runs the command a menu option carries', async () => {
    const i = g.select(newMember(), 'coopmenu:0', ['coop:aide sondage']);
    const [answer] = await answersTo(bot.fake, i);
    expect(textOf(answer)).toContain('sondage fermer');
  });

  /** A bot whose real core answers 200 ms late, past the 50 ms after which it defers. */
  const slowBot = () =>
    startBot(database().db, {}, async (parts) => {
      const discord = parts.config.discord;
      if (!discord) throw new Error('no Discord configuration');
      const core = {
        ...parts.core,
        handle: async (request: Parameters<typeof parts.core.handle>[0]) => {
          await pause(200);
          return parts.core.handle(request);
        },
      };
      return [createDiscordAdapter({ ...parts, core, discord, deferAfterMs: 50 })];
    });

  it('defers the reply when the core is slow, then edits it; announcements then go to the channel', async () => {
    const slow = await slowBot();
    try {
      const s = await slow.newGuild();
      const i = s.command(newMember(), 'but nouveau', { titre: 'Un café par mois' });
      const callback = await slow.fake.callbackOf(String(i.id));
      expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
      const announced = await slow.fake.waitFor(
        (c) => c.method === 'POST' && c.path === `/channels/${s.guild.channelId}/messages`,
      );
      expect(textOf(announced.body as Json)).toContain('Un café par mois');
      const edit = await slow.fake.waitFor(
        (c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original'),
      );
      expect(textOf(edit.body as Json)).toContain('publié dans le salon');
      for (const { body } of sentMessages(slow.fake)) expect(body.allowed_mentions).toEqual({ parse: [] });
    } finally {
      await slow.stop();
    }
  });

  it('offers a button that opens the form when the core answered with one after the reply was deferred', async () => {
    const slow = await slowBot();
    try {
      const s = await slow.newGuild();
      const member = newMember();
      const i = s.command(member, 'sondage creer', { question: 'Quels créneaux ?' });
      const callback = await slow.fake.callbackOf(String(i.id));
      // Deferred: a modal can no longer be the answer.
      expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
      const edit = await slow.fake.waitFor(
        (c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original'),
      );
      expect(textOf(edit.body as Json)).toContain('Votre formulaire est prêt');
      const [button] = buttonsOf(edit.body as Json);
      expect(button?.custom_id).toBe('coopform:fix:poll');
      // The button opens the form, prefilled with what the command gave.
      const click = s.button(member, String(button?.custom_id));
      const opened = await slow.fake.callbackOf(String(click.id));
      expect((opened.body as Json).type).toBe(9);
      const inputs = (((opened.body as Json).data as Json).components as Json[]).map(
        (c) => c.component as Json,
      );
      expect(inputs[0]?.value).toBe('Quels créneaux ?');
    } finally {
      await slow.stop();
    }
  });

  it('sets allowed_mentions to parse nothing on every message it sent', () => {
    const sent = sentMessages(bot.fake);
    expect(sent.length).toBeGreaterThan(5);
    for (const { body } of sent) expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
