// Emptying profile fields on real databases: `profil aide efface` / `profile help clear` for
// every field, leaving one's organisation (which stays in the network), an emptied field in
// the profile form, and the same word as a Discord option's value.
import { beforeAll, expect, it } from 'vitest';
import { profil } from '../../src/core/commands/profil.ts';
import type { Core, TypedCommand } from '../../src/core/core.ts';
import { messageText } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const marieEn = { ...marie, locale: 'en' as const };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
type Where = ReturnType<typeof newSpace>;

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describeDatabases('clearing profile fields', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  async function fullProfile(where: Where) {
    for (const line of [
      'profil structure "Mission locale de Cergy" type ML',
      'profil metier "Conseillère en insertion"',
      'profil territoire "Cergy"',
      'profil thematiques logement, famille',
      'profil aide "accès aux droits des jeunes"',
    ])
      expect((await say(core, where, line, marie)).failed, line).toBe(false);
  }
  const member = async (where: Where) => {
    const entered = await core.enter({ ...where, user: marie });
    return entered.actor;
  };
  const typed = async (where: Where, args: TypedCommand['args'], user = marie) => {
    const reply = await core.handle({
      ...where,
      user,
      channelId: 'c1',
      typed: { command: 'profil', verb: 'champs', args },
    });
    return { ...reply, text: reply.messages.map(messageText).join('\n') };
  };

  it('empties each field with `efface` in French and `clear` in English', async () => {
    const where = newSpace();
    await fullProfile(where);
    const aide = await say(core, where, 'profil aide efface', marie);
    expect(aide.failed).toBe(false);
    expect(plain(aide.text)).toContain('Votre profil est à jour.');
    expect((await member(where)).helpOffer).toBeNull();
    expect((await say(core, where, 'profil metier Efface', marie)).failed).toBe(false);
    expect((await member(where)).roleTitle).toBeNull();
    expect((await say(core, where, 'profile territory clear', marieEn)).text).toContain(
      'Your profile is up to date.',
    );
    expect((await member(where)).territory).toBeNull();
    expect((await say(core, where, 'profile themes clear', marieEn)).failed).toBe(false);
    expect((await member(where)).themes).toEqual([]);
    const card = plain((await say(core, where, 'profil', marie)).text);
    expect(card).toContain('Mission locale de Cergy');
    expect(card).toContain('Métier: (non renseigné)');
    expect(card).toContain('Thématiques: (non renseigné)');
    expect(card).toContain('Peut aider sur: (non renseigné)');
  });

  it('leaves the organisation, which stays in the network for others to join', async () => {
    const where = newSpace();
    await fullProfile(where);
    const left = await say(core, where, 'profil structure efface', marie);
    expect(left.failed).toBe(false);
    expect(plain(left.text)).toContain(
      'Vous avez quitté la structure « Mission locale de Cergy » ; elle reste dans le réseau.',
    );
    expect((await member(where)).organisationId).toBeNull();
    expect((await member(where)).roleTitle).toBe('Conseillère en insertion');
    const listed = plain((await say(core, where, 'qui structures', jean)).text);
    expect(listed).toContain('Mission locale de Cergy');
    expect(listed).not.toContain('Marie Curie');
    expect((await say(core, where, 'profil structure "Mission locale de Cergy"', jean)).failed).toBe(false);
    await say(core, where, 'profil structure "Mission locale de Cergy"', marie);
    const english = await say(core, where, 'profile organisation clear', marieEn);
    expect(english.text).toContain(
      'You left the organisation "Mission locale de Cergy"; it stays in the network.',
    );
  });

  it('refuses `efface` with a type, in the user’s language, writing nothing', async () => {
    const where = newSpace();
    await fullProfile(where);
    const networkId = (await core.enter({ ...where, user: marie })).network.id;
    const before = await rowCounts(database().db, networkId);
    const refused = await say(core, where, 'profil structure efface type ML', marie);
    expect(refused.failed).toBe(true);
    expect(plain(refused.text)).toContain(
      'Pour vider un champ, tapez seulement `efface` après son nom, par exemple : `profil structure efface`.',
    );
    const english = await say(core, where, 'profile organisation clear type ML', marieEn);
    expect(english.text).toContain('To empty a field, type only `clear` after its name');
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    expect((await member(where)).organisationId).not.toBeNull();
  });

  it('clears a prefilled field emptied in the profile form, and keeps the fields left as they were', async () => {
    const where = newSpace('slack');
    await fullProfile(where);
    const { themes } = await member(where);
    const reply = await core.submitForm({
      ...where,
      user: marie,
      form: 'profile',
      values: {
        organisation: 'Mission locale de Cergy',
        roleTitle: '',
        territory: 'Cergy',
        themes: 'logement, famille',
        helpOffer: '  ',
      },
    });
    expect(reply.failed).toBe(false);
    const after = await member(where);
    expect(after.roleTitle).toBeNull();
    expect(after.helpOffer).toBeNull();
    expect(after.territory).toBe('Cergy');
    expect(after.themes).toEqual(themes);
    expect(after.organisationId).not.toBeNull();
    // Emptying the organisation leaves it; a field that was already empty stays empty.
    const left = await core.submitForm({
      ...where,
      user: marie,
      form: 'profile',
      values: {
        organisation: '',
        roleTitle: '',
        territory: 'Cergy',
        themes: 'logement, famille',
        helpOffer: '',
      },
    });
    expect(left.failed).toBe(false);
    expect((await member(where)).organisationId).toBeNull();
    const unchanged = await core.submitForm({
      ...where,
      user: marie,
      form: 'profile',
      values: {
        organisation: '',
        roleTitle: '',
        territory: 'Cergy',
        themes: themes.join(', '),
        helpOffer: '',
      },
    });
    expect(plain(unchanged.messages.map(messageText).join('\n'))).toBe('Rien n’a changé dans votre profil.');
  });

  it('clears with the same word as a Discord option’s value, alone or with other fields', async () => {
    const where = newSpace('discord');
    await fullProfile(where);
    const { themes } = await member(where);
    expect((await typed(where, { roleTitle: 'efface' })).failed).toBe(false);
    expect((await member(where)).roleTitle).toBeNull();
    // Several options: the Discord adapter submits them as the profile form (the verb's viaForm).
    const gathering = profil.verbs?.find((verb) => verb.typed === 'only');
    const route = gathering?.viaForm?.({ helpOffer: 'efface', territory: 'Osny' });
    expect(route?.values).toEqual({ helpOffer: 'efface', territory: 'Osny' });
    const several = await core.submitForm({
      ...where,
      user: marie,
      form: 'profile',
      values: route?.values ?? {},
    });
    expect(several.failed, several.messages.map(messageText).join('\n')).toBe(false);
    const after = await member(where);
    expect(after.helpOffer).toBeNull();
    expect(after.territory).toBe('Osny');
    expect(after.themes).toEqual(themes);
    expect((await typed(where, { organisation: 'clear' }, marieEn)).text).toContain(
      'You left the organisation',
    );
    expect((await member(where)).organisationId).toBeNull();
  });
});
