// The exchange log on real databases: one line to record, private notice to the people
// named (who can take their name off), listing, undo, and bad input that writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };

describeDatabases('exchange log', (database) => {
  let core: Core;
  // Friday 20 November 2026, 11:00 in Paris.
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function network() {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil structure "Club de prévention Les Linandes" type PREVENTION', jean);
    await say(core, where, 'profil', zoe);
    return where;
  }

  it('records an exchange in one line and tells the people named, privately', async () => {
    const where = await network();
    const reply = await say(core, where, 'echange appel @Jean #logement note "préparation du forum"', marie);
    expect(reply.failed).toBe(false);
    expect(reply.text).toMatch(/Échange n°\u00a01 noté\u00a0: Appel avec Jean Dupont — Logement/);
    expect(reply.text).toContain('vendredi 20 novembre 2026');
    expect(reply.messages[0]?.visibility).toBe('private');
    expect(reply.notifications).toHaveLength(1);
    const notice = reply.notifications[0];
    expect(notice?.externalUserId).toBe('u-jean');
    expect(JSON.stringify(notice?.message)).toContain('echange retirer 1');
    expect(JSON.stringify(notice?.message)).toContain('Marie Curie a noté un échange avec vous');
  });

  it('accepts organisations, several people, a past date and a goal, in any order', async () => {
    const where = await network();
    await say(core, where, 'but nouveau "Aucun jeune sans solution"', marie);
    const reply = await say(
      core,
      where,
      'echange but 1 date hier rencontre @"Jean Dupont" @Zoé structure "ML Cergy" #famille',
      marie,
    );
    expect(reply.failed).toBe(false);
    expect(reply.text).toContain('Rencontre avec Jean Dupont, Zoé Lambert et Mission locale de Cergy');
    expect(reply.text).toContain('jeudi 19 novembre 2026');
    expect(reply.text).toContain('but 1');
    expect(reply.notifications.map((n) => n.memberName).sort()).toEqual(['Jean Dupont', 'Zoé Lambert']);
  });

  it('lists my exchanges, those I wrote and those I am named in', async () => {
    const where = await network();
    await say(core, where, 'echange appel @Jean', marie);
    await say(core, where, 'echange rencontre @Zoé', jean);
    const mine = await say(core, where, 'echange liste', jean);
    expect(mine.text).toContain('Vos échanges récents');
    expect(mine.text).toMatch(/\*\*1\*\* · Appel avec Jean Dupont.*\(Marie Curie\)/);
    expect(mine.text).toMatch(/\*\*2\*\* · Rencontre avec Zoé Lambert/);
    expect((await say(core, where, 'echange liste', zoe)).text).not.toContain('Appel avec Jean');
  });

  it('lets the author undo, and a person named remove their name', async () => {
    const where = await network();
    await say(core, where, 'echange appel @Jean @Zoé', marie);
    expect((await say(core, where, 'echange annuler 1', jean)).text).toContain(
      'Seule la personne qui a noté',
    );
    expect((await say(core, where, 'echange retirer 1', jean)).text).toContain(
      'Votre nom est retiré de l’échange n°\u00a01',
    );
    expect((await say(core, where, 'echange liste', jean)).text).toContain('Aucun échange');
    expect((await say(core, where, 'echange liste', marie)).text).toContain('Appel avec Zoé Lambert');
    expect((await say(core, where, 'echange annuler 1', marie)).text).toContain('est supprimé');
    expect((await say(core, where, 'echange liste', zoe)).text).toContain('Aucun échange');
  });

  it('answers in English for an English user', async () => {
    const where = await network();
    const reply = await say(core, where, 'log call @Jean #housing', { ...marie, locale: 'en' });
    expect(reply.text).toMatch(/Exchange #1 logged: Call with Jean Dupont — Housing/);
  });

  describe.each([
    ['no one named', 'echange appel #logement', /Avec qui/],
    ['an unknown member', 'echange appel @Personne', /Je ne trouve pas de membre/],
    ['an unknown organisation', 'echange appel structure "CAF de Paris"', /Je ne trouve pas de structure/],
    ['oneself', 'echange appel @Marie', /avec vous-même/],
    ['a future date', 'echange appel @Jean date demain', /dans le futur/],
    ['a date not understood', 'echange appel @Jean date 31/02', /Date non comprise/],
    ['an unknown goal', 'echange appel @Jean but 42', /pas de but n°\u00a042/],
    ['stray words', 'echange appel @Jean blabla', /Je n’ai pas compris\u00a0: «\u00a0blabla\u00a0»/],
    [
      'a phone number in the note',
      'echange appel @Jean note "rappeler la mère au 06 12 34 56 78"',
      /numéro de téléphone/,
    ],
    ['a too long note', `echange appel @Jean note "${'x'.repeat(281)}"`, /trop long/],
    ['an unknown exchange to undo', 'echange annuler 99', /pas d’échange n°\u00a099/],
    ['a missing number', 'echange annuler', /numéro de l’échange/],
    // Marie is not named in it: answered as for no exchange, whether she undoes or removes.
    ["someone else's exchange to undo", 'echange annuler 1', /pas d’échange n°\u00a01 dans ce réseau/],
    ["someone else's exchange to leave", 'echange retirer 1', /pas d’échange n°\u00a01 dans ce réseau/],
  ])('rejects %s and writes nothing', (_, input, expected) => {
    it('answers clearly', async () => {
      const where = await network();
      await say(core, where, 'echange appel @Zoé', jean);
      const entered = await core.enter({ ...where, user: marie });
      const before = await rowCounts(database().db, entered.network.id);
      const reply = await say(core, where, input, marie);
      expect(reply.failed).toBe(true);
      expect(reply.text).toMatch(expected);
      expect(reply.notifications).toEqual([]);
      expect(await rowCounts(database().db, entered.network.id)).toEqual(before);
    });
  });

  it('numbers exchanges logged at the same moment by two replicas 1 to 20, each once, with every participant', async () => {
    const where = await network();
    // On the server, a second pool acts as another process; on PGlite, both share one.
    const other =
      database().kind === 'postgres' ? testCore((await database().openAnother()).db, clock) : core;
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        say(i % 2 ? other : core, where, `echange appel @Jean ${i % 3 ? '@Zoé ' : ''}#logement`, marie),
      ),
    );
    expect(replies.map((r) => r.failed)).toEqual(replies.map(() => false));
    const refs = replies.map((r) => Number(/n°\u00a0(\d+)/.exec(r.text)?.[1]));
    expect(refs.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const entered = await core.enter({ ...where, user: marie });
    expect((await rowCounts(database().db, entered.network.id)).exchange_participants).toBe(20 + 13);
  });

  it('keeps networks apart: an exchange number of another network is unknown', async () => {
    const first = await network();
    await say(core, first, 'echange appel @Jean', marie);
    const second = await network();
    expect((await say(core, second, 'echange retirer 1', jean)).text).toContain('pas d’échange n°\u00a01');
  });
});
