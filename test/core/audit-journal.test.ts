// `config journal` / `config audit` and `config conservation` / `config retention` on real
// databases: who may read the journal, its pages, its network, its two languages; the
// retention period's range and persistence.
import { beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../db/store.ts';
import { tokenize } from '../../src/core/args/tokenize.ts';
import { journalLine } from '../../src/core/audit/render-journal.ts';
import { config } from '../../src/core/commands/config.ts';
import { pageNumber } from '../../src/core/config/journal.ts';
import type { Core } from '../../src/core/core.ts';
import { checkArgs } from '../../src/core/grammar/check-args.ts';
import { readText } from '../../src/core/grammar/read-text.ts';
import type { AuditEntry } from '../../src/core/ports.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const ADMIN = { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true };
const ADMIN_EN = { ...ADMIN, locale: 'en' as const };
const MARIE = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
type Where = ReturnType<typeof newSpace>;
type User = typeof ADMIN | typeof MARIE | typeof ADMIN_EN;

/** French text with its no-break spaces as plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const lines = (s: string) => s.split('\n').filter((l) => l.startsWith('• '));

describeDatabases('audit trail: the journal and the retention period', (database) => {
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function act(where: Where, text: string, user: User = ADMIN) {
    clock.advance(60_000);
    return say(core, where, text, user);
  }
  const networkOf = async (where: Where) => (await core.enter({ ...where, user: ADMIN })).network;

  it('answers an empty journal with a clear sentence', async () => {
    const reply = await act(newSpace(), 'config journal');
    expect(reply.failed).toBe(false);
    expect(reply.messages[0]?.visibility).toBe('private');
    expect(plain(reply.text)).toContain('Le journal est vide : aucune action de facilitation');
  });

  it('refuses the journal to a member who is not a facilitator, without writing', async () => {
    const where = newSpace();
    await act(where, 'config nom "Réseau secret"');
    await act(where, 'profil', MARIE);
    const before = await rowCounts(database().db, (await networkOf(where)).id);
    for (const text of ['config journal', 'config audit 1']) {
      const refused = await act(where, text, MARIE);
      expect(refused.failed).toBe(true);
      expect(refused.text).toContain('réservée aux facilitateurs');
      expect(refused.text).not.toContain('Réseau secret');
      expect(refused.text).not.toContain('renommé');
    }
    expect(await rowCounts(database().db, (await networkOf(where)).id)).toEqual(before);
  });

  it('shows 15 entries a page, most recent first, with the page and how to see the next', async () => {
    const where = newSpace();
    // 17 changes: 2, 3, …, 18 months.
    for (let months = 2; months <= 18; months += 1) await act(where, `config conservation ${months}`);
    const first = await act(where, 'config journal');
    expect(first.messages[0]?.visibility).toBe('private');
    const firstLines = lines(plain(first.text));
    expect(firstLines).toHaveLength(15);
    expect(firstLines[0]).toContain('a changé la durée de conservation : 17 → 18 mois');
    expect(firstLines[14]).toContain(': 3 → 4 mois');
    expect(plain(first.text)).toContain('Page 1/2 · 17 action(s)');
    expect(first.text).toContain('`config journal 2`');
    const second = await act(where, 'config journal 2');
    const secondLines = lines(plain(second.text));
    expect(secondLines).toHaveLength(2);
    expect(secondLines[0]).toContain(': 2 → 3 mois');
    expect(secondLines[1]).toContain(': 12 → 2 mois');
    expect(plain(second.text)).toContain('Page 2/2');
    expect(plain(second.text)).toContain('Dernière page.');
    const english = await act(where, 'config audit 2', ADMIN_EN);
    expect(english.text).toContain('Page 2/2 · 17 action(s), most recent first.');
    expect(lines(english.text)[1]).toContain('changed the retention period: 12 → 2 months');
  });

  it('answers a page that does not exist with what to type, writing nothing', async () => {
    const where = newSpace();
    await act(where, 'config conservation 6');
    const networkId = (await networkOf(where)).id;
    const before = await rowCounts(database().db, networkId);
    for (const page of ['0', '-1', 'deux', '2', '1.5', '1 2', '99999999']) {
      const reply = await act(where, `config journal ${page}`);
      expect(reply.failed, page).toBe(true);
      expect(plain(reply.text)).toBe(
        'Cette page n’existe pas. Tapez `config journal` pour la page 1, ou `config journal N` avec N entre 1 et 1.',
      );
    }
    const english = await act(where, 'config audit 3', ADMIN_EN);
    expect(english.text).toBe(
      'There is no such page. Type `config audit` for page 1, or `config audit N` with N from 1 to 1.',
    );
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it("never shows another network's entries", async () => {
    const ours = newSpace('slack');
    const theirs = newSpace('discord');
    await act(ours, 'config nom "Réseau de Cergy"');
    await act(theirs, 'config nom "Réseau de Pontoise"');
    await act(theirs, 'config conservation 3');
    const journal = plain((await act(ours, 'config journal')).text);
    expect(lines(journal)).toHaveLength(1);
    expect(journal).toContain('« Réseau test » en « Réseau de Cergy »');
    expect(journal).not.toContain('Pontoise');
    expect(journal).not.toContain('conservation');
    const other = await repositories(database().db).audit.list((await networkOf(theirs)).id, {
      limit: 50,
      offset: 0,
    });
    expect(other.total).toBe(2);
    expect(other.entries.map((e) => e.action)).toEqual(['retention.changed', 'network.name']);
  });

  it('renders each line with the date and time in the network’s zone, who and what, in French and English', async () => {
    const where = newSpace();
    clock.current = new Date('2026-11-20T10:00:00Z');
    await act(where, 'profil', MARIE);
    await act(where, 'config fuseau America/Cayenne');
    await act(where, 'config facilitateur ajouter @Marie');
    // 10:02 and 10:03 UTC are 7:02 and 7:03 in Cayenne (UTC−3).
    const french = lines(plain((await act(where, 'config journal')).text));
    expect(french[0]).toBe(
      '• 20/11/2026 7 h 03 · **Alice Admin** · a nommé Marie Curie parmi les facilitateurs',
    );
    expect(french[1]).toBe(
      '• 20/11/2026 7 h 02 · **Alice Admin** · a changé le fuseau horaire : Europe/Paris → America/Cayenne',
    );
    const english = lines((await act(where, 'config audit', ADMIN_EN)).text);
    expect(english[0]).toBe('• 20 Nov 2026, 07:03 · **Alice Admin** · made Marie Curie a facilitator');
    expect(english[1]).toBe(
      '• 20 Nov 2026, 07:02 · **Alice Admin** · changed the time zone: Europe/Paris → America/Cayenne',
    );
  });

  it('keeps the retention period between 1 and 60 months, shows it in the settings, and explains the purge', async () => {
    const where = newSpace();
    clock.current = new Date('2026-11-20T10:00:00Z');
    expect(plain((await act(where, 'config')).text)).toContain('Conservation des données: 12 mois');
    const networkId = (await networkOf(where)).id;
    const before = await rowCounts(database().db, networkId);
    for (const value of ['0', '61', 'douze', '1.5', '-3', '12 jours', '']) {
      const reply = await act(where, `config conservation ${value}`.trim());
      if (value === '') {
        expect(plain(reply.text)).toContain('Durée de conservation : 12 mois.');
        continue;
      }
      expect(reply.failed, value).toBe(true);
      expect(plain(reply.text)).toBe(
        'Donnez un nombre entier de mois, de 1 à 60 : par exemple `config conservation 12`.',
      );
    }
    expect(await rowCounts(database().db, networkId)).toEqual(before);
    expect((await networkOf(where)).retentionMonths).toBe(12);

    const set = await act(where, 'config conservation 60');
    expect(set.failed).toBe(false);
    expect(plain(set.text)).toContain('Durée de conservation : 60 mois (avant : 12 mois)');
    expect(plain(set.text)).toContain(
      'les notes des échanges de plus de 60 mois (aujourd’hui : ceux d’avant le',
    );
    expect(plain(set.text)).toContain('20 novembre 2021');
    expect(plain(set.text)).toContain(
      'pour les sondages publics fermés depuis plus de 60 mois, qui a voté quoi',
    );
    expect((await networkOf(where)).retentionMonths).toBe(60);
    const one = await act(where, 'config retention 1 month', ADMIN_EN);
    expect(one.text).toContain('Retention period: 1 month (was 60 months)');
    expect(one.text).toContain('older than 1 month (today');
    expect(one.text).toContain('today: those before Tue 20 Oct 2026');
    expect((await networkOf(where)).retentionMonths).toBe(1);
    expect((await act(where, 'config', ADMIN_EN)).text).toContain('Data retention: 1 month');
    expect((await act(where, 'config retention 70', ADMIN_EN)).text).toBe(
      'Give a whole number of months, from 1 to 60: for example `config retention 12`.',
    );
  });
});

describe('journal and retention pieces', () => {
  /** The months `config conservation …` reads, as its grammar checks them. */
  const retentionMonths = (typed: string) => {
    const tokens = tokenize(`conservation ${typed}`);
    const read = tokens.ok ? readText(config.verbs ?? [], tokens.value) : undefined;
    const checked = read?.ok ? checkArgs(read.value.verb, read.value.values, 'fr') : undefined;
    return checked?.ok ? checked.value.months : undefined;
  };
  const entry = (over: Partial<AuditEntry>): AuditEntry => ({
    id: 'e1',
    at: new Date('2026-03-01T08:05:00Z'),
    actorId: 'a',
    actorName: 'Alice Admin',
    action: 'poll.closed-early',
    subjectMemberId: 'm',
    subjectName: 'Marie Curie',
    details: { poll: 4, byAuthor: false },
    ...over,
  });

  it('renders every kind of entry in both languages, an unknown action by its key', () => {
    expect(plain(journalLine(entry({}), 'Europe/Paris', 'fr'))).toBe(
      '01/03/2026 9 h 05 · **Alice Admin** · a fermé le sondage n° 4 avant son échéance (auteur : Marie Curie)',
    );
    expect(journalLine(entry({}), 'Indian/Reunion', 'en')).toBe(
      '1 Mar 2026, 12:05 · **Alice Admin** · closed poll #4 before its deadline (author: Marie Curie)',
    );
    const own = entry({ subjectMemberId: null, subjectName: null, details: { poll: 4, byAuthor: true } });
    expect(journalLine(own, 'UTC', 'en')).toContain('closed poll #4 before its deadline (its author)');
    const status = entry({ action: 'goal.status', details: { goal: 2, from: 'active', to: 'reached' } });
    expect(plain(journalLine(status, 'UTC', 'fr'))).toContain(
      'a passé le but n° 2 de « actif » à « atteint » (auteur : Marie Curie)',
    );
    const day = entry({ action: 'cafe.day', details: { from: 1, to: 4 } });
    expect(journalLine(day, 'UTC', 'en')).toContain("changed the café's day: Monday → Thursday");
    const locale = entry({ action: 'network.locale', details: { from: 'fr', to: 'en' } });
    expect(plain(journalLine(locale, 'UTC', 'fr'))).toContain(
      'a changé la langue du réseau : français → anglais',
    );
    const schedule = entry({ action: 'digest.schedule', details: { from: '0 9 * * 1', to: '0 8 * * 2' } });
    expect(journalLine(schedule, 'UTC', 'en')).toMatch(
      /changed the digest's schedule: .*Monday.* → .*Tuesday/,
    );
    const gone = entry({
      actorName: null,
      subjectName: null,
      action: 'glossary.removed',
      details: { term: 'ZZT' },
    });
    expect(plain(journalLine(gone, 'UTC', 'fr'))).toContain(
      '**Membre inconnu** · a retiré « ZZT » du glossaire (auteur : inconnu)',
    );
    expect(journalLine(entry({ action: 'space.removed', details: {} }), 'UTC', 'en')).toContain(
      'did: space.removed',
    );
  });

  it('reads page numbers and months strictly', () => {
    expect([undefined, '1', ' 3 ', '0', '-1', 'deux', '1.5', '1e3'].map(pageNumber)).toEqual([
      1,
      1,
      3,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(
      ['1', '60', '12 mois', '12 Months', '0', '61', 'douze', '1.5', '12 jours', '', '12 mois de plus'].map(
        retentionMonths,
      ),
    ).toEqual([1, 60, 12, 12, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
