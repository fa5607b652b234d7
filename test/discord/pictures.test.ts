// A message's picture (the digest's map) on Discord, through the real discord.js client
// against the fake: attached to the first part of a post (multipart: `files[0]` and
// `attachments: [{ id: 0, filename, description }]`, the alt text as description), to an
// ephemeral interaction reply, and to the edit of a deferred one; a keyed post retried —
// within the nonce window or past it, by the history check — attaches it no second time.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../adapters/discord/discord-adapter.ts';
import type { Core, IncomingCommand, Reply } from '../../src/core/core.ts';
import { fields, header, type Message, privateMessage, publicMessage, text } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import type { Publisher } from '../../src/core/ports.ts';
import { describeDatabases } from '../support/databases.ts';
import { testPicture } from '../support/tiny-png.ts';
import { nextId } from './fake-discord.ts';
import { type Interactions, newMember } from './fixtures.ts';
import { answersTo, type Bot, startBot, textOf } from './harness.ts';

type Json = Record<string, unknown>;

const picture = testPicture();
const digest = (n: number): Message => ({
  ...publicMessage(header(`Diagnostic de la semaine ${n}`), text('**Activité** : 12 échanges (+3).')),
  picture,
});
/** A digest in several Discord messages. */
const hugeDigest = (): Message => ({
  ...publicMessage(
    header('Diagnostic permanent'),
    ...Array.from({ length: 30 }, (_, i) => text(`Section ${i} ${'é'.repeat(5000)}`)),
    fields(Array.from({ length: 10 }, (_, i) => ({ label: `Structure ${i}`, value: 'x'.repeat(900) }))),
  ),
  picture,
});

/** The real core, except for `apercu-test` (a private answer with the map) and `apercu-lent` (the same, late). */
function withPreview(core: Core): Core {
  return {
    ...core,
    async handle(request: IncomingCommand) {
      if (request.text !== 'apercu-test' && request.text !== 'apercu-lent') return core.handle(request);
      const { locale } = await core.enter(request);
      // Late enough for the reply to be deferred first (deferAfterMs below).
      if (request.text === 'apercu-lent') await new Promise((resolve) => setTimeout(resolve, 300));
      const reply: Reply = {
        locale,
        messages: [{ ...privateMessage(text('Aperçu du diagnostic.')), picture }],
        notifications: [],
        failed: false,
      };
      return reply;
    },
  };
}

describeDatabases('Discord pictures', (database) => {
  let bot: Bot;
  let g: Interactions;
  let publisher: Publisher;
  let space: Space;
  beforeAll(async () => {
    bot = await startBot(database().db, {}, async (parts) => {
      const discord = parts.config.discord;
      if (!discord) throw new Error('no Discord configuration');
      return [createDiscordAdapter({ ...parts, core: withPreview(parts.core), discord, deferAfterMs: 100 })];
    });
    g = await bot.newGuild('Réseau de Cergy');
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

  const attachmentsIn = (channel: string) => bot.fake.attachments.filter((a) => a.channelId === channel);
  const samePicture = (bytes: Buffer | undefined) =>
    Buffer.compare(bytes ?? Buffer.alloc(0), Buffer.from(picture.data)) === 0;

  it('attaches the picture to the first part of a post, with its alt text as description', async () => {
    const channel = nextId();
    const key = 'digest:0b6f4a1e-0000-4000-8000-000000000001:2025-06-02T07:00:00.000Z';
    expect(await publisher.post(space, channel, hugeDigest(), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    const posted = bot.fake.messagesIn(channel);
    expect(posted.length).toBeGreaterThan(1);
    const [attachment, ...more] = attachmentsIn(channel);
    expect(more).toEqual([]);
    expect(attachment).toMatchObject({
      field: 'files[0]',
      name: 'carte-du-reseau.png',
      contentType: 'image/png',
      description: picture.alt,
    });
    expect(samePicture(attachment?.bytes)).toBe(true);
    // On the first part, the one whose ref the core stores.
    const first = posted.find((m) => m.id === attachment?.messageId);
    expect(textOf(first)).toContain('Diagnostic permanent');
    expect(first?.attachments).toEqual([
      expect.objectContaining({ filename: 'carte-du-reseau.png', description: picture.alt }),
    ]);
    const call = bot.fake.calls.find((c) => c.files?.length && c.path === `/channels/${channel}/messages`);
    expect(call?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(call?.body).toMatchObject({
      enforce_nonce: true,
      attachments: [{ id: 0, filename: 'carte-du-reseau.png', description: picture.alt }],
      allowed_mentions: { parse: [] },
    });
  });

  it('attaches it no second time when a keyed post is retried, within the nonce window or past it', async () => {
    const channel = nextId();
    const key = 'digest:picture-retry';
    await publisher.post(space, channel, digest(1), 'fr', { idempotencyKey: key });
    await publisher.post(space, channel, digest(1), 'fr', { idempotencyKey: key, retry: true });
    bot.fake.forgetNonces();
    await publisher.post(space, channel, digest(1), 'fr', { idempotencyKey: key, retry: true });
    expect(bot.fake.messagesIn(channel)).toHaveLength(1);
    expect(attachmentsIn(channel)).toHaveLength(1);
  });

  it('attaches it to an unkeyed post too', async () => {
    const channel = nextId();
    expect(await publisher.post(space, channel, digest(2), 'fr')).toMatchObject({ ok: true });
    const [attachment] = attachmentsIn(channel);
    expect(samePicture(attachment?.bytes)).toBe(true);
    expect(attachment?.description).toBe(picture.alt);
  });

  it('attaches it to an ephemeral interaction reply', async () => {
    const member = newMember();
    const from = bot.fake.attachments.length;
    const interaction = g.button(member, 'coop:apercu-test');
    const [answer] = await answersTo(bot.fake, interaction);
    expect(answer?.flags).toBe(64);
    expect(textOf(answer)).toContain('Aperçu du diagnostic.');
    const [attachment, ...more] = bot.fake.attachments.slice(from);
    expect(more).toEqual([]);
    expect(attachment).toMatchObject({ name: 'carte-du-reseau.png', description: picture.alt });
    expect(samePicture(attachment?.bytes)).toBe(true);
    const callback = bot.fake.calls.find(
      (c) => c.path.startsWith(`/interactions/${String(interaction.id)}/`) && c.files?.length,
    );
    expect(((callback?.body as Json | undefined)?.data as Json | undefined)?.attachments).toEqual([
      expect.objectContaining({ id: '0', description: picture.alt }),
    ]);
  });

  it('attaches it to the deferred reply’s edit when the answer comes late', async () => {
    const member = newMember();
    const from = bot.fake.attachments.length;
    const interaction = g.button(member, 'coop:apercu-lent');
    const callback = await bot.fake.callbackOf(String(interaction.id));
    expect((callback.body as Json).type).toBe(5);
    const edit = await bot.fake.waitFor(
      (c) => c.method === 'PATCH' && c.path.includes(`/${String(interaction.token)}/messages/@original`),
      5000,
    );
    expect(edit.files?.map((f) => f.name)).toEqual(['carte-du-reseau.png']);
    const [attachment] = bot.fake.attachments.slice(from);
    expect(samePicture(attachment?.bytes)).toBe(true);
    expect(attachment?.description).toBe(picture.alt);
  });
});
