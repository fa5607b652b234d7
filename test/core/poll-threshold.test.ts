// `config seuil N` / `config threshold N` on real databases: the anonymity threshold of polls,
// from 3 to 10, facilitators only, audited, shown in the settings, and what results use.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const ADMIN = { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true };
const ADMIN_EN = { ...ADMIN, locale: 'en' as const };
const MARIE = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
type Where = ReturnType<typeof newSpace>;

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describeDatabases('the anonymity threshold of polls', (database) => {
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db, clock);
  });
  const act = (where: Where, text: string, user: Parameters<typeof say>[3] = ADMIN) => {
    clock.advance(60_000);
    return say(core, where, text, user);
  };
  const networkOf = async (where: Where) => (await core.enter({ ...where, user: ADMIN })).network;

  it('sets the threshold from 3 to 10, audits it and shows it in the settings, in both languages', async () => {
    const where = newSpace();
    expect(plain((await act(where, 'config')).text)).toContain('Seuil d’anonymat des sondages: 3 réponses');
    expect(plain((await act(where, 'config seuil')).text)).toContain('Seuil d’anonymat : 3 réponses.');
    const set = await act(where, 'config seuil 5');
    expect(set.failed).toBe(false);
    expect(plain(set.text)).toContain('Seuil d’anonymat : 5 réponses (avant : 3)');
    expect((await networkOf(where)).pollMinBreakdown).toBe(5);
    const english = await act(where, 'config threshold 10 answers', ADMIN_EN);
    expect(english.text).toContain('Anonymity threshold: 10 answers (was 5)');
    expect((await networkOf(where)).pollMinBreakdown).toBe(10);
    expect((await act(where, 'config', ADMIN_EN)).text).toContain('Anonymity threshold of polls: 10 answers');
    const journal = plain((await act(where, 'config journal')).text);
    expect(journal).toContain('a changé le seuil d’anonymat des sondages : 5 → 10 réponses');
    expect(journal).toContain(': 3 → 5 réponses');
    expect(english.text).not.toContain('Note:');
    expect((await act(where, 'config audit', ADMIN_EN)).text).toContain(
      "changed the polls' anonymity threshold: 5 → 10 answers",
    );
    expect(plain((await act(where, 'config seuil 10')).text)).toContain('déjà de 10 réponses');
    expect(plain(set.text)).not.toContain('Attention');
    const lowered = plain((await act(where, 'config seuil 4')).text);
    expect(lowered).toContain('Seuil d’anonymat : 4 réponses (avant : 10)');
    expect(lowered).toContain('Les sondages déjà lancés gardent le seuil sous lequel on y a voté : 10');
  });

  it('refuses out of range, not a number and stray words, saying why 2 is too few, writing nothing', async () => {
    const where = newSpace();
    await act(where, 'config');
    const networkId = (await networkOf(where)).id;
    const before = await rowCounts(database().db, networkId);
    for (const value of ['2', '11', '0', 'cinq', '4.5', '-3', '5 jours']) {
      const reply = await act(where, `config seuil ${value}`);
      expect(reply.failed, value).toBe(true);
      expect(plain(reply.text), value).toBe(
        'Donnez un nombre entier de 3 à 10 : par exemple `config seuil 5`. Pas moins de 3 : avec 2 votants, chacun saurait ce qu’a choisi l’autre.',
      );
    }
    const english = await act(where, 'config threshold 2', ADMIN_EN);
    expect(english.text).toBe(
      'Give a whole number from 3 to 10: for example `config threshold 5`. Not below 3: with 2 voters, each would learn what the other chose.',
    );
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    expect((await networkOf(where)).pollMinBreakdown).toBe(3);
  });

  it('refuses a member who is not a facilitator, in their language, writing nothing', async () => {
    const where = newSpace();
    await act(where, 'profil', MARIE);
    const networkId = (await networkOf(where)).id;
    const before = await rowCounts(database().db, networkId);
    const refused = await act(where, 'config seuil 5', MARIE);
    expect(refused.failed).toBe(true);
    expect(refused.text).toContain('réservée aux facilitateurs');
    const english = await act(where, 'config threshold 5', { ...MARIE, locale: 'en' as const });
    expect(english.failed).toBe(true);
    expect(english.text).toContain('facilitators');
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    expect((await networkOf(where)).pollMinBreakdown).toBe(3);
  });

  it('hides an anonymous poll’s breakdown below the threshold the facilitators set', async () => {
    const where = newSpace();
    await act(where, 'config seuil 4');
    const created = await act(where, 'sondage "Quel jour ?" "Lundi" "Mardi"');
    expect(created.failed, created.text).toBe(false);
    for (const [i, choice] of ['1', '2', '1'].entries())
      await act(where, `vote 1 ${choice}`, { ...MARIE, externalId: `u-${i}`, displayName: `Votant ${i}` });
    const closed = plain((await act(where, 'sondage fermer 1')).text);
    expect(closed).toContain('moins de 4 réponses');
  });

  it('never uncovers a past poll when lowered: each poll keeps the threshold it opened under', async () => {
    const where = newSpace();
    await act(where, 'config seuil 5');
    await act(where, 'sondage "Quel jour ?" "Lundi" "Mardi"');
    for (const [i, choice] of ['1', '2', '1', '1'].entries())
      await act(where, `vote 1 ${choice}`, { ...MARIE, externalId: `v-${i}`, displayName: `Votant ${i}` });
    expect(plain((await act(where, 'sondage fermer 1')).text)).toContain('moins de 5 réponses');
    await act(where, 'config seuil 3');
    // Four answers, under the 5 its voters voted under: still no breakdown, anywhere.
    const shown = plain((await act(where, 'sondage 1')).text);
    expect(shown).toContain('moins de 5 réponses');
    expect(shown).not.toMatch(/Lundi.*\d+ ?%/);
    expect(plain((await act(where, 'sondage export 1')).text)).toContain('5');
    // A poll opened after the lowering is held to the new threshold; raising it again holds all.
    await act(where, 'sondage "Quelle salle ?" "A" "B"');
    for (const [i, choice] of ['1', '2', '1'].entries())
      await act(where, `vote 2 ${choice}`, { ...MARIE, externalId: `w-${i}`, displayName: `Votante ${i}` });
    expect(plain((await act(where, 'sondage fermer 2')).text)).not.toContain('moins de');
    await act(where, 'config seuil 4');
    expect(plain((await act(where, 'sondage 2')).text)).toContain('moins de 4 réponses');
  });
});
