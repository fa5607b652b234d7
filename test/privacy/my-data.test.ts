// `mes-donnees`: the private message and its JSON file hold everything kept about the
// caller in their network — and nothing from another network, nor others' notes, nor
// anonymous votes. A command with extra words sends nothing and writes nothing.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import type { Message } from '../../src/core/message.ts';
import type { MemberExport } from '../../src/core/privacy/export-file.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';
import { buildNetwork, buildOtherNetwork, NAME, USER_ID, ZEPHYRINE } from './privacy-network.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describeDatabases('mes-donnees', (database) => {
  let core: Core;
  const where = newSpace();
  const other = newSpace();
  let ids: Awaited<ReturnType<typeof buildNetwork>>;
  let reply: Awaited<ReturnType<typeof say>>;
  let file: NonNullable<Message['file']>;
  let data: MemberExport;

  beforeAll(async () => {
    core = testCore(database().db, new FakeClock(NOW));
    await buildOtherNetwork(core, other);
    ids = await buildNetwork(core, database().db, where, NOW);
    reply = await say(core, where, 'mes-donnees', ZEPHYRINE);
    const attached = reply.messages[0]?.file;
    if (!attached) throw new Error(`no file in: ${reply.text}`);
    file = attached;
    data = JSON.parse(file.content) as MemberExport;
  });

  it('answers privately with a JSON file named by the day, and says what it holds', () => {
    expect(reply.failed).toBe(false);
    expect(reply.messages).toHaveLength(1);
    expect(reply.messages[0]?.visibility).toBe('private');
    expect(file.name).toBe('maillage-mes-donnees-2026-11-20.json');
    expect(file.mimeType).toBe('application/json');
    const text = plain(reply.text);
    expect(text).toContain('Vos données');
    expect(text).toContain('dans le fichier joint, envoyé à vous seul·e');
    expect(text).toContain('Échanges: 3');
    expect(text).toContain('Votes publics: 2');
    expect(text).toContain('Vos votes dans les sondages anonymes n’y sont pas');
  });

  it('holds the profile and the platform identity', () => {
    expect(data.format).toBe('maillage-my-data/1');
    expect(data.exportedAt).toBe(NOW.toISOString());
    expect(data.network).toBe('Réseau test');
    expect(data.profile).toEqual({
      id: ids.zephyrine,
      displayName: NAME,
      organisation: { name: 'Mission locale de Cergy', type: 'ML' },
      role: 'Conseillère en insertion',
      territory: 'Cergy, quartier des Touleuses',
      themes: ['logement-hebergement', 'famille'],
      helpOffer: 'accès aux droits des jeunes',
      language: 'fr',
      facilitator: true,
      platformAdmin: false,
      cafeOptIn: true,
      arrivedOn: '2026-01-05',
    });
    expect(data.platformIdentities).toEqual([{ platform: 'shell', space: null, userId: USER_ID }]);
  });

  it('lists the exchanges she wrote (with her note) and those she is named in (without theirs)', () => {
    const summary = data.exchanges.map((e) => ({
      number: e.number,
      kind: e.kind,
      role: e.role,
      author: e.author.name,
      members: e.members.map((m) => `${m.name} (${m.organisation})`),
      goal: e.goal?.number ?? null,
      note: 'note' in e ? e.note : 'absent',
    }));
    expect(summary).toEqual([
      {
        number: 1,
        kind: 'call',
        role: 'author',
        author: NAME,
        members: ['Marie Curie (CCAS de Cergy)'],
        goal: null,
        note: `Point préparé par ${NAME} (<@${USER_ID}>)`,
      },
      {
        number: 2,
        kind: 'meeting',
        role: 'named',
        author: 'Marie Curie',
        members: [`${NAME} (Mission locale de Cergy)`],
        goal: null,
        note: 'absent',
      },
      {
        number: 3,
        kind: 'joint-action',
        role: 'named',
        author: 'Jean Dupont',
        members: expect.arrayContaining(['Marie Curie (CCAS de Cergy)', `${NAME} (Mission locale de Cergy)`]),
        goal: 1,
        note: 'absent',
      },
    ]);
    expect(data.exchanges[0]?.themes).toEqual(['logement-hebergement']);
    expect(file.content).not.toContain('note privée de Marie');
  });

  it('lists her goal and its history, her glossary entry and her polls', () => {
    expect(data.goalsProposed).toEqual([
      expect.objectContaining({
        number: 1,
        title: 'Aucun jeune sans solution',
        indicator: '12 sur 20',
        status: 'active',
      }),
    ]);
    expect(data.goalUpdates.map((u) => [u.goal.number, u.kind, 'status' in u ? u.status : u.text])).toEqual([
      [1, 'indicator', '12 sur 20'],
      [1, 'status', 'active'],
    ]);
    expect(data.glossaryEntries).toEqual([
      expect.objectContaining({
        term: 'VVV',
        definition: 'Ville vie vacances, demander à zéphyrine quatrebarbes',
      }),
    ]);
    expect(data.pollsCreated).toEqual([
      expect.objectContaining({
        number: 1,
        question: `Quel lieu, ${USER_ID} ?`,
        options: ['Mairie', 'Centre social'],
        anonymous: false,
        status: 'closed',
      }),
    ]);
  });

  it('lists her public votes only, and says why anonymous ones are not there', () => {
    expect(data.publicPollVotes).toEqual([
      { poll: 1, question: `Quel lieu, ${USER_ID} ?`, status: 'closed', choices: ['Centre social'] },
      { poll: 2, question: 'Quelle priorité ?', status: 'open', choices: ['Logement'] },
    ]);
    expect(data.anonymousPollVotes).toContain('ne peuvent être reliés à personne');
    expect(file.content).not.toContain('Anonyme ?');
  });

  it('lists her café pairing and the audit rows about her or by her', () => {
    expect(data.cafePairings).toEqual([
      expect.objectContaining({
        group: 1,
        with: [{ name: 'Marie Curie', organisation: 'CCAS de Cergy' }],
        met: true,
      }),
    ]);
    const audit = data.auditTrail.filter((a) => a.action === 'facilitator.add' || a.action === 'poll.close');
    expect(audit.map((a) => [a.action, a.roles, a.actor, a.subject])).toEqual(
      expect.arrayContaining([
        ['facilitator.add', ['subject'], 'Alice Admin', NAME],
        ['poll.close', ['actor'], NAME, null],
      ]),
    );
  });

  it('never shows anything of another network, even for the same person', () => {
    for (const marker of ['réseau B', 'marqueur-reseau-B', 'RESB', 'Association du réseau B']) {
      expect(file.content).not.toContain(marker);
    }
  });

  it('answers in English with the same file shape', async () => {
    const english = await say(core, where, 'my-data', { ...ZEPHYRINE, locale: 'en' });
    // Her own language setting (fr) wins over the platform's.
    expect(plain(english.text)).toContain('Vos données');
    const marie = await say(core, other, 'my-data', {
      externalId: 'u-sam',
      displayName: 'Sam Taylor',
      isPlatformAdmin: false,
      locale: 'en',
    });
    expect(marie.text).toContain(
      'Everything Maillage keeps about you in this network is in the attached file',
    );
    const content = JSON.parse(marie.messages[0]?.file?.content ?? '{}') as MemberExport;
    expect(content.format).toBe('maillage-my-data/1');
    expect(content.language).toBe('en');
    expect(content.exchanges).toEqual([]);
  });

  it('refuses extra words with a clear message, sending and writing nothing', async () => {
    const before = await rowCounts(database().db, ids.network);
    for (const typed of ['mes-donnees extra words', 'my-data "tout"', 'mes-donnees @Marie']) {
      const refused = await say(core, where, typed, ZEPHYRINE);
      expect(refused.failed).toBe(true);
      expect(refused.messages.some((m) => m.file)).toBe(false);
      expect(plain(refused.text)).toContain(
        '`mes-donnees` se tape seul, sans rien après : rien n’a été envoyé.',
      );
    }
    expect(await rowCounts(database().db, ids.network)).toEqual(before);
  });
});
