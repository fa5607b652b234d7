// Wording a new user met (issue 19): help that fits where it is read, labels without double
// brackets, hints that match the state of things, a privacy notice in the product's words.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describeDatabases('wording', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it('shows the type of an organisation without double brackets, and says when a profile is complete', async () => {
    const where = newSpace();
    const set = [
      'profil structure "PRE de Cergy" type PRE',
      'profil metier "Coordinatrice"',
      'profil territoire "Cergy"',
      'profil thematiques famille',
    ];
    for (const line of set) await say(core, where, line, marie);
    const partial = flat((await say(core, where, 'profil', marie)).text);
    expect(partial).toContain('PRE de Cergy — Programme de Réussite Éducative (PRE)');
    expect(partial).not.toContain('((');
    expect(partial).toContain('Pour compléter : `profil aide');
    expect(partial).not.toContain('profil metier "Conseillère');
    await say(core, where, 'profil aide "accès aux droits"', marie);
    const complete = flat((await say(core, where, 'profil', marie)).text);
    expect(complete).toContain('Profil complet');
    expect(complete).not.toContain('Pour compléter');
  });

  it('explains `multiple max` with 2 options without « entre 2 et 2 »', async () => {
    const where = newSpace();
    const reply = flat(
      (await say(core, where, 'sondage "Oui ou non ?" "Oui" "Non" multiple max 5', marie)).text,
    );
    expect(reply).toContain('Avec 2 options');
    expect(reply).not.toContain('entre 2 et 2');
  });

  it('does not say people were told when only an organisation was named', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "CCAS de Cergy" type CCAS', marie);
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', {
      externalId: 'u-jean',
      displayName: 'Jean Dupont',
      isPlatformAdmin: false,
    });
    const reply = flat(
      (await say(core, where, 'echange appel structure "Mission locale de Cergy"', marie)).text,
    );
    expect(reply).toContain('Échange n° 1 noté');
    expect(reply).not.toContain('personnes nommées');
  });

  it('lists +N and -N in the help of vote', async () => {
    const where = newSpace();
    const help = (await say(core, where, 'aide vote', marie)).text;
    expect(help).toContain('vote 4 +2');
    expect(help).toContain('vote N OPTION… | +OPTION | -OPTION');
  });

  it('speaks of buts in the privacy notice and names the network and its retention at the end', async () => {
    const where = newSpace();
    const notice = flat((await say(core, where, 'confidentialite', marie)).text);
    expect(notice).not.toMatch(/objectif/i);
    expect(notice).toContain('buts communs');
    expect(notice.trim().split('\n').at(-1)).toMatch(/^Réseau « .+ » · notes des échanges gardées 12 mois$/);
  });
});
