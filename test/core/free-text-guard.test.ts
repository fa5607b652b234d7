// Every free text the bot stores goes through the confidentiality guard: each command
// argument that ends up in the database is tried with personal data, which must be
// refused with the guard's message and leave every table unchanged.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const PHONE = '06 12 34 56 78';
const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };

/** [what is stored, the command that would store it]. */
const STORED_TEXTS: Array<[string, string]> = [
  ['network name', `config nom "Réseau ${PHONE}"`],
  ['organisation name', `profil structure "Asso ${PHONE}" type ASSO`],
  ['role', `profil metier "Éducatrice, joignable au ${PHONE}"`],
  ['territory', `profil territoire "Cergy, ${PHONE}"`],
  ['free theme', `profil thematiques logement, appeler ${PHONE}`],
  ['help offer', `profil aide "appelez-moi au ${PHONE}"`],
  ['exchange note', `echange appel @Marie note "rappeler la mère au ${PHONE}"`],
  ['exchange theme', `echange appel @Marie #${PHONE.replaceAll(' ', '')}`],
  ['goal title', `but nouveau "Rappeler au ${PHONE}"`],
  ['goal description', `but nouveau "Forum" description "contact au ${PHONE}"`],
  ['goal indicator', `but nouveau "Forum" indicateur "contact au ${PHONE}"`],
  ['goal indicator update', `but 1 indicateur "contact au ${PHONE}"`],
  ['goal title update', `but 1 titre "contact au ${PHONE}"`],
  ['goal description update', `but 1 description "contact au ${PHONE}"`],
  ['glossary term', `sigle ajouter "${PHONE}" "un numéro"`],
  ['glossary definition', `sigle ajouter XYZ "joindre au ${PHONE}"`],
  ['glossary definition edit', `sigle modifier ABC "joindre au ${PHONE}"`],
];

describeDatabases('the guard on every stored text', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  describe.each(STORED_TEXTS)('%s', (_, command) => {
    it("is refused with the guard's message, and nothing is written", async () => {
      const where = newSpace();
      await say(core, where, 'profil', marie);
      await say(core, where, 'but nouveau "Forum des métiers"');
      await say(core, where, 'sigle ajouter ABC "Association des bénévoles du centre"');
      const { network } = await core.enter({ ...where, user: marie });
      const before = await rowCounts(database().db, network.id);
      const reply = await say(core, where, command);
      expect(reply.failed).toBe(true);
      expect(reply.text).toContain('un numéro de téléphone');
      // A profile field says it in its own words (a profile keeps no contact details).
      expect(reply.text).toMatch(/n’a pas été enregistré|Rien n’a été enregistré/);
      expect(await rowCounts(database().db, network.id)).toEqual(before);
    });
  });
});
