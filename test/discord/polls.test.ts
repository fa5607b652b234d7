// Polls on Discord, end to end: the real discord.js client started by startApp, against the
// fake Discord over real sockets.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { rowCounts } from '../support/row-counts.ts';
import type { RecordedCall, StoredMessage } from './fake-discord.ts';
import { type Interactions, newMember } from './fixtures.ts';
import {
  answersTo,
  type Bot,
  buttonsOf,
  networkIdOf,
  pollRow,
  sentMessages,
  startBot,
  textOf,
} from './harness.ts';

type Json = Record<string, unknown>;

describeDatabases('Discord polls', (database) => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot(database().db);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const channelPosts = (g: Interactions, from = 0): RecordedCall[] =>
    bot.fake.calls
      .slice(from)
      .filter(
        (c) =>
          c.method === 'POST' && c.path === `/channels/${g.guild.channelId}/messages` && c.status === 200,
      );

  /** Creates a poll by command and returns the message it was posted as. */
  async function createPoll(g: Interactions, values: Record<string, string | boolean | number>) {
    const from = bot.fake.calls.length;
    const i = g.command(newMember(), 'sondage creer', values);
    const answers = await answersTo(bot.fake, i);
    const [post] = channelPosts(g, from);
    return { answers, post, message: post?.response as StoredMessage };
  }

  it('creates a poll from options: posted in the channel with vote buttons, confirmed privately, its message recorded', async () => {
    const g = await bot.newGuild();
    const { answers, post, message } = await createPoll(g, {
      question: 'Quelle priorité pour l’atelier ?',
      options: 'Logement; Emploi; Santé',
    });
    expect(answers[0]?.flags).toBe(64);
    expect(textOf(answers[0])).toMatch(/sondage n°\s?1 est lancé/);
    expect(post?.headers.authorization).toBe('Bot fake-bot-token.for-tests');
    const body = post?.body as Json;
    expect(textOf(body)).toContain('Quelle priorité pour l’atelier ?');
    expect(buttonsOf(body).map((b) => b.custom_id)).toEqual([
      'coop:vote 1 1',
      'coop:vote 1 2',
      'coop:vote 1 3',
      'coop:vote 1 retirer',
    ]);
    const poll = await pollRow(database().db, await networkIdOf(database().db, g.guild.id), 1);
    expect(poll?.messageRef).toBe(`${g.guild.channelId}:${message.id}`);
    expect(poll?.channelId).toBe(g.guild.channelId);
  });

  it('counts votes by button from several members, answers each privately, and a repeated delivery once', async () => {
    const g = await bot.newGuild();
    const { message } = await createPoll(g, {
      question: 'On garde le café ?',
      options: 'Oui;Non',
      public: true,
    });
    const voters = [newMember(), newMember(), newMember()];
    const clicks = voters.map((v, n) => g.button(v, `coop:vote 1 ${n === 2 ? 2 : 1}`, message));
    for (const click of clicks) {
      const [answer] = await answersTo(bot.fake, click, 0);
      expect(answer?.flags).toBe(64);
      expect(textOf(answer)).toContain('Vote enregistré.');
    }
    const again = bot.fake.dispatchInteraction(clicks[0] as Json);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const callbacks = bot.fake.calls.filter((c) => c.path.startsWith(`/interactions/${again.id}/`));
    expect(callbacks).toHaveLength(1);
    const networkId = await networkIdOf(database().db, g.guild.id);
    expect((await rowCounts(database().db, networkId)).poll_votes).toBe(3);
    // Never an update (type 7) of the public poll message.
    const types = bot.fake.calls
      .filter((c) => c.path.endsWith('/callback'))
      .map((c) => (c.body as Json).type);
    expect(types).not.toContain(7);
    const edit = await bot.fake.waitFor(
      (c) =>
        c.method === 'PATCH' &&
        c.path === `/channels/${g.guild.channelId}/messages/${message.id}` &&
        textOf(c.body as Json).includes('3 participants'),
      6000,
    );
    expect(textOf(edit.body as Json)).toMatch(/Oui — 2 votes \(67\s?%\)/);
  });

  it('edits the poll message by channel and id with the bot token, coalescing a burst of votes', async () => {
    const g = await bot.newGuild();
    const { message } = await createPoll(g, { question: 'Quel créneau ?', options: 'Lundi;Mardi' });
    const from = bot.fake.calls.length;
    const clicks = Array.from({ length: 12 }, () => g.button(newMember(), 'coop:vote 1 2', message));
    await Promise.all(clicks.map((c) => bot.fake.callbackOf(String(c.id))));
    const route = `/channels/${g.guild.channelId}/messages/${message.id}`;
    const last = await bot.fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === route && textOf(c.body as Json).includes('12 participants'),
      8000,
      from,
    );
    // The core edits at most once every 2 s per poll (first change at once, last one
    // always): 12 votes make a handful of edits, not 12, and the last shows them all.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const edits = bot.fake.calls.slice(from).filter((c) => c.method === 'PATCH' && c.path === route);
    expect(edits.length).toBeGreaterThanOrEqual(1);
    expect(edits.length).toBeLessThanOrEqual(3);
    expect(textOf(edits.at(-1)?.body as Json)).toContain('12 participants');
    // 2 s apart when sent; seen by the fake later by however long delivery takes under load.
    for (let i = 1; i < edits.length; i++)
      expect((edits[i]?.at ?? 0) - (edits[i - 1]?.at ?? 0)).toBeGreaterThan(1000);
    expect(last.headers.authorization).toBe('Bot fake-bot-token.for-tests');
    expect(buttonsOf(last.body as Json)).toHaveLength(3);
  });

  it('opens the poll form when question or options are missing, prefilled with what was given, and posts the poll on submit', async () => {
    const g = await bot.newGuild();
    const author = newMember();
    const i = g.command(author, 'sondage creer', { question: 'Quels créneaux ?', multiple: true });
    const callback = await bot.fake.callbackOf(String(i.id));
    const modal = (callback.body as Json).data as Json;
    expect((callback.body as Json).type).toBe(9);
    expect(modal.custom_id).toBe('coopform:poll');
    const inputs = (modal.components as Json[]).map((c) => c.component as Json);
    expect(inputs.map((c) => c.custom_id)).toEqual(['question', 'options', 'deadline', 'settings']);
    expect(inputs[0]?.value).toBe('Quels créneaux ?');
    expect(inputs[1]?.style).toBe(2);
    expect(inputs[3]?.value).toBe('multiple');
    const from = bot.fake.calls.length;
    const submit = g.modal(author, 'coopform:poll', {
      question: 'Quels créneaux ?',
      options: 'Lundi matin\nMardi soir\nJeudi midi',
      deadline: '3j',
      settings: 'multiple max 2',
    });
    const answers = await answersTo(bot.fake, submit);
    expect(answers[0]?.flags).toBe(64);
    const [post] = channelPosts(g, from);
    expect(textOf(post?.body as Json)).toContain('Jeudi midi');
    expect(buttonsOf(post?.body as Json).map((b) => b.custom_id)).toContain('coop:vote 1 +3');
  });

  it('answers a refused poll form with the errors and a button that reopens it as typed', async () => {
    const g = await bot.newGuild();
    const author = newMember();
    const networkCounts = async () => rowCounts(database().db, await networkIdOf(database().db, g.guild.id));
    const typed = { question: 'Une seule option ?', options: 'Oui', deadline: '', settings: '' };
    const submit = g.modal(author, 'coopform:poll', typed);
    const [answer] = await answersTo(bot.fake, submit);
    expect(answer?.flags).toBe(64);
    expect(textOf(answer)).toMatch(/Rien n'a été enregistré|Rien n’a été enregistré/);
    expect(textOf(answer)).toContain('**Options**');
    const before = await networkCounts();
    expect(before.polls).toBe(0);
    const [fix] = buttonsOf(answer);
    expect(fix?.custom_id).toBe('coopform:fix:poll');
    const click = g.button(author, fix?.custom_id ?? '');
    const reopened = await bot.fake.callbackOf(String(click.id));
    const inputs = (((reopened.body as Json).data as Json).components as Json[]).map(
      (c) => c.component as Json,
    );
    expect((reopened.body as Json).type).toBe(9);
    expect(inputs[0]?.value).toBe('Une seule option ?');
    expect(inputs[1]?.value).toBe('Oui');
    expect(await networkCounts()).toEqual(before);
  });

  it('asks to confirm a warning of the confidentiality guard, and posts the poll once confirmed', async () => {
    const g = await bot.newGuild();
    const author = newMember();
    const typed = {
      question: 'Faut-il rappeler Mme Martin ?',
      options: 'Oui\nNon',
      deadline: '',
      settings: '',
    };
    const [answer] = await answersTo(bot.fake, g.modal(author, 'coopform:poll', typed));
    expect(textOf(answer)).toContain('À vérifier avant d’enregistrer');
    expect(buttonsOf(answer).map((b) => b.custom_id)).toEqual(['coopform:fix:poll', 'coopform:confirm:poll']);
    const from = bot.fake.calls.length;
    const confirmed = await answersTo(bot.fake, g.button(author, 'coopform:confirm:poll'));
    expect(textOf(confirmed[0])).toMatch(/lancé/);
    expect(textOf(channelPosts(g, from)[0]?.body as Json)).toContain('Mme Martin');
  });

  it('tells how to fix a missing permission, then posts the poll with sondage publier', async () => {
    const g = await bot.newGuild();
    const author = newMember();
    bot.fake.deny(g.guild.channelId, 50013);
    const i = g.command(author, 'sondage creer', { question: 'Atelier ?', options: 'Oui;Non' });
    const answers = await answersTo(bot.fake, i);
    const said = answers.map(textOf).join('\n');
    expect(said).toContain('« Voir le salon »');
    expect(said).toContain('« Envoyer des messages »');
    expect(said).toContain('/coop sondage publier numero:1');
    expect(answers.every((a) => a.flags === 64)).toBe(true);
    const warning = bot.logger.entries.find((e) => e.message === 'Discord refused a message');
    expect(warning?.context).toMatchObject({ route: 'channel.post', failure: 'missing-permission' });
    bot.fake.allow(g.guild.channelId);
    const from = bot.fake.calls.length;
    const again = g.command(author, 'sondage publier', { numero: 1 });
    await answersTo(bot.fake, again);
    const [post] = channelPosts(g, from);
    const poll = await pollRow(database().db, await networkIdOf(database().db, g.guild.id), 1);
    expect(poll?.messageRef).toBe(
      `${g.guild.channelId}:${(post?.response as StoredMessage | undefined)?.id}`,
    );
  });

  it('posts the results as a reply to the live message at closing, and shows the live message closed', async () => {
    const g = await bot.newGuild();
    const author = newMember();
    const from = bot.fake.calls.length;
    const created = g.command(author, 'sondage creer', { question: 'Clore ?', options: 'Oui;Non' });
    await answersTo(bot.fake, created);
    const live = channelPosts(g, from)[0]?.response as StoredMessage;
    const close = g.command(author, 'sondage fermer', { numero: 1 });
    await answersTo(bot.fake, close);
    const results = await bot.fake.waitFor(
      (c) =>
        c.method === 'POST' && c.path.endsWith('/messages') && /^Résultats\s:/.test(textOf(c.body as Json)),
      5000,
      from,
    );
    expect((results.body as Json).message_reference).toMatchObject({ message_id: live.id });
    const closedEdit = await bot.fake.waitFor(
      (c) =>
        c.method === 'PATCH' &&
        c.path.endsWith(`/messages/${live.id}`) &&
        textOf(c.body as Json).includes('clos'),
    );
    expect(buttonsOf(closedEdit.body as Json)).toHaveLength(0);
  });

  it('waits out a rate limit (429 with retry_after) and posts anyway', async () => {
    const g = await bot.newGuild();
    bot.fake.rateLimit('POST', new RegExp(`^/channels/${g.guild.channelId}/messages$`), 0.3);
    const from = bot.fake.calls.length;
    const i = g.command(newMember(), 'sondage creer', { question: 'Limite ?', options: 'A;B' });
    await answersTo(bot.fake, i);
    const posts = bot.fake.calls
      .slice(from)
      .filter((c) => c.path === `/channels/${g.guild.channelId}/messages`);
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    const [limited, retried] = posts;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(250);
    expect(bot.logger.entries.some((e) => e.message === 'Discord rate limit')).toBe(true);
  });

  it('suggests the open polls of the guild’s own network only, and a poll’s options', async () => {
    const a = await bot.newGuild();
    const b = await bot.newGuild();
    await createPoll(a, { question: 'Question de A ?', options: 'Un;Deux' });
    await createPoll(b, { question: 'Question de B ?', options: 'Trois;Quatre' });
    const asked = a.autocomplete(newMember(), 'vote', { sondage: '' }, 'sondage');
    const answer = await bot.fake.callbackOf(String(asked.id));
    expect((answer.body as Json).type).toBe(8);
    const choices = ((answer.body as Json).data as Json).choices as Json[];
    expect(choices).toEqual([{ name: '1 · Question de A ?', value: 1 }]);
    const options = a.autocomplete(newMember(), 'vote', { sondage: 1, choix: 'de' }, 'choix');
    const answered = await bot.fake.callbackOf(String(options.id));
    expect(((answered.body as Json).data as Json).choices).toEqual([{ name: '2 · Deux', value: '2' }]);
  });

  it('lists the closed polls with the clos and page options of sondage liste, a missing page answered with nothing written', async () => {
    const g = await bot.newGuild();
    const author = newMember();
    for (const question of ['Premier ?', 'Second ?']) {
      await answersTo(bot.fake, g.command(author, 'sondage creer', { question, options: 'Oui;Non' }));
    }
    await answersTo(bot.fake, g.command(author, 'sondage fermer', { numero: 2 }));
    const [closed] = await answersTo(bot.fake, g.command(author, 'sondage liste', { clos: true }));
    expect(closed?.flags).toBe(64);
    expect(textOf(closed)).toContain('Sondages clos');
    expect(textOf(closed)).toMatch(/\*\*2\*\* — Second \? · aucune réponse · clos le/);
    expect(textOf(closed)).not.toContain('Premier');
    const [open] = await answersTo(bot.fake, g.command(author, 'sondage liste'));
    expect(textOf(open)).toContain('Premier ?');
    const networkId = await networkIdOf(database().db, g.guild.id);
    const before = await rowCounts(database().db, networkId);
    const [missing] = await answersTo(bot.fake, g.command(author, 'sondage liste', { clos: true, page: 2 }));
    expect(textOf(missing)).toMatch(/Cette page n’existe pas\..*entre 1 et 1/);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it('sets allowed_mentions to parse nothing on every message it sent', () => {
    const sent = sentMessages(bot.fake);
    expect(sent.length).toBeGreaterThan(20);
    for (const { body } of sent) expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
