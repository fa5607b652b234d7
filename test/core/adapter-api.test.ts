// What the platform adapters rely on in the core: delivery keys that make a retried
// delivery run once (across pools on the server), forms submitted as one transaction
// with errors next to their field, poll anchors, where a poll's message went (`posted`),
// and `sondage publier`.
import { expect, it } from 'vitest';
import { createStore } from '../../db/store.ts';
import { commands } from '../../src/core/commands/index.ts';
import { type Core, createCore } from '../../src/core/core.ts';
import { messageText } from '../../src/core/message.ts';
import { readPollView } from '../../src/core/polls/poll-view.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };

async function networkOf(core: Core, where: ReturnType<typeof newSpace>) {
  return (await core.enter({ ...where, user: marie })).network.id;
}

describeDatabases('adapter API of the core', (database) => {
  /** A poll's live message as the refresher reads it. */
  const pollView = (networkId: string, pollId: string) =>
    createStore(database().db).run((repos) => readPollView(repos, networkId, pollId));
  it('runs a delivery once: a replayed key gets a duplicate reply and writes nothing', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    const request = {
      ...where,
      user: marie,
      channelId: 'c1',
      text: 'sigle ajouter ZZT "Zone de test"',
      deliveryKey: `slack:trigger-${Math.random()}`,
    };
    const first = await core.handle(request);
    expect(first.failed).toBe(false);
    expect(first.duplicate).toBeUndefined();
    const networkId = await networkOf(core, where);
    const before = await rowCounts(database().db, networkId);
    const again = await core.handle(request);
    expect(again).toMatchObject({ duplicate: true, failed: false, messages: [] });
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it('does not keep the key of a command that failed, so a retry is answered again', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    const request = { ...where, user: marie, text: 'sondage 999', deliveryKey: `k-${Math.random()}` };
    const first = await core.handle(request);
    const second = await core.handle(request);
    expect(first.failed).toBe(true);
    expect(second.failed).toBe(true);
    expect(second.duplicate).toBeUndefined();
  });

  it('runs the same delivery once when two processes receive it together', async () => {
    if (database().kind !== 'postgres') return; // PGlite is one session: no concurrency to test
    const other = await database().openAnother();
    const clock = new FakeClock();
    const second = createCore({
      store: createStore(other.db),
      clock,
      logger: new RecordingLogger(),
      commands,
      secret: 'test-secret-of-at-least-thirty-two-characters',
      defaults: { name: 'Réseau test', locale: 'fr', timeZone: 'Europe/Paris', digestCron: '0 9 * * 1' },
    });
    const first = testCore(database().db, clock);
    const where = newSpace('slack');
    await first.enter({ ...where, user: jean });
    const key = `slack:same-trigger-${Math.random()}`;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? first : second).handle({
          ...where,
          user: marie,
          text: 'echange appel @"Jean Dupont" #logement',
          deliveryKey: key,
        }),
      ),
    );
    expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
    expect(outcomes.filter((o) => o.failed)).toHaveLength(0);
    const networkId = await networkOf(first, where);
    expect((await rowCounts(database().db, networkId)).exchanges).toBe(1);
  });

  it('creates a poll from the poll form and anchors its live message', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    const form = await core.form({ ...where, user: marie }, 'poll');
    expect(form.fields.map((f) => f.id)).toEqual(['question', 'options', 'deadline', 'settings']);
    expect(form.fields.length).toBeLessThanOrEqual(5);
    const reply = await core.submitForm({
      ...where,
      user: marie,
      channelId: 'c1',
      form: 'poll',
      values: {
        question: 'Quelle priorité pour l’atelier ?',
        options: '- Logement\n- Emploi\n\nSanté ',
        deadline: '3j',
        settings: 'multiple max 2',
      },
    });
    expect(reply.failed).toBe(false);
    expect(reply.fieldErrors).toEqual({});
    const live = reply.messages.find((m) => m.poll?.role === 'live');
    expect(live?.visibility).toBe('public');
    const text = messageText(live ?? { visibility: 'public', blocks: [] });
    expect(text).toContain('Logement');
    expect(text).toContain('Santé');
    const view = await pollView(live?.poll?.networkId ?? '', live?.poll?.pollId ?? '');
    expect(view).toMatchObject({ status: 'open', channelId: 'c1', messageRef: null });
    await core.posted(live?.poll, 'c1:1700000000.000100');
    const after = await pollView(view?.network.id ?? '', live?.poll?.pollId ?? '');
    expect(after?.messageRef).toBe('c1:1700000000.000100');
    expect(after?.message.poll).toEqual(live?.poll);
    // Only a live message's place is recorded.
    await core.posted({ ...(live?.poll ?? { networkId: '', pollId: '', ref: 0 }), role: 'results' }, 'c1:9');
    expect((await pollView(view?.network.id ?? '', live?.poll?.pollId ?? ''))?.messageRef).toBe(
      'c1:1700000000.000100',
    );
  });

  it('puts each poll form error next to its field, and writes nothing', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    const networkId = await networkOf(core, where);
    const before = await rowCounts(database().db, networkId);
    const submit = (values: Record<string, string>) =>
      core.submitForm({ ...where, user: marie, channelId: 'c1', form: 'poll', values });
    const base = { question: 'Quelle date ?', options: 'Lundi\nMardi', deadline: '', settings: '' };
    expect(Object.keys((await submit({ ...base, options: 'Lundi' })).fieldErrors)).toEqual(['options']);
    expect(Object.keys((await submit({ ...base, deadline: 'dans mille ans' })).fieldErrors)).toEqual([
      'deadline',
    ]);
    expect(Object.keys((await submit({ ...base, settings: 'public anonyme' })).fieldErrors)).toEqual([
      'settings',
    ]);
    const phone = await submit({ ...base, options: 'Lundi\nAppeler le 06 12 34 56 78' });
    expect(Object.keys(phone.fieldErrors)).toEqual(['options']);
    expect(phone.fieldErrors.options).toMatch(/numéro de téléphone/);
    expect(phone.confirmable).toBe(false);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it('prefills the profile form and saves every changed field in one transaction', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    await say(core, where, 'profil metier "Éducatrice spécialisée"', marie);
    const form = await core.form({ ...where, user: marie }, 'profile');
    expect(form.fields.find((f) => f.id === 'roleTitle')?.initial).toBe('Éducatrice spécialisée');
    const saved = await core.submitForm({
      ...where,
      user: marie,
      form: 'profile',
      values: {
        organisation: 'Mission locale de Cergy (ML)',
        roleTitle: 'Éducatrice spécialisée',
        territory: 'Cergy',
        themes: '',
        helpOffer: 'accès aux droits des jeunes',
      },
    });
    expect(saved.failed).toBe(false);
    const card = saved.messages.map(messageText).join('\n');
    expect(card).toContain('Mission locale de Cergy');
    expect(card).toContain('accès aux droits des jeunes');

    const networkId = await networkOf(core, where);
    const before = await rowCounts(database().db, networkId);
    const refused = await core.submitForm({
      ...where,
      user: marie,
      form: 'profile',
      values: {
        organisation: 'Centre social Les Touleuses (CS)',
        territory: 'Osny',
        helpOffer: 'marie@example.org',
      },
    });
    expect(refused.failed).toBe(true);
    expect(Object.keys(refused.fieldErrors)).toEqual(['helpOffer']);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    const profile = (await say(core, where, 'profil', marie)).text;
    expect(profile).toContain('Cergy');
    expect(profile).not.toContain('Osny');

    const unchanged = await core.submitForm({ ...where, user: marie, form: 'profile', values: {} });
    expect(unchanged.failed).toBe(false);
    expect(unchanged.messages.map(messageText).join('\n')).toContain('Rien n’a changé');
  });

  it('answers in the language a member chose over the platform’s language setting', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    await say(core, where, 'profil langue en', marie);
    const reply = await core.handle({ ...where, user: { ...marie, locale: 'fr' }, text: 'sondage 99' });
    expect(reply.locale).toBe('en');
    expect(reply.messages.map(messageText).join('\n')).toContain('I cannot find poll #99');
  });

  it('marks closing results as the poll’s, and lets the author post the poll again', async () => {
    const core = testCore(database().db);
    const where = newSpace('slack');
    const created = await core.handle({
      ...where,
      user: marie,
      channelId: 'c1',
      text: 'sondage "Q ?" "A" "B"',
    });
    const pollId = created.messages[0]?.poll?.pollId ?? '';
    expect(pollId).not.toBe('');
    const again = await core.handle({ ...where, user: marie, channelId: 'c2', text: 'sondage publier 1' });
    expect(again.failed).toBe(false);
    expect(again.messages[0]).toMatchObject({ visibility: 'public', poll: { pollId, role: 'live' } });
    await core.posted(again.messages[0]?.poll, 'c2:1700000000.000200');
    const refused = await core.handle({ ...where, user: jean, channelId: 'c2', text: 'sondage publier 1' });
    expect(refused.failed).toBe(true);
    const closed = await core.handle({ ...where, user: marie, channelId: 'c1', text: 'sondage fermer 1' });
    // The results answer the live message where it was last posted.
    expect(closed.messages[0]?.poll).toMatchObject({
      pollId,
      role: 'results',
      replyTo: 'c2:1700000000.000200',
    });
    const view = await pollView(closed.messages[0]?.poll?.networkId ?? '', pollId);
    expect(view?.status).toBe('closed');
    expect(view?.message.blocks.some((b) => b.type === 'buttons')).toBe(false);
    const late = await core.handle({ ...where, user: marie, channelId: 'c2', text: 'sondage publier 1' });
    expect(late.failed).toBe(true);
  });
});
