// Shared goals end to end on real databases: numbering per network, status and indicator
// history, attached exchanges, rights, and the rule that rejected input changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const NBSP = '\u00a0';
const DAY = 86_400_000;
const BOB = { externalId: 'u-bob', displayName: 'Bob Bernard', isPlatformAdmin: false };
const CAROL = { externalId: 'u-carol', displayName: 'Carole Petit', isPlatformAdmin: false };

describeDatabases('shared goals', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db, new FakeClock(new Date('2026-11-20T10:00:00Z')));
  });

  const networkOf = async (where: ReturnType<typeof newSpace>, user = {}) =>
    core.enter({
      ...where,
      user: { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true, ...user },
    });

  it('announces a new goal publicly with its number, and lists it as proposed', async () => {
    const where = newSpace();
    const created = await say(
      core,
      where,
      'but nouveau "Aucun jeune sans solution" description "Repérer les collégiens sans affectation" indicateur "Jeunes sans solution en septembre : objectif zéro"',
    );
    expect(created.failed).toBe(false);
    expect(created.messages[0]?.visibility).toBe('public');
    expect(created.text).toContain(`Nouveau but commun n°\u00a01**, proposé par Alice Admin${NBSP}:`);
    expect(created.text).toContain(`«${NBSP}Aucun jeune sans solution${NBSP}»`);
    expect(created.text).toContain('`but 1`');

    const listed = await say(core, where, 'but liste');
    expect(listed.messages[0]?.visibility).toBe('private');
    expect(listed.text).toContain('Buts communs du réseau');
    expect(listed.text).toContain('**Proposés**\n**1** — Aucun jeune sans solution · aucun échange');
    expect((await say(core, where, 'but')).text).toBe(listed.text);
  });

  it('numbers goals per network, each network from 1', async () => {
    const first = newSpace();
    const second = newSpace();
    await say(core, first, 'but nouveau "Premier but"');
    expect((await say(core, first, 'but nouveau "Deuxième but"')).text).toContain('n°\u00a02');
    expect((await say(core, second, 'but nouveau "Autre réseau"')).text).toContain('n°\u00a01');
    expect((await say(core, second, 'but 1')).text).toContain('Autre réseau');
    expect((await say(core, first, 'but 1')).text).toContain('Premier but');
  });

  it('lists active goals first, then proposed, reached and dropped, with their indicator', async () => {
    const where = newSpace();
    for (const title of ['Atteint', 'Proposé', 'Actif', 'Abandonné'])
      await say(core, where, `but nouveau "${title}"`);
    await say(core, where, 'but 1 statut atteint');
    await say(core, where, 'but 3 statut actif');
    await say(core, where, 'but 3 indicateur "3 ateliers sur 5"');
    await say(core, where, 'but 4 statut abandonné');
    const text = (await say(core, where, 'but liste')).text;
    const order = [
      '**Actifs**',
      '**3** — Actif',
      'indicateur',
      '**Proposés**',
      '**2** — Proposé',
      '**Atteints**',
    ]
      .concat(['**1** — Atteint', '**Abandonnés**', '**4** — Abandonné'])
      .map((part) => text.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('changes status and indicator, and shows them with their history in order', async () => {
    const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
    const core = testCore(database().db, clock);
    const where = newSpace();
    await say(core, where, 'but nouveau "Aucun jeune sans solution" indicateur "20 jeunes sans solution"');
    clock.advance(DAY);
    const active = await say(core, where, 'but 1 statut actif');
    expect(active.messages[0]?.visibility).toBe('public');
    expect(active.text).toContain('est désormais **actif** (par Alice Admin)');
    clock.advance(DAY);
    const updated = await say(core, where, 'but 1 indicateur "12 jeunes sur 20"');
    expect(updated.text).toContain(`indicateur mis à jour par Alice Admin${NBSP}: 12 jeunes sur 20`);

    const shown = await say(core, where, 'but 1');
    expect(shown.text).toContain('But n°\u00a01 — Aucun jeune sans solution');
    expect(shown.text).toContain('Statut: actif');
    expect(shown.text).toContain('Proposé par: Alice Admin, le vendredi 20 novembre 2026');
    expect(shown.text).toContain('Indicateur: 12 jeunes sur 20');
    expect(shown.text).toContain(
      [
        '**Historique**',
        `• vendredi 20 novembre 2026 — Alice Admin${NBSP}: indicateur «${NBSP}20 jeunes sans solution${NBSP}»`,
        `• samedi 21 novembre 2026 — Alice Admin${NBSP}: statut actif`,
        `• dimanche 22 novembre 2026 — Alice Admin${NBSP}: indicateur «${NBSP}12 jeunes sur 20${NBSP}»`,
      ].join('\n'),
    );
    expect(shown.text).toContain('`echange appel @NOM but 1`');
    const { network } = await networkOf(where);
    expect((await rowCounts(database().db, network.id)).goal_updates).toBe(3);
  });

  it('keeps the history in order even when the clock stands still', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Horloge arrêtée"');
    for (const value of ['un', 'deux', 'trois', 'quatre'])
      await say(core, where, `but 1 indicateur "${value}"`);
    const { network } = await networkOf(where);
    const repos = repositories(database().db);
    const goal = await repos.goals.getByRef(network.id, 1);
    const updates = await repos.goals.listUpdates(network.id, goal?.id ?? '');
    expect(updates.map((u) => (u.kind === 'status' ? u.status : u.text))).toEqual([
      'un',
      'deux',
      'trois',
      'quatre',
    ]);
  });

  it('says so, and records nothing, when the status or the text does not change', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Stable" indicateur "zéro"');
    const { network } = await networkOf(where);
    const before = await rowCounts(database().db, network.id);
    const same = await say(core, where, 'but 1 statut proposé');
    expect(same.failed).toBe(false);
    expect(same.text).toContain('déjà proposé');
    expect((await say(core, where, 'but 1 indicateur "zéro"')).text).toContain('a déjà ce texte');
    expect(await rowCounts(database().db, network.id)).toEqual(before);
  });

  it('edits the title and the description', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Brouillon"');
    expect((await say(core, where, 'but 1 titre "Un café coopération par mois"')).text).toContain(
      `s’intitule désormais «${NBSP}Un café coopération par mois${NBSP}»`,
    );
    expect(
      (await say(core, where, 'but 1 description "Entre structures qui ne se connaissent pas"')).text,
    ).toContain('Description du but n°\u00a01');
    const shown = (await say(core, where, 'but 1')).text;
    expect(shown).toContain('But n°\u00a01 — Un café coopération par mois');
    expect(shown).toContain('Description: Entre structures qui ne se connaissent pas');
  });

  it('accepts the English forms and accent-free status words', async () => {
    const where = newSpace();
    const created = await say(core, where, 'goal new "Shared diagnostic" indicator "2 workshops"');
    expect(created.text).toContain('n°\u00a01');
    expect((await say(core, where, 'goal 1 status reached')).text).toContain('**atteint**');
    expect((await say(core, where, 'but #1 statut abandonne')).text).toContain('**abandonné**');
    expect((await say(core, where, 'goal show 1')).text).toContain('Statut: abandonné');
  });

  it('shows the exchanges attached to a goal: date, kind, who with whom, never the note', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Aucun jeune sans solution"');
    const { network, actor: alice } = await networkOf(where);
    const { actor: bob } = await networkOf(where, BOB);
    const repos = repositories(database().db);
    const goal = await repos.goals.getByRef(network.id, 1);
    const exchange = {
      kind: 'call' as const,
      themes: ['famille'],
      goalId: goal?.id ?? null,
      organisationIds: [],
    };
    await repos.exchanges.create(network.id, {
      ...exchange,
      authorId: alice.id,
      occurredOn: '2026-11-18',
      note: 'Note de suivi confidentielle',
      memberIds: [bob.id],
    });
    await repos.exchanges.create(network.id, {
      ...exchange,
      kind: 'handover',
      authorId: bob.id,
      occurredOn: '2026-11-19',
      note: null,
      memberIds: [],
      goalId: null,
    });

    const shown = (await say(core, where, 'but 1')).text;
    expect(shown).toContain('**Échanges rattachés** (1)');
    expect(shown).toContain('• mercredi 18 novembre 2026 — Appel — Alice Admin avec Bob Bernard');
    expect(shown).not.toContain('confidentielle');
    expect(shown).not.toContain('orientation');
    expect((await say(core, where, 'but liste')).text).toContain(
      '**1** — Aucun jeune sans solution · 1 échange',
    );
  });

  it('lets the author change their goal and a facilitator any goal, but no one else', async () => {
    const where = newSpace();
    await networkOf(where);
    expect((await say(core, where, 'but nouveau "Proposé par Bob"', BOB)).failed).toBe(false);
    expect((await say(core, where, 'but 1 statut actif', BOB)).failed).toBe(false);
    expect((await say(core, where, 'but 1 indicateur "2 sur 10"', BOB)).failed).toBe(false);
    expect((await say(core, where, 'but 1 statut atteint')).failed).toBe(false);
    const shown = await say(core, where, 'but 1', CAROL);
    expect(shown.text).toContain('Statut: atteint');
    expect(shown.text).not.toContain('Pour le faire évoluer');
  });

  describe('rejects bad input with a clear message and writes nothing', () => {
    const cases: Array<[string, string, RegExp, typeof BOB | undefined]> = [
      ['missing title', 'but nouveau', /Donnez un titre au but/, undefined],
      [
        'title missing before options',
        'but nouveau indicateur "5 sur 10"',
        /Donnez un titre au but/,
        undefined,
      ],
      ['empty title', 'but nouveau ""', /Donnez un titre au but/, undefined],
      [
        'title too long',
        `but nouveau "${'x'.repeat(121)}"`,
        /Le titre est trop long \(121 caractères\)\u00a0: 120 au maximum/,
        undefined,
      ],
      [
        'description too long',
        `but nouveau "Titre" description "${'x'.repeat(501)}"`,
        /La description est trop longue \(501 caractères\)\u00a0: 500 au maximum/,
        undefined,
      ],
      [
        'indicator too long',
        `but 1 indicateur "${'x'.repeat(201)}"`,
        /L’indicateur est trop long \(201 caractères\)\u00a0: 200 au maximum/,
        undefined,
      ],
      ['option given twice', 'but nouveau "T" indicateur "a" indicateur "b"', /une seule fois/, undefined],
      ['unknown status', 'but 1 statut fini', /Statuts possibles\u00a0: `proposé`, `actif`/, undefined],
      ['missing status', 'but 1 statut', /Statuts possibles/, undefined],
      ['missing indicator', 'but 1 indicateur', /Donnez l’indicateur entre guillemets/, undefined],
      ['unknown goal number', 'but 7', /Je ne trouve pas de but n°\u00a07 dans ce réseau/, undefined],
      ['unknown goal number on change', 'but 7 statut actif', /Je ne trouve pas de but n°\u00a07/, undefined],
      ['goal number zero', 'but 0', /Je ne trouve pas de but n°\u00a00/, undefined],
      ['huge goal number', 'but 999999999999', /Je ne trouve pas de but n°\u00a0999999999999/, undefined],
      ['unknown field', 'but 1 couleur bleu', /on peut changer le `statut`/, undefined],
      ['not understood', 'but bidule', /Je n’ai pas compris/, undefined],
      ['change by someone else', 'but 1 statut actif', /Seuls l’auteur de ce but \(Alice Admin\)/, CAROL],
      ['indicator by someone else', 'but 1 indicateur "3 sur 5"', /Seuls l’auteur de ce but/, CAROL],
      ['title by someone else', 'but 1 titre "Pris"', /Seuls l’auteur de ce but/, CAROL],
      [
        'personal data in the indicator',
        'but 1 indicateur "appeler Mme Martin au 06 12 34 56 78"',
        /numéro de téléphone.*n’a pas été enregistré/,
        undefined,
      ],
      [
        'personal data in a new goal',
        'but nouveau "Suivi" description "Mme Martin, 06 12 34 56 78"',
        /n’a pas été enregistré/,
        undefined,
      ],
    ];
    it.each(cases)('%s', async (_, input, expected, user) => {
      const where = newSpace();
      await say(core, where, 'but nouveau "Aucun jeune sans solution" indicateur "20 sans solution"');
      if (user) await networkOf(where, user);
      const { network } = await networkOf(where);
      const before = await rowCounts(database().db, network.id);
      const reply = await say(core, where, input, user);
      expect(reply.failed).toBe(true);
      expect(reply.messages[0]?.visibility).toBe('private');
      expect(reply.text).toMatch(expected);
      expect(reply.text).not.toMatch(/Error|at .*\.ts|SQL|select |insert /);
      expect(await rowCounts(database().db, network.id)).toEqual(before);
    });

    it('does not reach a goal that exists only in another network', async () => {
      const elsewhere = newSpace();
      for (const title of ['Un', 'Deux', 'Trois']) await say(core, elsewhere, `but nouveau "${title}"`);
      const here = newSpace();
      await say(core, here, 'but nouveau "Seul but ici"');
      const mine = (await networkOf(here)).network;
      const theirs = (await networkOf(elsewhere)).network;
      const before = [await rowCounts(database().db, mine.id), await rowCounts(database().db, theirs.id)];
      for (const input of ['but 3', 'but 3 statut actif', 'but 3 indicateur "pris"']) {
        const reply = await say(core, here, input);
        expect(reply.failed).toBe(true);
        expect(reply.text).toContain('Je ne trouve pas de but n°\u00a03 dans ce réseau');
        expect(reply.text).not.toContain('Trois');
      }
      expect([await rowCounts(database().db, mine.id), await rowCounts(database().db, theirs.id)]).toEqual(
        before,
      );
      expect((await say(core, elsewhere, 'but 3')).text).toContain('Statut: proposé');
    });
  });

  it('saves a text past a guard warning only when confirmed with --ok', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Familles"');
    const warned = await say(core, where, 'but 1 indicateur "la famille Traoré demande une aide"');
    expect(warned.failed).toBe(true);
    expect(warned.text).toContain('--ok');
    const confirmed = await say(core, where, 'but 1 indicateur "la famille Traoré demande une aide" --ok');
    expect(confirmed.failed).toBe(false);
  });

  it('gives distinct numbers and keeps every update when two replicas write at once', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Premier"');
    // On the server, a second pool acts as another process; on PGlite, both share one.
    const other = database().kind === 'postgres' ? testCore((await database().openAnother()).db) : core;
    const replies = await Promise.all([
      say(core, where, 'but nouveau "Par la réplique A"'),
      say(other, where, 'but nouveau "Par la réplique B"'),
      say(core, where, 'but 1 indicateur "A"'),
      say(other, where, 'but 1 statut actif'),
    ]);
    expect(replies.map((r) => r.failed)).toEqual([false, false, false, false]);
    const refs = replies.slice(0, 2).map((r) => /n°\u00a0(\d+)/.exec(r.text)?.[1]);
    expect(refs.sort()).toEqual(['2', '3']);
    const { network } = await networkOf(where);
    const repos = repositories(database().db);
    const goal = await repos.goals.getByRef(network.id, 1);
    expect(goal?.status).toBe('active');
    expect(goal?.indicator).toBe('A');
    expect(await repos.goals.listUpdates(network.id, goal?.id ?? '')).toHaveLength(2);
  });

  it('answers in English for an English user', async () => {
    const where = newSpace();
    expect((await say(core, where, 'goal list', { locale: 'en' })).text).toContain('No shared goal yet');
    const created = await say(core, where, 'goal new "Shared diagnostic" indicator "2 workshops"', {
      locale: 'en',
    });
    expect(created.text).toContain('**New shared goal #1**, proposed by Alice Admin: "Shared diagnostic".');
    await say(core, where, 'goal 1 status active', { locale: 'en' });
    const listed = await say(core, where, 'goal list', { locale: 'en' });
    expect(listed.text).toContain('Shared goals of the network');
    expect(listed.text).toContain('**Active**\n**1** — Shared diagnostic · no exchange');
    const shown = await say(core, where, 'goal 1', { locale: 'en' });
    expect(shown.text).toContain('Status: active');
    expect(shown.text).toContain('Proposed by: Alice Admin, on Fri 20 Nov 2026');
    expect(shown.text).toContain('status active');
    const missing = await say(core, where, 'goal 9', { locale: 'en' });
    expect(missing.text).toContain('I cannot find goal #9 in this network.');
    expect((await say(core, where, 'goal 1 status done', { locale: 'en' })).text).toContain(
      'Possible statuses',
    );
  });

  it('documents itself in the help', async () => {
    const reply = await say(core, newSpace(), 'aide but');
    expect(reply.text).toContain('Commande but');
    expect(reply.text).toContain('but N statut proposé|actif|atteint|abandonné');
  });
});
