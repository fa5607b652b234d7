// The audit trail on real databases: every facilitator action writes exactly one entry with
// who, about whom and which values; a rejected or failed command writes none.
import { asc, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditEntries } from '../../db/schema.ts';
import { createStore } from '../../db/store.ts';
import { audit } from '../../src/core/audit/record-audit.ts';
import type { Core } from '../../src/core/core.ts';
import { err } from '../../src/core/result.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const ADMIN = { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true };
const MARIE = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const JEAN = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
type Where = ReturnType<typeof newSpace>;
type User = typeof ADMIN;

describeDatabases('audit trail: recording', (database) => {
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  /** Each command a minute after the previous one, so entries have distinct times. */
  async function act(where: Where, text: string, user: User = ADMIN) {
    clock.advance(60_000);
    const reply = await say(core, where, text, user);
    return reply;
  }

  const idOf = async (where: Where, user: User) => (await core.enter({ ...where, user })).actor.id;
  const networkOf = async (where: Where) => (await core.enter({ ...where, user: ADMIN })).network.id;

  async function entries(networkId: string) {
    return database()
      .db.select()
      .from(auditEntries)
      .where(eq(auditEntries.networkId, networkId))
      .orderBy(asc(auditEntries.at));
  }

  /** Runs the command and returns the one entry it added (fails on zero or several). */
  async function oneEntry(where: Where, text: string, user: User = ADMIN) {
    const networkId = await networkOf(where);
    const before = (await entries(networkId)).length;
    const reply = await act(where, text, user);
    expect(reply.failed, `${text}: ${reply.text}`).toBe(false);
    const after = await entries(networkId);
    expect(after.length, text).toBe(before + 1);
    const entry = after[after.length - 1];
    if (!entry) throw new Error('no entry');
    expect(entry.at.toISOString()).toBe(clock.now().toISOString());
    return entry;
  }

  it('records network name, language and time zone changes with the old and new values', async () => {
    const where = newSpace();
    const admin = await idOf(where, ADMIN);
    const named = await oneEntry(where, 'config nom "Réseau de Cergy"');
    expect(named).toMatchObject({
      actorId: admin,
      action: 'network.name',
      subjectMemberId: null,
      details: { from: 'Réseau test', to: 'Réseau de Cergy' },
    });
    expect((await oneEntry(where, 'config langue en')).details).toEqual({ from: 'fr', to: 'en' });
    expect((await oneEntry(where, 'config timezone America/Cayenne')).details).toEqual({
      from: 'Europe/Paris',
      to: 'America/Cayenne',
    });
  });

  it('records facilitators added and removed with that member as subject', async () => {
    const where = newSpace();
    const marie = await idOf(where, MARIE);
    const added = await oneEntry(where, 'config facilitateur ajouter @Marie');
    expect(added).toMatchObject({ action: 'facilitator.added', subjectMemberId: marie, details: {} });
    const removed = await oneEntry(where, 'config facilitateur retirer @Marie');
    expect(removed).toMatchObject({ action: 'facilitator.removed', subjectMemberId: marie });
  });

  it('records an organisation merge with both names', async () => {
    const where = newSpace();
    await act(where, 'profil structure "Mission locale de Cergy" type ML', MARIE);
    await act(where, 'profil structure "ML Cergy-Pontoise" type ML', JEAN);
    const merged = await oneEntry(where, 'config fusionner "ML Cergy-Pontoise" "Mission locale de Cergy"');
    expect(merged).toMatchObject({
      action: 'organisations.merged',
      details: { source: 'ML Cergy-Pontoise', target: 'Mission locale de Cergy' },
    });
  });

  it('records the digest settings: channel, schedule, on and off', async () => {
    const where = newSpace();
    expect(await oneEntry(where, 'diagnostic ici')).toMatchObject({
      action: 'digest.channel',
      details: { channel: 'c1' },
    });
    expect(await oneEntry(where, 'diagnostic horaire "chaque mardi à 8h"')).toMatchObject({
      action: 'digest.schedule',
      details: { from: '0 9 * * 1', to: '0 8 * * 2' },
    });
    expect((await oneEntry(where, 'diagnostic off')).action).toBe('digest.off');
    expect((await oneEntry(where, 'diagnostic on')).action).toBe('digest.on');
  });

  it('records the café settings: channel, rhythm, day, on, off and a round asked for', async () => {
    const where = newSpace();
    expect(await oneEntry(where, 'cafe ici')).toMatchObject({
      action: 'cafe.channel',
      details: { channel: 'c1' },
    });
    expect(await oneEntry(where, 'cafe rythme 3')).toMatchObject({
      action: 'cafe.rhythm',
      details: { from: 2, to: 3 },
    });
    expect(await oneEntry(where, 'cafe jour jeudi')).toMatchObject({
      action: 'cafe.day',
      details: { to: 4 },
    });
    expect((await oneEntry(where, 'cafe off')).action).toBe('cafe.off');
    expect((await oneEntry(where, 'cafe on')).action).toBe('cafe.on');
    expect(await oneEntry(where, 'cafe lancer')).toMatchObject({
      action: 'cafe.run',
      details: { channel: null },
    });
  });

  it('records a poll closed before its deadline, by its author or by a facilitator, with its number', async () => {
    const where = newSpace();
    const marie = await idOf(where, MARIE);
    await act(where, 'sondage "Quelle date ?" "Lundi" "Mardi"', MARIE);
    await act(where, 'sondage "Quel lieu ?" "Mairie" "Centre social"', MARIE);
    expect(await oneEntry(where, 'sondage fermer 1', MARIE)).toMatchObject({
      actorId: marie,
      action: 'poll.closed-early',
      subjectMemberId: null,
      details: { poll: 1, byAuthor: true },
    });
    expect(await oneEntry(where, 'sondage fermer 2')).toMatchObject({
      actorId: await idOf(where, ADMIN),
      subjectMemberId: marie,
      details: { poll: 2, byAuthor: false },
    });
  });

  it('does not record a poll closed once its deadline passed', async () => {
    const where = newSpace();
    await act(where, 'sondage "Quelle date ?" "Lundi" "Mardi" duree 2h', MARIE);
    clock.advance(3 * 3_600_000);
    const networkId = await networkOf(where);
    const closed = await act(where, 'sondage fermer 1', MARIE);
    expect(closed.failed).toBe(false);
    expect(await entries(networkId)).toEqual([]);
  });

  it("records glossary edits, removals and restores of someone else's entry, not of one's own", async () => {
    const where = newSpace();
    const networkId = await networkOf(where);
    const marie = await idOf(where, MARIE);
    await act(where, 'sigle ajouter ZZT "Zone de test"', MARIE);
    await act(where, 'sigle modifier ZZT "Zone de test, version 2"', MARIE);
    expect(await entries(networkId)).toEqual([]);
    expect(await oneEntry(where, 'sigle modifier ZZT "Zone de tests"')).toMatchObject({
      action: 'glossary.edited',
      subjectMemberId: marie,
      details: { term: 'ZZT' },
    });
    // The facilitator's edit kept Marie as the author: removing it is still removing hers.
    expect(await oneEntry(where, 'sigle supprimer ZZT')).toMatchObject({
      action: 'glossary.removed',
      subjectMemberId: marie,
      details: { term: 'ZZT' },
    });
    // A shipped term adapted by one facilitator, then restored by another.
    const jean = await idOf(where, JEAN);
    await act(where, 'config facilitateur ajouter @Jean');
    const before = (await entries(networkId)).length;
    expect((await act(where, 'sigle modifier AEMO "Notre définition de l’AEMO"', JEAN)).failed).toBe(false);
    expect((await entries(networkId)).length).toBe(before);
    expect(await oneEntry(where, 'sigle rétablir AEMO')).toMatchObject({
      action: 'glossary.restored',
      subjectMemberId: jean,
      details: { term: 'AEMO' },
    });
  });

  it("records a facilitator's change to a goal someone else proposed, not the author's own", async () => {
    const where = newSpace();
    const networkId = await networkOf(where);
    const marie = await idOf(where, MARIE);
    await act(where, 'but nouveau "Aucun jeune sans solution"', MARIE);
    await act(where, 'but 1 statut actif', MARIE);
    await act(where, 'but 1 indicateur "12 jeunes sur 20"', MARIE);
    expect(await entries(networkId)).toEqual([]);
    expect(await oneEntry(where, 'but 1 statut atteint')).toMatchObject({
      action: 'goal.status',
      subjectMemberId: marie,
      details: { goal: 1, from: 'active', to: 'reached' },
    });
    expect(await oneEntry(where, 'but 1 titre "Zéro jeune sans solution"')).toMatchObject({
      action: 'goal.edited',
      subjectMemberId: marie,
      details: { goal: 1, field: 'title' },
    });
  });

  it('records a retention change with the old and new months', async () => {
    const where = newSpace();
    expect(await oneEntry(where, 'config conservation 6')).toMatchObject({
      action: 'retention.changed',
      details: { from: 12, to: 6 },
    });
    expect((await oneEntry(where, 'config retention 24 months')).details).toEqual({ from: 6, to: 24 });
  });

  it('writes nothing for rejected or no-op commands', async () => {
    const where = newSpace();
    await act(where, 'sondage "Quelle date ?" "Lundi" "Mardi"', MARIE);
    await act(where, 'sigle ajouter ZZT "Zone de test"', MARIE);
    await act(where, 'but nouveau "Un but de Marie"', MARIE);
    await act(where, 'config facilitateur ajouter @Marie');
    await idOf(where, JEAN);
    const networkId = await networkOf(where);
    const before = await rowCounts(database().db, networkId);
    const rejected: Array<[string, User]> = [
      ['config conservation 0', ADMIN],
      ['config conservation 61', ADMIN],
      ['config conservation douze', ADMIN],
      ['config conservation 1.5', ADMIN],
      ['config conservation 6', JEAN],
      ['config langue de', ADMIN],
      ['config fuseau Mars/Olympus', ADMIN],
      ['config nom "Appelez le 06 12 34 56 78"', ADMIN],
      ['config facilitateur ajouter @Personne', ADMIN],
      ['config fusionner "A" "B"', ADMIN],
      ['config journal 0', ADMIN],
      ['diagnostic horaire "quand il pleut"', ADMIN],
      ['diagnostic on', JEAN],
      ['cafe rythme 9', ADMIN],
      ['cafe ici', JEAN],
      ['sondage fermer 1', JEAN],
      ['sondage fermer 7', ADMIN],
      ['sigle modifier ZZT "Autre"', JEAN],
      ['but 1 statut actif', JEAN],
    ];
    for (const [text, user] of rejected) {
      const reply = await act(where, text, user);
      expect(reply.failed, text).toBe(true);
    }
    // Accepted, but nothing changed: nothing to record.
    for (const text of [
      'config facilitateur ajouter @Marie',
      'config conservation 12',
      'diagnostic on',
      'cafe on',
    ]) {
      const reply = await act(where, text);
      expect(reply.failed, text).toBe(false);
    }
    expect(await rowCounts(database().db, networkId)).toEqual(before);
  });

  it('records in the transaction of the change: a command that fails after recording leaves nothing', async () => {
    const where = newSpace();
    const { network, actor } = await core.enter({ ...where, user: ADMIN });
    const outcome = await createStore(database().db).transaction(async (repos) => {
      await audit({ repos, network, actor, now: clock.now() }, 'retention.changed', { from: 12, to: 3 });
      await repos.networks.update(network.id, { retentionMonths: 3 });
      return err('refused later');
    });
    expect(outcome.ok).toBe(false);
    expect(await entries(network.id)).toEqual([]);
    expect((await core.enter({ ...where, user: ADMIN })).network.retentionMonths).toBe(12);
  });
});
