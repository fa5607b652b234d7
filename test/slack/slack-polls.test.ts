// Polls in Slack, end to end against the fake: created by text and by modal, voted by
// button clicks from several users (a repeated or replayed click counted once), the live
// message edited by chat.update at most every 2 seconds under a burst, modal errors next
// to their field, the profile form, and results in the poll's thread at closing.
import { eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import * as schema from '../../db/schema.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';
import type { ApiCall, FakeUser, Payload } from './fake-slack.ts';
import {
  blocksText,
  CHANNEL,
  clickPayload,
  type SlackBot,
  startSlackBot,
  submissionPayload,
  USERS,
  until,
} from './slack-bot.ts';

describeDatabases('Slack polls', (database) => {
  let bot: SlackBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });
  const start = async (clock?: FakeClock) => {
    bot = await startSlackBot(database().db, clock ? { clock } : {});
    return bot;
  };

  const posts = (b: SlackBot, channel = CHANNEL) =>
    b.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel && c.answer?.ok);
  const updates = (b: SlackBot) => b.fake.callsOf('chat.update');
  const duplicates = (b: SlackBot) =>
    b.logger.entries.filter((e) => e.message.startsWith('delivery already handled')).length;

  /** Creates a poll by text and returns its live message as posted. */
  async function pollByText(b: SlackBot, text: string) {
    const before = posts(b).length;
    await b.command(text);
    const call = await until(() => posts(b)[before]);
    return live(call);
  }
  const live = (call: ApiCall) => ({
    blocks: call.params.blocks as Payload[],
    channel: String(call.answer?.channel),
    ts: String(call.answer?.ts),
  });

  async function click(b: SlackBot, message: ReturnType<typeof live>, label: string, user: FakeUser) {
    const payload = clickPayload(b.fake, message, { label }, user);
    const sent = await b.click(payload);
    expect(sent.status).toBe(200);
    return (await until(() => b.fake.responsesTo(payload.response_url)[0])).body;
  }

  async function storedRef(b: SlackBot) {
    const rows = await database()
      .db.select({ ref: schema.polls.messageRef })
      .from(schema.polls)
      .where(eq(schema.polls.networkId, await b.networkId()));
    return rows.map((r) => r.ref);
  }

  it('posts a poll typed as text with vote buttons, and records where it is', async () => {
    const b = await start();
    const message = await pollByText(b, 'sondage "Quelle date pour le forum ?" "Lundi" "Mardi" "Jeudi"');
    const actions = message.blocks.filter((block) => block.type === 'actions');
    const labels = actions.flatMap((a) => (a.elements as Payload[]).map((e) => e.text.text));
    expect(labels).toEqual(['Lundi', 'Mardi', 'Jeudi', 'Retirer mon vote']);
    const ids = actions.flatMap((a) => (a.elements as Payload[]).map((e) => e.action_id));
    expect(new Set(ids).size).toBe(4);
    expect(await until(async () => (await storedRef(b))[0] ?? undefined)).toBe(`${CHANNEL}:${message.ts}`);
  });

  it('counts clicks from several users once each, answers each privately, and updates the poll', async () => {
    const b = await start();
    const message = await pollByText(b, 'sondage "Café coopération ?" "Oui" "Non" public');
    const answer = await click(b, message, 'Oui', USERS.alice);
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blocksText(answer)).toContain('Vote enregistré');
    // The private answer offers to change or withdraw the vote.
    expect(blocksText(answer)).toContain('vote 1 retirer');
    await click(b, message, 'Non', USERS.marie);
    await click(b, message, 'Oui', USERS.jean);
    await click(b, message, 'Oui', USERS.jean);
    const sam = await click(b, message, 'Oui', USERS.sam);
    expect(blocksText(sam)).toContain('Vote recorded');

    // A delivery Slack replays (same trigger and action) runs once.
    const replayed = clickPayload(b.fake, message, { label: 'Non' }, USERS.marie, {
      triggerId: 'trigger-replay',
    });
    await b.click(replayed);
    await until(() => b.fake.responsesTo(replayed.response_url)[0]);
    await b.click(replayed, { retryNum: 1 });
    await until(() => duplicates(b) === 1);
    expect(b.fake.responsesTo(replayed.response_url)).toHaveLength(1);

    const last = await until(() => {
      const u = updates(b).at(-1);
      return u && blocksText(u.params).includes('4 participants') ? u : undefined;
    }, 6000);
    expect(last.params).toMatchObject({ channel: CHANNEL, ts: message.ts });
    expect(blocksText(last.params)).toMatch(/Oui — 3 votes/);
    expect(updates(b).every((u) => u.params.ts === message.ts)).toBe(true);
    // Never edited through response_url: every answer there was a new ephemeral message.
    expect(b.fake.responses.every((r) => r.body.replace_original === false)).toBe(true);
  });

  it('edits the poll message at most once every 2 seconds under a burst of clicks, and then shows all', async () => {
    const b = await start();
    const voters = Array.from({ length: 12 }, (_, i) =>
      b.fake.addUser({
        id: `UVOTER${String(i).padStart(2, '0')}`,
        name: `voter${i}`,
        displayName: `Votant ${i}`,
      }),
    );
    const message = await pollByText(b, 'sondage "Atelier en mars ?" "Oui" "Non"');
    const burstStart = Date.now();
    await Promise.all(voters.map((voter, i) => click(b, message, i % 2 ? 'Oui' : 'Non', voter)));
    const burstEnd = Date.now();
    const final = await until(
      () => updates(b).find((u) => blocksText(u.params).includes('12 participants')),
      15_000,
    );
    const seen = updates(b);
    const times = seen.map((u) => u.at);
    // 2 s apart when sent; the fake sees them later by however long a loaded machine takes
    // to deliver each, so the gap it sees may shrink by that much (never to a burst).
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThan(1000);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil((burstEnd - burstStart) / 2000) + 2);
    expect(seen.length).toBeLessThan(voters.length);
    expect(seen.at(-1)).toBe(final);
  });

  it('opens the poll form for /coop sondage alone and posts the poll it is submitted with', async () => {
    const b = await start();
    const opened = await b.command('sondage');
    const call = await until(() => b.fake.callsOf('views.open')[0]);
    expect(call.params.trigger_id).toBe(opened.triggerId);
    const view = call.params.view as Payload;
    expect(view.title.text).toBe('Nouveau sondage');
    const values = {
      question: 'Quel créneau ?',
      options: 'Lundi matin\nMardi soir',
      deadline: '3j',
      settings: '',
    };
    const submission = submissionPayload(b.fake, view, values, USERS.marie, { triggerId: 'trigger-form-1' });
    const acked = await b.submit(submission);
    expect(acked.status).toBe(200);
    expect(acked.body).toBe('');
    const message = live(await until(() => posts(b)[0]));
    expect(blocksText({ blocks: message.blocks })).toContain('Quel créneau ?');
    expect((await until(() => b.fake.responsesTo(opened.responseUrl)[0])).body.text).toContain(
      'Votre sondage n',
    );
    expect(await until(async () => (await storedRef(b))[0] ?? undefined)).toBe(`${CHANNEL}:${message.ts}`);

    // Slack delivering the same submission again creates nothing.
    await b.submit(submission, { retryNum: 1 });
    await until(() => duplicates(b) === 1);
    expect((await rowCounts(database().db, await b.networkId())).polls).toBe(1);
  });

  it('shows form errors next to their field and writes nothing; a guard warning is confirmed by sending again', async () => {
    const b = await start();
    await b.command('sondage');
    const view = (await until(() => b.fake.callsOf('views.open')[0])).params.view as Payload;
    const networkId = await b.networkId();
    const before = await rowCounts(database().db, networkId);
    const phone = {
      question: 'Qui rappelle ?',
      options: 'Moi\nAppeler le 06 12 34 56 78',
      deadline: '',
      settings: '',
    };
    const refused = await b.submit(submissionPayload(b.fake, view, phone, USERS.alice, { viewId: 'V1' }));
    const errors = JSON.parse(refused.body) as Payload;
    expect(errors.response_action).toBe('errors');
    expect(Object.keys(errors.errors)).toEqual(['options']);
    expect(errors.errors.options).toMatch(/numéro de téléphone/);
    expect(errors.errors.options).not.toContain('**');
    expect(await rowCounts(database().db, networkId)).toEqual(before);

    const warned = {
      question: 'La famille Traoré demande une aide : qui peut ?',
      options: 'Moi\nPas moi',
      deadline: '',
      settings: '',
    };
    const first = await b.submit(submissionPayload(b.fake, view, warned, USERS.alice, { viewId: 'V1' }));
    const warning = JSON.parse(first.body) as Payload;
    expect(Object.keys(warning.errors)).toEqual(['question']);
    expect(warning.errors.question).toContain('cliquez à nouveau sur');
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    const confirmed = await b.submit(submissionPayload(b.fake, view, warned, USERS.alice, { viewId: 'V1' }));
    expect(confirmed.body).toBe('');
    await until(() => posts(b)[0]);
    expect((await rowCounts(database().db, networkId)).polls).toBe((before.polls ?? 0) + 1);
  });

  it('opens the profile form prefilled and answers with the saved profile', async () => {
    const b = await start();
    const typed = await b.command('profil metier "Éducatrice spécialisée"', { user: USERS.marie });
    await until(() => b.fake.responsesTo(typed.responseUrl)[0]);
    const opened = await b.command('profil', { user: USERS.marie });
    const view = (await until(() => b.fake.callsOf('views.open')[0])).params.view as Payload;
    const role = (view.blocks as Payload[]).find((block) => block.block_id === 'roleTitle');
    expect(role?.element.initial_value).toBe('Éducatrice spécialisée');
    const values = {
      organisation: '',
      roleTitle: 'Éducatrice spécialisée',
      territory: 'Cergy',
      themes: '',
      helpOffer: '',
    };
    const acked = await b.submit(submissionPayload(b.fake, view, values, USERS.marie));
    expect(acked.body).toBe('');
    const card = await until(() => b.fake.responsesTo(opened.responseUrl)[0]);
    expect(card.body.response_type).toBe('ephemeral');
    expect(blocksText(card.body)).toContain('Cergy');
  });

  it('posts the results in the poll’s thread at its deadline and shows the poll closed', async () => {
    const clock = new FakeClock(new Date());
    const b = await start(clock);
    const message = await pollByText(b, 'sondage "Réunion de rentrée ?" "Oui" "Non" duree 1h');
    await click(b, message, 'Oui', USERS.marie);
    clock.advance(2 * 3_600_000);
    // The server database is shared with other suites whose polls may be due too: tick
    // until this one is closed rather than expecting it to be the only item.
    const results = await until(async () => {
      await b.app.scheduler.tick();
      return posts(b).find((c) => c.params.thread_ts === message.ts);
    });
    expect(blocksText(results.params)).toContain('Résultats');
    const closed = await until(() =>
      updates(b).find((u) => u.params.ts === message.ts && !blocksText(u.params).includes('"actions"')),
    );
    expect(closed.params.channel).toBe(CHANNEL);
    expect((closed.params.blocks as Payload[]).some((block) => block.type === 'actions')).toBe(false);
  });

  it('posts the results of a poll closed by command in its thread and shows the poll closed', async () => {
    const b = await start();
    const message = await pollByText(b, 'sondage "Clore maintenant ?" "Oui" "Non"');
    await until(async () => (await storedRef(b))[0] ?? undefined);
    await b.command('sondage fermer 1');
    const results = await until(() => posts(b).find((c) => c.params.thread_ts === message.ts));
    expect(blocksText(results.params)).toContain('Résultats');
    const closed = await until(() =>
      updates(b).find(
        (u) =>
          u.params.ts === message.ts &&
          !(u.params.blocks as Payload[]).some((block) => block.type === 'actions'),
      ),
    );
    expect(closed.params.channel).toBe(CHANNEL);
  });
});
