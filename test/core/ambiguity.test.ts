// A name or an option that fits several is said to be ambiguous, with the candidates, and
// nothing is saved — never answered as "not found", never resolved to one of them at random.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const curie = { externalId: 'u-curie', displayName: 'Marie Curie', isPlatformAdmin: false };
const dupont = { externalId: 'u-dupont', displayName: 'Marie Dupont', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Martin', isPlatformAdmin: false };

describeDatabases('ambiguous names and options', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  async function twoMaries() {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', curie);
    await say(core, where, 'profil', dupont);
    await say(core, where, 'profil', jean);
    const { network } = await core.enter({ ...where, user: jean });
    return { where, networkId: network.id };
  }

  it('says a first name two members share is ambiguous, with both, in French and English', async () => {
    const { where } = await twoMaries();
    const fr = await say(core, where, 'profil @Marie', jean);
    expect(fr.failed).toBe(true);
    expect(fr.text).toContain(
      'Plusieurs membres correspondent à «\u00a0Marie\u00a0»\u00a0: Marie Curie (Mission locale de Cergy), Marie Dupont.',
    );
    expect(fr.text).not.toContain('Je ne trouve pas');
    const en = await say(core, where, 'profile @Marie', { ...jean, locale: 'en' });
    expect(en.text).toContain(
      'Several members match "Marie": Marie Curie (Mission locale de Cergy), Marie Dupont. Give the full name, for example: `@"Marie Curie"`.',
    );
    // The full name, or a first name only one member has, still designates one person.
    expect((await say(core, where, 'profil @"Marie Dupont"', jean)).text).toContain('Profil de Marie Dupont');
    expect((await say(core, where, 'profil @Jean', curie)).text).toContain('Profil de Jean Martin');
    expect((await say(core, where, 'profil @Paul', curie)).text).toContain('Je ne trouve pas de membre');
  });

  it('saves no exchange naming an ambiguous member', async () => {
    const { where, networkId } = await twoMaries();
    const before = await rowCounts(database().db, networkId);
    const reply = await say(core, where, 'echange appel @Marie #logement', jean);
    expect(reply.failed).toBe(true);
    expect(reply.text).toContain('Plusieurs membres correspondent à «\u00a0Marie\u00a0»');
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it('names a facilitator only when the name designates one member', async () => {
    const { where } = await twoMaries();
    const reply = await say(core, where, 'config facilitateur ajouter @Marie');
    expect(reply.failed).toBe(true);
    expect(reply.text).toContain('Marie Curie (Mission locale de Cergy), Marie Dupont');
    expect((await say(core, where, 'config')).text).not.toContain('Marie');
  });

  it('says a word two options start with is ambiguous, with both, and counts no vote', async () => {
    const where = newSpace();
    await say(core, where, 'sondage "Quel créneau ?" "Mardi matin" "Mardi soir" "Jeudi"', curie);
    const fr = await say(core, where, 'vote 1 "mardi"', jean);
    expect(fr.failed).toBe(true);
    expect(fr.text).toContain(
      'Plusieurs options du sondage n°\u00a01 correspondent à «\u00a0mardi\u00a0»\u00a0: 1. Mardi matin, 2. Mardi soir. Choisissez par son numéro, par exemple `vote 1 1`.',
    );
    const en = await say(core, where, 'vote 1 tuesday mardi', { ...jean, locale: 'en' });
    expect(en.text).toContain('Poll #1 has no option "tuesday mardi"');
    const en2 = await say(core, where, 'vote 1 Mardi', { ...jean, locale: 'en' });
    expect(en2.text).toContain('Several options of poll #1 match "Mardi": 1. Mardi matin, 2. Mardi soir.');
    const shown = await say(core, where, 'sondage 1', jean);
    expect(shown.text).toContain('Vous n’avez pas encore voté.');
    // One option fits: the vote goes through.
    expect((await say(core, where, 'vote 1 "mardi soir"', jean)).failed).toBe(false);
    expect((await say(core, where, 'vote 1 jeu', dupont)).failed).toBe(false);
  });
});
