// A message's picture (the digest's map) on Slack, through the real Bolt app and Web API
// client against the fake: uploaded into the post's channel after its text, with its alt
// text; a keyed post's picture is recognised in the channel's history by its name (the key's
// hash) and never uploaded twice; Slack failing gives the post back to the scheduler, while
// Slack refusing for good (no files:write) leaves the text posted; a private answer's
// picture goes to the asker's DM with the bot, never to the channel.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { keyedPictureName } from '../../adapters/slack/scheduled-posts.ts';
import type { Core, IncomingCommand } from '../../src/core/core.ts';
import { header, privateMessage, publicMessage, text } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import type { Publisher } from '../../src/core/ports.ts';
import { describeDatabases } from '../support/databases.ts';
import { testPicture } from '../support/tiny-png.ts';
import { dmOf, type Payload } from './fake-slack.ts';
import { blocksText, CHANNEL, type SlackBot, startSlackBot, USERS, until } from './slack-bot.ts';

const picture = testPicture();
const digest = (n: number) => ({
  ...publicMessage(header(`Diagnostic de la semaine ${n}`), text('*Activité* : 12 échanges (+3).')),
  picture,
});

/** The real core, except for `apercu-test`: a private answer with the map. */
const withPreview = (core: Core): Core => ({
  ...core,
  async handle(request: IncomingCommand) {
    if (request.text !== 'apercu-test') return core.handle(request);
    const { locale } = await core.enter(request);
    return {
      locale,
      messages: [{ ...privateMessage(text('Aperçu du diagnostic.')), picture }],
      notifications: [],
      failed: false,
    };
  },
});

let channels = 0;
const newChannel = () => `CPICTURE${++channels}`;

describeDatabases('Slack pictures', (database) => {
  let bot: SlackBot;
  let publisher: Publisher;
  let space: Space;
  beforeAll(async () => {
    bot = await startSlackBot(database().db, { wrapCore: withPreview });
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
    bot.fake.historyScopes = true;
    bot.fake.files.scope = true;
  });

  const uploadsTo = (channel: string) => bot.fake.files.sharedIn(channel);
  /** An answer's blocks as text, typographic apostrophes read plainly. */
  const said = (answer: Payload) => blocksText(answer).replace(/’/g, "'");
  const texts = (channel: string) => bot.fake.messagesIn(channel).filter((m) => !m.files);

  it('uploads the picture into the channel after the text, bytes and alt text intact', async () => {
    const channel = newChannel();
    expect(await publisher.post(space, channel, digest(1), 'fr')).toMatchObject({ ok: true });
    const [upload, ...more] = uploadsTo(channel);
    expect(more).toEqual([]);
    expect(upload?.filename).toBe('carte-du-reseau.png');
    expect(Buffer.compare(upload?.bytes ?? Buffer.alloc(0), Buffer.from(picture.data))).toBe(0);
    expect(upload?.declaredLength).toBe(picture.data.byteLength);
    expect(upload?.alt).toBe(picture.alt);
    // The text first, then the file: it shows under the digest.
    const [message, share] = bot.fake.messagesIn(channel);
    expect(blocksText(message)).toContain('semaine 1');
    expect(share?.files?.map((f) => f.name)).toEqual(['carte-du-reseau.png']);
  });

  it('uploads a keyed post’s picture once, named by its key, however often the post is retried', async () => {
    const channel = newChannel();
    const key = 'digest:0b6f4a1e-0000-4000-8000-000000000001:2025-06-02T07:00:00.000Z';
    const name = keyedPictureName(key, picture.name);
    expect(name).toMatch(/^carte-du-reseau-[0-9a-f]{8}\.png$/);
    expect(await publisher.post(space, channel, digest(2), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    expect(await publisher.post(space, channel, digest(2), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    expect(uploadsTo(channel).map((u) => u.filename)).toEqual([name]);
    expect(texts(channel)).toHaveLength(1);
    expect(
      bot.fake.callsOf('files.getUploadURLExternal').filter((c) => c.params.filename === name),
    ).toHaveLength(1);
  });

  it('gives the post back to the scheduler when Slack fails the upload, and the retry uploads it once', async () => {
    const channel = newChannel();
    const key = 'digest:picture-500';
    bot.fake.failNext('files.completeUploadExternal', { status: 500 });
    expect(await publisher.post(space, channel, digest(3), 'fr', { idempotencyKey: key })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(texts(channel)).toHaveLength(1);
    expect(uploadsTo(channel)).toEqual([]);
    // The scheduler's retry: the text is found, the picture is not, so it alone is uploaded.
    expect(await publisher.post(space, channel, digest(3), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    expect(texts(channel)).toHaveLength(1);
    expect(uploadsTo(channel)).toHaveLength(1);

    // The upload URL failing (a 503 from Slack's file service) is given back too.
    const other = newChannel();
    bot.fake.files.uploadFailures.push(503);
    expect(
      await publisher.post(space, other, digest(3), 'fr', { idempotencyKey: 'digest:picture-url' }),
    ).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(
      await publisher.post(space, other, digest(3), 'fr', { idempotencyKey: 'digest:picture-url' }),
    ).toMatchObject({ ok: true });
    expect(uploadsTo(other)).toHaveLength(1);
    expect(texts(other)).toHaveLength(1);
  });

  it('does not upload again a picture Slack shared while its answer was lost', async () => {
    const channel = newChannel();
    const key = 'digest:picture-answer-lost';
    bot.fake.cutAfterStoring('files.completeUploadExternal');
    expect(await publisher.post(space, channel, digest(5), 'fr', { idempotencyKey: key })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(uploadsTo(channel)).toHaveLength(1);
    expect(await publisher.post(space, channel, digest(5), 'fr', { idempotencyKey: key })).toMatchObject({
      ok: true,
    });
    expect(uploadsTo(channel)).toHaveLength(1);
    expect(texts(channel)).toHaveLength(1);
    expect(
      bot.fake
        .callsOf('files.getUploadURLExternal')
        .filter((c) => c.params.filename === keyedPictureName(key, picture.name)),
    ).toHaveLength(1);
  });

  it('counts the text as posted when Slack refuses the picture for good (no files:write), and logs it', async () => {
    const channel = newChannel();
    bot.fake.files.scope = false;
    const before = bot.fake.callsOf('files.getUploadURLExternal').length;
    expect(
      await publisher.post(space, channel, digest(4), 'fr', { idempotencyKey: 'digest:no-scope' }),
    ).toMatchObject({ ok: true, ref: expect.stringMatching(new RegExp(`^${channel}:`)) });
    expect(texts(channel)).toHaveLength(1);
    expect(uploadsTo(channel)).toEqual([]);
    // One try: the scheduler is told it is done, so nothing loops.
    expect(bot.fake.callsOf('files.getUploadURLExternal').length - before).toBe(1);
    const logged = bot.logger.entries.find((e) => e.message.startsWith('picture not posted'));
    expect(logged?.context).toMatchObject({ code: 'missing_scope', channel });
    expect(JSON.stringify(bot.logger.entries)).not.toContain(picture.alt);
  });

  it('sends a private answer’s picture to the asker’s DM with the bot, never to the channel', async () => {
    const sent = await bot.command('apercu-test');
    const answer = (await until(() => bot.fake.responsesTo(sent.responseUrl)[0])).body;
    expect(answer.response_type).toBe('ephemeral');
    expect(blocksText(answer)).toContain('Aperçu du diagnostic.');
    expect(said(answer)).not.toContain("n'a pas pu");
    const dm = dmOf(USERS.alice.id);
    const [upload] = await until(() => (uploadsTo(dm).length > 0 ? uploadsTo(dm) : undefined));
    expect(Buffer.compare(upload?.bytes ?? Buffer.alloc(0), Buffer.from(picture.data))).toBe(0);
    expect(upload?.alt).toBe(picture.alt);
    expect(uploadsTo(CHANNEL)).toEqual([]);
    expect(bot.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === CHANNEL)).toEqual([]);
  });

  it('still answers privately, with a line saying so, when the picture cannot be sent', async () => {
    bot.fake.files.scope = false;
    const sent = await bot.command('apercu-test');
    const answer = (await until(() => bot.fake.responsesTo(sent.responseUrl)[0])).body;
    expect(blocksText(answer)).toContain('Aperçu du diagnostic.');
    expect(said(answer)).toContain("L'image qui accompagne cette réponse n'a pas pu vous être envoyée");
    expect(blocksText(answer)).toContain('missing_scope');
    expect(uploadsTo(CHANNEL)).toEqual([]);
  });
});
