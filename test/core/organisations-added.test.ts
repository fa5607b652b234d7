// An organisation enters the network without anyone joining it (`qui structures ajouter`),
// an unknown organisation named in an exchange suggests that instead of moving one's own
// profile, and merging organisations of different types asks for `--ok`.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const english = { ...marie, locale: 'en' as const };

describeDatabases('organisations added without joining, merges across types', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  async function networkOf(where: ReturnType<typeof newSpace>) {
    return (await core.enter({ ...where, user: marie })).network.id;
  }

  it('suggests adding an unknown organisation named in an exchange, not moving your profile', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    const fr = await say(core, where, 'echange appel structure "Nouvelle asso"', marie);
    expect(fr.failed).toBe(true);
    expect(fr.text).toContain('`qui structures ajouter "Nouvelle asso" type CODE`');
    expect(fr.text).not.toContain('profil structure');
    const en = await say(core, where, 'log call organisation "Nouvelle asso"', english);
    expect(en.text).toContain('`who organisations add "Nouvelle asso" type CODE`');
    expect(en.text).not.toContain('profile organisation');
    // In one's profile, the unknown organisation is still created by joining it.
    expect((await say(core, where, 'profil structure "Autre asso"', marie)).text).toContain(
      '`profil structure "Autre asso" type CODE`',
    );
  });

  it('adds an organisation with no member, which an exchange can then name', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    const added = await say(core, where, 'qui structures ajouter "Nouvelle asso" type ASSO', marie);
    expect(added.failed).toBe(false);
    expect(added.text).toContain(
      'La structure «\u00a0Nouvelle asso\u00a0» (ASSO) est ajoutée au réseau, sans membre pour l’instant.',
    );
    expect((await say(core, where, 'profil', marie)).text).toContain('Mission locale de Cergy');
    const listed = await say(core, where, 'qui structures', marie);
    expect(listed.text).toContain('**Nouvelle asso** (Associations) — aucun membre inscrit');
    const logged = await say(core, where, 'echange appel structure "Nouvelle asso"', marie);
    expect(logged.failed).toBe(false);
    const again = await say(core, where, 'qui structures ajouter "nouvelle ASSO" type ASSO', marie);
    expect(again.text).toContain('est déjà dans le réseau');
    const en = await say(core, where, 'who organisations add "Youth club" type SERVICE_JEUNESSE', english);
    expect(en.text).toContain(
      'The organisation "Youth club" (SERVICE_JEUNESSE) is added to the network, with no member yet.',
    );
  });

  it('asks for --ok before adding a name close to an organisation already there', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    const networkId = await networkOf(where);
    const before = await rowCounts(database().db, networkId);
    const close = await say(core, where, 'qui structures ajouter "ML Cergy" type ML', marie);
    expect(close.failed).toBe(true);
    expect(close.text).toContain('ressemble à «\u00a0Mission locale de Cergy\u00a0» (ML)');
    const en = await say(core, where, 'who organisations add "ML Cergy" type ML', english);
    expect(en.text).toContain(
      '"ML Cergy" looks like "Mission locale de Cergy" (ML), already in the network.',
    );
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    const confirmed = await say(core, where, 'qui structures ajouter "ML Cergy" type ML --ok', marie);
    expect(confirmed.failed).toBe(false);
    expect((await rowCounts(database().db, networkId)).organisations).toBe((before.organisations ?? 0) + 1);
  });

  it('refuses an addition without a type, or with an unknown one, and writes nothing', async () => {
    const where = newSpace();
    await say(core, where, 'profil', marie);
    const networkId = await networkOf(where);
    const before = await rowCounts(database().db, networkId);
    const noType = await say(core, where, 'qui structures ajouter "Nouvelle asso"', marie);
    expect(noType.text).toContain('`qui structures ajouter "NOM" type CODE`');
    const badType = await say(core, where, 'who organisations add "New club" type CLUBB', english);
    expect(badType.text).toContain('Unknown organisation type: "CLUBB"');
    const phone = await say(
      core,
      where,
      'qui structures ajouter "appelez le 06 12 34 56 78" type ASSO',
      marie,
    );
    expect(phone.failed).toBe(true);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    // `qui structures` alone still lists them; a search for "ajouter" is still a search.
    expect((await say(core, where, 'qui structures', marie)).text).toContain('Aucune structure');
  });

  it('asks for --ok before merging organisations of different types, and merges then', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'qui structures ajouter "Centre social des Touleuses" type CS', marie);
    const networkId = await networkOf(where);
    const before = await rowCounts(database().db, networkId);
    const merge = 'config fusionner "Mission locale de Cergy" "Centre social des Touleuses"';
    const warned = await say(core, where, merge);
    expect(warned.failed).toBe(true);
    expect(warned.text).toContain(
      '«\u00a0Mission locale de Cergy\u00a0» est de type ML et «\u00a0Centre social des Touleuses\u00a0» de type CS',
    );
    expect(warned.messages[0]?.blocks.some((b) => b.type === 'buttons')).toBe(true);
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    const en = await say(
      core,
      where,
      'config merge "Mission locale de Cergy" "Centre social des Touleuses"',
      {
        locale: 'en',
      },
    );
    expect(en.text).toContain(
      '"Mission locale de Cergy" is of type ML and "Centre social des Touleuses" of type CS',
    );
    const merged = await say(core, where, `${merge} --ok`);
    expect(merged.failed).toBe(false);
    expect((await say(core, where, 'profil', marie)).text).toContain('Centre social des Touleuses');
  });
});
