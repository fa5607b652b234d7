// The glossary command end to end on real databases: shipped terms, members' terms, rights,
// facilitators adapting shipped terms, networks kept apart, and bad input that changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { GLOSSARY_SEED } from '../../src/core/glossary/glossary-seed.ts';
import { termKey } from '../../src/core/glossary/term-key.ts';
import { checkText } from '../../src/core/guard/index.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const bob = { externalId: 'u-bob', displayName: 'Bob Martin', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const VVV = 'Ville vie vacances : activités pour les jeunes des quartiers prioritaires pendant les vacances';

describe('shipped glossary', () => {
  it('has dozens of entries with unique keys, plain definitions in both languages, and nothing the guard refuses', () => {
    expect(GLOSSARY_SEED.length).toBeGreaterThanOrEqual(60);
    const keys = GLOSSARY_SEED.map((t) => termKey(t.term));
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of GLOSSARY_SEED) {
      expect(entry.term.length, entry.term).toBeLessThanOrEqual(40);
      for (const text of [entry.fr, entry.en]) {
        expect(text.length, entry.term).toBeGreaterThan(10);
        expect(text.length, entry.term).toBeLessThanOrEqual(500);
        expect(checkText(text).verdict, `${entry.term}: ${text}`).toBe('pass');
      }
    }
  });

  it('covers the acronyms the research-action reports use, and leaves out codes that are not acronyms', () => {
    const keys = new Set(GLOSSARY_SEED.map((t) => termKey(t.term)));
    for (const term of ['PRE', 'DSU', 'QPV', 'ASE', 'CCAS', 'IP', 'CNLAPS', 'REP+', 'sortie sèche', 'AEMO']) {
      expect(keys.has(termKey(term)), term).toBe(true);
    }
    for (const code of ['MUNI', 'ASSO', 'Autre', 'PREVENTION'])
      expect(keys.has(termKey(code)), code).toBe(false);
  });

  it('credits data·inclusion on the entries that come from its referential', () => {
    const ccas = GLOSSARY_SEED.find((t) => t.term === 'CCAS');
    const pre = GLOSSARY_SEED.find((t) => t.term === 'PRE');
    expect(ccas?.source).toBe('data-inclusion');
    expect(pre?.source).toBeUndefined();
  });

  it('finds a term whatever its dots, spaces, accents and case', () => {
    expect(termKey('P.R.E.')).toBe(termKey('PRE'));
    expect(termKey('sortie seche')).toBe(termKey('Sortie Sèche'));
    expect(termKey('REP+')).not.toBe(termKey('REP'));
  });
});

describeDatabases('glossary command', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  async function networkId(where: ReturnType<typeof newSpace>): Promise<string> {
    const entered = await core.enter({
      ...where,
      user: { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true },
    });
    return entered.network.id;
  }

  /** A network where Bob added VVV. */
  async function networkWithVvv() {
    const where = newSpace();
    const added = await say(core, where, `sigle ajouter VVV "${VVV}"`, bob);
    expect(added.failed).toBe(false);
    return where;
  }

  describe('looking up', () => {
    it('answers a shipped term privately, with its source', async () => {
      const reply = await say(core, newSpace(), 'sigle CCAS');
      expect(reply.failed).toBe(false);
      expect(reply.messages[0]?.visibility).toBe('private');
      expect(reply.text).toContain('**CCAS** — Centre communal d’action sociale');
      expect(reply.text).toContain('data·inclusion (version du 2025-05-23');
    });

    it('finds a term typed with dots, spaces, another case or no accents', async () => {
      const where = newSpace();
      for (const typed of ['sigle PRE', 'sigle p.r.e.', 'glossary pre', 'sigle P. R. E.']) {
        const reply = await say(core, where, typed);
        expect(reply.text, typed).toContain('**PRE** — Programme de réussite éducative');
        expect(reply.text, typed).not.toContain('data·inclusion');
      }
      expect((await say(core, where, 'sigle sortie seche')).text).toContain(
        '**sortie sèche** — Fin d’une prise',
      );
      expect((await say(core, where, 'sigle "REP+"')).text).toContain('renforcé');
    });

    it('answers several terms at once and names the ones it does not know', async () => {
      const reply = await say(core, newSpace(), 'sigle PRE QPV ZZZW');
      expect(reply.failed).toBe(false);
      expect(reply.text).toContain('**PRE** —');
      expect(reply.text).toContain('**QPV** —');
      expect(reply.text).toContain('Pas dans le glossaire\u00a0: ZZZW.');
      const twice = await say(core, newSpace(), 'sigle PRE p.r.e. QPV');
      expect(twice.text.match(/\*\*PRE\*\*/g)).toHaveLength(1);
      expect(twice.text).not.toContain('Pas dans le glossaire');
    });

    it('suggests close terms for an unknown one and says how to add it', async () => {
      const where = newSpace();
      const swapped = await say(core, where, 'sigle CCSA');
      expect(swapped.failed).toBe(true);
      expect(swapped.text).toContain('«\u00a0CCSA\u00a0» n’est pas dans le glossaire du réseau');
      expect(swapped.text).toContain('Termes proches\u00a0: CCAS');
      expect(swapped.text).toContain('`sigle ajouter CCSA "définition en mots simples"`');
      expect((await say(core, where, 'sigle AEMOO')).text).toContain('Termes proches\u00a0: AEMO');
      // A phrase found in definitions points to the acronym.
      expect((await say(core, where, 'sigle "mission locale"')).text).toMatch(/Termes proches\u00a0:.*ML/);
    });

    it('lists the network’s own entries and the shipped ones', async () => {
      const empty = await say(core, newSpace(), 'sigle');
      expect(empty.text).toContain('Le réseau n’a encore ajouté aucun terme.');
      expect(empty.text).toContain(`Fournis avec Maillage (${GLOSSARY_SEED.length})\u00a0: AAH, AAP`);
      const where = await networkWithVvv();
      const listed = await say(core, where, 'sigle');
      expect(listed.messages[0]?.visibility).toBe('private');
      expect(listed.text).toContain('Ajoutés par le réseau (1)\u00a0:');
      expect(listed.text).toContain('• **VVV** — Ville vie vacances');
    });
  });

  describe('members’ own terms', () => {
    it('lets a member add a term, announced publicly, that everyone then finds', async () => {
      const where = newSpace();
      const added = await say(
        core,
        where,
        `sigle ajouter "café parents" "Rencontre mensuelle des parents"`,
        bob,
      );
      expect(added.failed).toBe(false);
      expect(added.messages[0]?.visibility).toBe('public');
      expect(added.text).toContain(
        'Bob Martin a ajouté au glossaire\u00a0: **café parents** — Rencontre mensuelle',
      );
      expect(added.text).toContain('`sigle "café parents"`');
      const found = await say(core, where, 'sigle cafe parents', zoe);
      expect(found.text).toContain('**café parents** — Rencontre mensuelle des parents');
      expect(found.text).toContain('Ajouté au glossaire du réseau par Bob Martin.');
    });

    it('reads a multi-word term before a quoted definition, and a one-word term before plain words', async () => {
      const where = newSpace();
      await say(core, where, 'sigle ajouter point écoute "Permanence d’écoute pour les jeunes"', bob);
      expect((await say(core, where, 'sigle point ecoute')).text).toContain('**point écoute** — Permanence');
      await say(core, where, 'sigle ajouter VVV: Ville vie vacances, activités d’été', bob);
      expect((await say(core, where, 'sigle VVV')).text).toContain(
        '**VVV** — Ville vie vacances, activités d’été',
      );
    });

    it('lets the author edit then remove their term', async () => {
      const where = await networkWithVvv();
      const edited = await say(
        core,
        where,
        'sigle modifier vvv "Activités de vacances pour les 11-18 ans"',
        bob,
      );
      expect(edited.failed).toBe(false);
      expect(edited.messages[0]?.visibility).toBe('public');
      expect(edited.text).toContain('Bob Martin a mis à jour la définition de **VVV**');
      expect((await say(core, where, 'sigle VVV')).text).toContain(
        'Activités de vacances pour les 11-18 ans',
      );
      const removed = await say(core, where, 'sigle supprimer VVV', bob);
      expect(removed.failed).toBe(false);
      expect(removed.messages[0]?.visibility).toBe('private');
      expect(removed.text).toContain('«\u00a0VVV\u00a0» a été retiré du glossaire du réseau.');
      expect((await say(core, where, 'sigle VVV')).failed).toBe(true);
      expect((await rowCounts(database().db, await networkId(where))).glossary_terms).toBe(0);
    });

    it('lets a facilitator edit anyone’s term, which stays its author’s', async () => {
      const where = await networkWithVvv();
      const edited = await say(core, where, 'sigle modifier VVV "Ville vie vacances : activités d’été"');
      expect(edited.failed).toBe(false);
      const found = await say(core, where, 'sigle VVV', zoe);
      expect(found.text).toContain('activités d’été');
      expect(found.text).toContain('par Bob Martin');
      // Bob keeps the right to change it.
      expect((await say(core, where, 'sigle modifier VVV "Activités d’été"', bob)).failed).toBe(false);
      expect((await say(core, where, 'glossary remove VVV')).failed).toBe(false);
    });
  });

  describe('shipped terms in a network', () => {
    it('lets a facilitator adapt a shipped term, then restore it', async () => {
      const where = newSpace();
      const edited = await say(
        core,
        where,
        'sigle modifier ccas "Le CCAS de Cergy : aides d’urgence et domiciliation"',
      );
      expect(edited.failed).toBe(false);
      const found = await say(core, where, 'sigle CCAS', bob);
      expect(found.text).toContain('**CCAS** — Le CCAS de Cergy');
      expect(found.text).toContain('elle remplace celle fournie avec Maillage');
      const restored = await say(core, where, 'sigle rétablir CCAS');
      expect(restored.text).toContain('«\u00a0CCAS\u00a0» a retrouvé la définition fournie avec Maillage');
      expect((await say(core, where, 'sigle CCAS', bob)).text).toContain('Centre communal d’action sociale');
      expect((await rowCounts(database().db, await networkId(where))).glossary_terms).toBe(0);
    });

    it('lets a facilitator hide a shipped term, and shows it as hidden', async () => {
      const where = newSpace();
      const hidden = await say(core, where, 'sigle supprimer CAF');
      expect(hidden.failed).toBe(false);
      expect(hidden.text).toContain('«\u00a0CAF\u00a0» est masqué dans ce réseau');
      expect(hidden.text).toContain('`sigle rétablir CAF`');
      expect((await say(core, where, 'sigle CAF', bob)).failed).toBe(true);
      const listed = await say(core, where, 'sigle');
      expect(listed.text).toContain(`Fournis avec Maillage (${GLOSSARY_SEED.length - 1})`);
      expect(listed.text).toContain('Masqués dans ce réseau\u00a0: CAF.');
      // Anyone may then give it a definition of the network's.
      const readded = await say(
        core,
        where,
        'sigle ajouter caf "Caisse d’allocations familiales du Val-d’Oise"',
        bob,
      );
      expect(readded.failed).toBe(false);
      expect((await say(core, where, 'sigle CAF', zoe)).text).toContain('du Val-d’Oise');
      expect((await say(core, where, 'sigle rétablir CAF')).text).toContain(
        'Caisse d’allocations familiales',
      );
    });
  });

  it('keeps networks apart: a term added in one network is unknown in another', async () => {
    const first = await networkWithVvv();
    const second = newSpace();
    expect((await say(core, first, 'sigle VVV', zoe)).failed).toBe(false);
    const elsewhere = await say(core, second, 'sigle VVV', zoe);
    expect(elsewhere.failed).toBe(true);
    expect(elsewhere.text).toContain('n’est pas dans le glossaire du réseau');
    expect((await say(core, second, 'sigle')).text).toContain('Le réseau n’a encore ajouté aucun terme.');
    // The same term may be added in the second network, by its own members.
    expect((await say(core, second, 'sigle ajouter VVV "Vacances"', zoe)).failed).toBe(false);
    expect((await say(core, first, 'sigle VVV')).text).toContain('Ville vie vacances');
    await say(core, first, 'sigle supprimer CAF');
    expect((await say(core, second, 'sigle CAF')).failed).toBe(false);
  });

  describe('rejects bad input with a clear message and writes nothing', () => {
    type User = typeof bob | undefined;
    const cases: Array<[string, string, User, RegExp]> = [
      ['missing term', 'sigle ajouter', bob, /Donnez le terme, par exemple/],
      ['missing definition', 'sigle ajouter WIFI', bob, /Donnez aussi la définition, entre guillemets/],
      ['missing term to remove', 'sigle supprimer', bob, /Donnez le terme/],
      ['term too long', `sigle ajouter "${'x'.repeat(41)}" "définition"`, bob, /40 caractères au plus/],
      ['definition too long', `sigle ajouter WIFI "${'mot '.repeat(130)}"`, bob, /500 caractères au plus/],
      ['term without letters', 'sigle ajouter ... "définition"', bob, /au moins une lettre ou un chiffre/],
      ['unknown term', 'sigle WXYZ', bob, /«\u00a0WXYZ\u00a0» n’est pas dans le glossaire/],
      ['unknown term to edit', 'sigle modifier WXYZ "définition"', undefined, /n’est pas dans le glossaire/],
      ['unknown term to remove', 'sigle supprimer WXYZ', undefined, /n’est pas dans le glossaire/],
      [
        'duplicate shipped term',
        'sigle ajouter C.C.A.S. "Mairie"',
        bob,
        /déjà dans le glossaire fourni avec/,
      ],
      [
        'duplicate network term',
        'sigle ajouter vvv "Vacances"',
        zoe,
        /déjà dans le glossaire.*\n.*\n.*`sigle modifier VVV/,
      ],
      ['someone else’s entry', 'sigle modifier VVV "Vacances"', zoe, /ajouté par Bob Martin\u00a0: seuls/],
      ['someone else’s removal', 'sigle supprimer VVV', zoe, /ajouté par Bob Martin\u00a0: seuls/],
      ['a member editing a shipped term', 'sigle modifier CCAS "Mairie"', zoe, /seuls les facilitateurs/],
      ['a member hiding a shipped term', 'sigle supprimer CCAS', zoe, /seuls les facilitateurs/],
      ['a member restoring a shipped term', 'sigle rétablir CCAS', zoe, /seuls les facilitateurs/],
      ['restoring a term not shipped', 'sigle rétablir VVV', undefined, /pas un terme fourni avec Maillage/],
      [
        'personal data in a definition',
        'sigle ajouter RDV "Rendez-vous : joindre au 06 12 34 56 78"',
        bob,
        /numéro de téléphone.*n’a pas été enregistré/,
      ],
      [
        'personal data in an edit',
        'sigle modifier VVV "joindre au 06 12 34 56 78"',
        bob,
        /n’a pas été enregistré/,
      ],
      [
        'personal data in a term',
        'sigle ajouter "06 12 34 56 78" "Numéro utile"',
        bob,
        /n’a pas été enregistré/,
      ],
      [
        'a definition that seems to describe a person',
        'sigle ajouter NOTE "Madame Dupont est suivie par le CMP"',
        bob,
        /semble décrire une personne accompagnée.*`--ok`/,
      ],
    ];
    it.each(cases)('%s', async (_, input, user, expected) => {
      const where = await networkWithVvv();
      await say(core, where, 'aide', zoe);
      const id = await networkId(where);
      const before = await rowCounts(database().db, id);
      const reply = await say(core, where, input, user);
      expect(reply.failed).toBe(true);
      expect(reply.locale).toBe('fr');
      expect(reply.text).toMatch(expected);
      expect(reply.text).not.toMatch(/Error|at .*\.ts|SQL|select |insert /);
      expect(await rowCounts(database().db, id)).toEqual(before);
      expect((await say(core, where, 'sigle VVV')).text).toContain(VVV);
    });
  });

  it('saves a text past a guard warning when the member confirms with --ok', async () => {
    const where = newSpace();
    const typed = 'sigle ajouter NOTE "Madame Dupont anime le café des parents"';
    const warned = await say(core, where, typed, bob);
    expect(warned.failed).toBe(true);
    expect(warned.messages[0]?.blocks.some((b) => b.type === 'buttons')).toBe(true);
    const confirmed = await say(core, where, `${typed} --ok`, bob);
    expect(confirmed.failed).toBe(false);
    expect((await say(core, where, 'sigle NOTE')).text).toContain('anime le café des parents');
  });

  describe('in English', () => {
    const en = { ...bob, locale: 'en' as const };

    it('answers lookups with the English gloss', async () => {
      const reply = await say(core, newSpace(), 'glossary CCAS', en);
      expect(reply.locale).toBe('en');
      expect(reply.text).toContain(
        "**CCAS** — Municipal social action centre: the town hall's social service",
      );
      expect(reply.text).toContain('acronym from the data·inclusion referential (version of 2025-05-23');
    });

    it('adds a term and explains refusals in English', async () => {
      const where = newSpace();
      const added = await say(
        core,
        where,
        'glossary add WIFI "Free internet access at the social centre"',
        en,
      );
      expect(added.text).toBe(
        'Bob Martin added to the glossary: **WIFI** — Free internet access at the social centre\nTo find it again: `glossary WIFI`.',
      );
      const duplicate = await say(core, where, 'glossary add CCAS "Town hall"', en);
      expect(duplicate.failed).toBe(true);
      expect(duplicate.text).toContain('"CCAS" is already in the glossary shipped with Maillage:');
      expect((await say(core, where, 'glossary add BAR', en)).text).toContain('Give the definition too');
      expect((await say(core, where, 'glossary edit WIFI "Other"', { ...zoe, locale: 'en' })).text).toContain(
        '"WIFI" was added by Bob Martin: only they and the facilitators',
      );
      const unknown = await say(core, where, 'glossary WIFFI', en);
      expect(unknown.text).toContain('"WIFFI" is not in the network\'s glossary. Close terms: WIFI.');
      expect(unknown.text).toContain('`glossary add WIFFI "definition in plain words"`');
      const leaked = await say(core, where, 'glossary add RDV "call 06 12 34 56 78"', en);
      expect(leaked.text).toContain('It was not saved');
    });
  });
});
