// Profiles, organisations and the directory search, on real databases.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };

describeDatabases('directory and profiles', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  async function networkWithTwoProfiles() {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil metier "Conseillère en insertion"', marie);
    await say(core, where, 'profil territoire "Cergy, quartier des Touleuses"', marie);
    await say(core, where, 'profil thematiques logement, trouver-un-emploi', marie);
    await say(core, where, 'profil structure "Club de prévention Les Linandes" type PREVENTION', jean);
    await say(core, where, 'profil metier "Éducateur spécialisé"', jean);
    await say(core, where, 'profil thematiques famille', jean);
    return where;
  }

  it('creates an organisation with its type, then finds it by initials', async () => {
    const where = newSpace();
    const created = await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    expect(created.failed).toBe(false);
    expect(created.text).toContain('La structure «\u00a0Mission locale de Cergy\u00a0» (ML) est créée');
    const joined = await say(core, where, 'profil structure "ML Cergy"', jean);
    expect(joined.failed).toBe(false);
    expect(joined.text).toContain('Mission locale de Cergy');
    const listed = await say(core, where, 'qui structures');
    expect(listed.text).toMatch(
      /Mission locale de Cergy\*\* \(.*\) — Marie Curie, Jean Dupont|Jean Dupont, Marie Curie/,
    );
  });

  it("shows one's own profile and another member's", async () => {
    const where = await networkWithTwoProfiles();
    const own = await say(core, where, 'profil', marie);
    expect(own.text).toContain('Profil de Marie Curie');
    expect(own.text).toContain('Conseillère en insertion');
    expect(own.text).toContain('Cergy, quartier des Touleuses');
    expect(own.text).toContain('Pour compléter');
    const other = await say(core, where, 'profil @Jean', marie);
    expect(other.text).toContain('Profil de Jean Dupont');
    expect(other.text).toContain('Éducateur spécialisé');
    expect(other.text).not.toContain('Pour compléter');
  });

  it('finds members by any profile field, ignoring accents and case', async () => {
    const where = await networkWithTwoProfiles();
    expect((await say(core, where, 'qui educateur')).text).toContain('Jean Dupont');
    expect((await say(core, where, 'qui TOULEUSES')).text).toContain('Marie Curie');
    const byTheme = await say(core, where, 'qui logement');
    expect(byTheme.text).toContain('Marie Curie');
    expect(byTheme.text).not.toContain('Jean Dupont');
    expect((await say(core, where, 'qui "mission locale"')).text).toContain('Marie Curie');
    expect((await say(core, where, 'qui prévention')).text).toContain('Jean Dupont');
    expect((await say(core, where, 'qui plombier')).text).toContain('Personne ne correspond');
  });

  it('lists organisation types', async () => {
    const reply = await say(core, newSpace(), 'qui types');
    expect(reply.text).toContain('CCAS');
    expect(reply.text).toContain('COLLEGE');
  });

  it('answers in English with English names', async () => {
    const where = await networkWithTwoProfiles();
    const reply = await say(core, where, 'who housing', { ...marie, locale: 'en' });
    expect(reply.text).toContain('Members for "housing" (1)');
  });

  it('lets a facilitator merge duplicate organisations', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil structure "Mission Locale Cergy-Pontoise" type ML', jean);
    const merged = await say(
      core,
      where,
      'config fusionner "Mission Locale Cergy-Pontoise" "Mission locale de Cergy"',
    );
    expect(merged.failed).toBe(false);
    expect(merged.text).toContain('fusionnée');
    const profile = await say(core, where, 'profil @Jean');
    expect(profile.text).toContain('Mission locale de Cergy');
    const listed = await say(core, where, 'qui structures');
    expect(listed.text).toContain('Structures du réseau (1)');
  });

  describe.each([
    [
      'unknown organisation without type',
      'profil structure "CAF du Val-d\'Oise"',
      /Je ne trouve pas de structure.*type CODE/s,
    ],
    [
      'unknown organisation type',
      'profil structure "CAF du Val-d\'Oise" type CAFF',
      /Type de structure inconnu.*CAF/s,
    ],
    ['missing value', 'profil metier', /Donnez une valeur/],
    ['too long role', `profil metier "${'x'.repeat(81)}"`, /trop long/],
    ['phone number in help offer', 'profil aide "appelez-moi au 06 12 34 56 78"', /numéro de téléphone/],
    ['too many themes', 'profil thematiques a, b, c, d, e, f, g, h, i, j, k', /11 thématiques.*10 au plus/],
    ['unknown member', 'profil @Personne', /Je ne trouve pas de membre/],
    ['bad language', 'profil langue de', /Langues possibles/],
    ['empty search', 'qui', /Qui cherchez-vous/],
    ['merge by a non-facilitator', 'config fusionner "A" "B"', /réservée aux facilitateurs/],
  ])('rejects %s and writes nothing', (_, input, expected) => {
    it('answers clearly', async () => {
      const where = await networkWithTwoProfiles();
      const entered = await core.enter({ ...where, user: marie });
      const before = await rowCounts(database().db, entered.network.id);
      const reply = await say(core, where, input, marie);
      expect(reply.failed).toBe(true);
      expect(reply.text).toMatch(expected);
      expect(await rowCounts(database().db, entered.network.id)).toEqual(before);
      expect((await say(core, where, 'profil', marie)).text).toContain('Conseillère en insertion');
    });
  });
});
