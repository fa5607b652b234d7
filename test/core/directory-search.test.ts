// `qui` / `who`: gendered job titles, hyphens, acronyms as whole words, small typos, and
// exact matches first; the pure search, then the command on real databases.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { searchMembers } from '../../src/core/directory/search-members.ts';
import { wordForm } from '../../src/core/directory/word-forms.ts';
import type { Member, Organisation } from '../../src/core/model.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore, testDemo } from '../support/fakes.ts';

const organisations = new Map<string, Organisation>(
  [
    { id: 'o-prev', name: 'Club de prévention Les Linandes', typeCode: 'PREVENTION' },
    { id: 'o-pre', name: 'Programme de Réussite Éducative de Cergy', typeCode: 'PRE' },
    { id: 'o-ml', name: 'Mission locale de Cergy', typeCode: 'ML' },
    { id: 'o-ccas', name: 'CCAS de Pontoise', typeCode: 'CCAS' },
  ].map((o) => [o.id, { ...o, networkId: 'n' }]),
);

let next = 0;
function member(displayName: string, fields: Partial<Member> = {}): Member {
  next += 1;
  return {
    id: `m${next}`,
    networkId: 'n',
    displayName,
    locale: null,
    isFacilitator: false,
    isPlatformAdmin: false,
    organisationId: null,
    roleTitle: null,
    territory: null,
    themes: [],
    helpOffer: null,
    cafeOptIn: false,
    ...fields,
  };
}

const names = (terms: string[], members: Member[]) =>
  searchMembers(terms, members, organisations).map((hit) => hit.member.displayName);

describe('directory search', () => {
  it.each([
    ['éducateur', 'Éducatrice spécialisée'],
    ['éducatrice', 'Éducateur spécialisé'],
    ['animateur', 'Animatrice jeunesse'],
    ['animatrices', 'Animateur jeunesse'],
    ['conseiller', "Conseillère principale d'éducation"],
    ['conseillère', 'Conseiller en insertion'],
    ['médiateur', 'Médiatrice sociale'],
    ['directeur', 'Directrice du centre social'],
    ['infirmier', 'Infirmière scolaire'],
    ['infirmière', 'Infirmier scolaire'],
    ['"assistant social"', 'Assistante sociale'],
    ['assistantes', 'Assistant social'],
    ['référent', 'Référente familles'],
    ['coordinatrice', 'Coordinateur PRE'],
    ['educative', 'Éducateur'],
  ])('finds "%s" in a role "%s" (gender and number folded)', (query, role) => {
    const found = names([query.replace(/"/g, '')], [member('Camille', { roleTitle: role })]);
    expect(found).toEqual(query === 'educative' ? [] : ['Camille']);
  });

  it('brings feminine and plural forms to one form, leaving short words alone', () => {
    expect(wordForm('educatrices')).toBe(wordForm('educateur'));
    expect(wordForm('sociales')).toBe(wordForm('social'));
    expect(wordForm('sociaux')).toBe(wordForm('social'));
    expect(wordForm('ccas')).toBe('ccas');
    expect(wordForm('pre')).toBe('pre');
  });

  it('finds words joined by hyphens, typed either way', () => {
    const ml = member('Julien', { organisationId: 'o-ml' });
    const stOuen = member('Nadia', { territory: 'Saint-Ouen-l’Aumône' });
    const csc = member('Léa', { roleTitle: 'Animatrice socioculturelle' });
    const all = [ml, stOuen, csc];
    expect(names(['mission-locale'], all)).toEqual(['Julien']);
    expect(names(['Mission-Locale', 'Cergy'], all)).toEqual(['Julien']);
    expect(names(['saint', 'ouen'], all)).toEqual(['Nadia']);
    expect(names(['saintouen'], all)).toEqual(['Nadia']);
    expect(names(['socio-culturel'], all)).toEqual(['Léa']);
  });

  it('matches a short acronym as a whole word, not as the start of another word', () => {
    const prev = member('Samia', { organisationId: 'o-prev', roleTitle: 'Éducatrice spécialisée' });
    const pre = member('Thomas', { organisationId: 'o-pre', roleTitle: 'Coordinateur PRE' });
    const other = member('Inès', { roleTitle: 'Présidente' });
    expect(names(['PRE'], [prev, pre, other])).toEqual(['Thomas']);
    expect(names(['pre'], [prev, pre, other])).toEqual(['Thomas']);
    // Four capitals are an acronym too: "CCAS" is no typo of anything, nor a start.
    const ccas = member('Hugo', { organisationId: 'o-ccas' });
    const cas = member('Zoé', { helpOffer: 'cas complexes, casiers judiciaires' });
    expect(names(['CCAS'], [ccas, cas])).toEqual(['Hugo']);
    expect(names(['CAS'], [ccas, cas])).toEqual(['Zoé']);
  });

  it('forgives a small typo in a long word, never in a short one', () => {
    const samia = member('Samia', { roleTitle: 'Éducatrice spécialisée', themes: ['logement-hebergement'] });
    expect(names(['éducatirce'], [samia])).toEqual(['Samia']);
    expect(names(['logemnt'], [samia])).toEqual(['Samia']);
    expect(names(['spcialisee'], [samia])).toEqual(['Samia']);
    const ml = member('Julien', { organisationId: 'o-ml' });
    expect(names(['MK'], [ml])).toEqual([]);
    expect(names(['mll'], [ml])).toEqual([]);
    expect(names(['plombier'], [samia, ml])).toEqual([]);
  });

  it('ranks whole words before starts of words, and those before near spellings', () => {
    const near = member('Anna', { territory: 'Cergi' });
    const start = member('Bruno', { territory: 'Cergyssois' });
    const exact = member('Zoé', { territory: 'Cergy' });
    const hits = searchMembers(['cergy'], [near, start, exact], organisations);
    expect(hits.map((h) => [h.member.displayName, h.quality])).toEqual([
      ['Zoé', 0],
      ['Bruno', 1],
      ['Anna', 2],
    ]);
  });

  it('needs every word, and ignores words such as "de"', () => {
    const ml = member('Julien', { roleTitle: 'Conseiller en insertion', territory: 'Cergy' });
    const pre = member('Thomas', { organisationId: 'o-pre' });
    // No "de" in Julien's profile: the word is dropped, not required.
    expect(names(['conseiller', 'de', 'Cergy'], [ml, pre])).toEqual(['Julien']);
    expect(names(['centre', 'de', 'loisirs'], [ml, pre])).toEqual([]);
    expect(names(['Cergy'], [ml, pre])).toEqual(['Julien', 'Thomas']);
    expect(names(['conseiller', 'Pontoise'], [ml, pre])).toEqual([]);
  });
});

describeDatabases('qui on the demo network', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it("finds the demo's éducatrice with the README's `qui éducateur Cergy`, in French and English", async () => {
    const where = newSpace();
    await testDemo(database().db, core).seed({
      ...where,
      user: { externalId: 'u', displayName: 'Alice', isPlatformAdmin: true },
    });
    const fr = await say(core, where, 'qui éducateur Cergy');
    expect(fr.failed).toBe(false);
    expect(fr.text).toContain('Samia Benali');
    // The English help's example: roles are written in French, "educator" is a near spelling.
    const en = await say(core, where, 'who educator Cergy', { locale: 'en' });
    expect(en.text).toContain('Samia Benali');
    const pre = await say(core, where, 'qui PRE');
    expect(pre.text).toContain('Thomas Leroy');
    expect(pre.text).not.toContain('Samia Benali');
    const ml = await say(core, where, 'who mission-locale', { locale: 'en' });
    expect(ml.text).toContain('Members for "mission-locale" (1)');
    expect(ml.text).toContain('Julien Martin');
  });

  it('lists exact matches before near ones', async () => {
    const where = newSpace();
    await say(core, where, 'profil territoire "Cergi"', { externalId: 'a', displayName: 'Anna Near' });
    await say(core, where, 'profil territoire "Cergy"', { externalId: 'z', displayName: 'Zoé Exact' });
    const reply = await say(core, where, 'qui cergy');
    expect(reply.text.indexOf('Zoé Exact')).toBeGreaterThan(-1);
    expect(reply.text.indexOf('Zoé Exact')).toBeLessThan(reply.text.indexOf('Anna Near'));
  });
});
