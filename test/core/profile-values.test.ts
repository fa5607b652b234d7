// What `profil` answers when a value is left out or there are too many themes: the field
// and an example of its own, in the user's language; nothing is written.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const sam = { externalId: 'u-sam', displayName: 'Sam Taylor', isPlatformAdmin: false, locale: 'en' as const };

describeDatabases('profile values', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it.each([
    ['profil metier', '« metier »', 'profil metier "Éducatrice spécialisée"'],
    ['profil thematiques', '« thematiques »', 'profil thematiques logement, famille'],
    ['profil territoire', '« territoire »', 'profil territoire "Cergy, quartier des Touleuses"'],
    ['profil aide', '« aide »', 'profil aide "accès aux droits des jeunes"'],
    ['profil structure', '« structure »', 'profil structure "Mission locale de Cergy" type ML'],
  ])('names the field and gives its own example when `%s` has no value', async (typed, field, example) => {
    const where = newSpace();
    await say(core, where, 'profil', marie);
    const network = (await core.enter({ ...where, user: marie })).network.id;
    const before = await rowCounts(database().db, network);
    const reply = await say(core, where, typed, marie);
    expect(reply.failed).toBe(true);
    expect(reply.text).not.toContain('{field}');
    expect(reply.text.replace(/\u00a0/g, ' ')).toContain(field);
    expect(reply.text).toContain(example);
    expect(await rowCounts(database().db, network)).toEqual(before);
  });

  it('answers in English with the English field and example', async () => {
    const where = newSpace();
    const reply = await say(core, where, 'profile role', sam);
    expect(reply.text).toContain('Give a value after "role"');
    expect(reply.text).toContain('profile role "Youth worker"');
  });

  it('says 10 themes at most when given eleven, and saves none', async () => {
    const where = newSpace();
    const eleven = 'a1, b2, c3, d4, e5, f6, g7, h8, i9, j10, k11';
    const reply = await say(core, where, `profil thematiques ${eleven}`, marie);
    expect(reply.failed).toBe(true);
    expect(reply.text.replace(/[\u00a0\u202f]/g, ' ')).toContain('11 thématiques : 10 au plus');
    expect((await say(core, where, 'profil', marie)).text).not.toContain('k11');
    const english = await say(core, where, `profile themes ${eleven}`, sam);
    expect(english.text).toContain('11 themes: 10 at most');
  });

  it('refuses a phone number or an e-mail in a profile for what a profile is, not with advice about a mother', async () => {
    const where = newSpace();
    for (const typed of [
      'profil aide "appelez-moi au 06 12 34 56 78"',
      'profil metier "marie.dupont@example.org"',
    ]) {
      const reply = await say(core, where, typed, marie);
      expect(reply.failed).toBe(true);
      expect(reply.text).toMatch(/Un profil ne garde jamais de numéro ni d.adresse e-mail/);
      expect(reply.text).not.toContain('mère de famille');
    }
    const english = await say(core, where, 'profile help "call me on 06 12 34 56 78"', sam);
    expect(english.text).toContain('A profile never keeps a phone number');
  });
});
