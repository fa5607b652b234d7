// The digest's new parts on real databases, driven through the core: the period a preview
// asks for, the network section (organisations linked, density, E-I index, bridges, who
// works with whom, the trend), suggestions with their buttons, the map attached, scheduled
// digests numbered and shown again, and `cafe inviter`.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import { scheduledPeriod } from '../../src/core/digest/digest-periods.ts';
import { digestJob } from '../../src/core/scheduling/digest-job.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const paul = { externalId: 'u-paul', displayName: 'Paul Petit', isPlatformAdmin: false };
const lea = { externalId: 'u-lea', displayName: 'Léa Martin', isPlatformAdmin: false };

/** French typography puts no-break spaces before « : » and after « n° »: compared as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const ask = async (...args: Parameters<typeof say>) => {
  const reply = await say(...args);
  return { ...reply, text: plain(reply.text) };
};

const OCTOBER = new Date('2026-10-05T09:00:00Z');
const NOVEMBER = new Date('2026-11-16T10:00:00Z');
// Monday 7 December 2026, 11:00 in Paris.
const NOW = new Date('2026-12-07T10:00:00Z');

describeDatabases('digest network, suggestions and history', (database) => {
  let core: Core;
  const clock = new FakeClock(NOW);
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  /** A chain Mission locale – Prévention – Centre social, a college tied to the centre in November; a CCAS quiet since October. */
  async function network() {
    const where = newSpace();
    clock.current = OCTOBER;
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil territoire Cergy', marie);
    await say(core, where, 'profil structure "Club de prévention Les Linandes" type PREVENTION', jean);
    await say(core, where, 'profil territoire Cergy', jean);
    await say(core, where, 'profil structure "Centre social des Touleuses" type CS', zoe);
    await say(core, where, 'profil territoire Pontoise', zoe);
    await say(core, where, 'profil structure "Collège Les Explorateurs" type COLLEGE', paul);
    await say(core, where, 'profil territoire Pontoise', paul);
    await say(core, where, 'profil structure "CCAS de Cergy" type CCAS', lea);
    await say(core, where, 'but nouveau "Aucun jeune sans solution"', marie);
    expect((await say(core, where, 'echange appel @Léa', marie)).failed).toBe(false);
    clock.current = NOVEMBER;
    expect((await say(core, where, 'echange appel @Jean', marie)).failed).toBe(false);
    expect((await say(core, where, 'echange rencontre @Zoé', jean)).failed).toBe(false);
    expect((await say(core, where, 'echange appel @Paul', zoe)).failed).toBe(false);
    clock.current = NOW;
    // Members and organisations take their arrival from the database clock: before October.
    const id = await createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      return found?.network.id ?? '';
    });
    for (const table of ['members', 'organisations'])
      await database().db.execute(
        sql`update ${sql.identifier(table)} set created_at = '2026-09-01T00:00:00Z' where network_id = ${id}`,
      );
    return where;
  }

  it('previews November: the network of organisations, its trend, and a map', async () => {
    const where = await network();
    const reply = await ask(core, where, 'diagnostic mois dernier', marie);
    expect(reply.failed).toBe(false);
    const [message] = reply.messages;
    expect(message?.visibility).toBe('private');
    expect(message?.blocks[0]).toEqual({ type: 'header', text: 'Diagnostic permanent — novembre 2026' });
    // Ties in November: ML–Prévention, Prévention–CS, CS–Collège: 4 of 5 organisations linked.
    expect(reply.text).toContain('4 structures sur 5 ont échangé avec une autre');
    expect(reply.text).toContain('3 liens entre elles');
    // 3 ties of 10 possible.
    expect(reply.text).toContain('densité 0,30');
    // Every tie crosses types: E-I +1.
    expect(reply.text).toContain('indice E-I +1');
    // The chain's middle organisations are bridges whose absence would cut others off.
    expect(reply.text).toContain(
      'Passerelles entre groupes : Centre social des Touleuses et Club de prévention Les Linandes — sans l’une d’elles, des structures seraient coupées du reste',
    );
    expect(reply.text).toContain('Entre territoires');
    expect(reply.text).toMatch(/Mois par mois, structures liées : .*oct\. 2 · nov\. 4/);
    expect(message?.picture?.mimeType).toBe('image/png');
    expect(message?.picture?.alt).toContain('5');
    // No member's name in the network section.
    const networkPart = reply.text.slice(
      reply.text.indexOf('Le réseau des structures'),
      reply.text.indexOf('**Angles morts**'),
    );
    for (const person of ['Marie', 'Jean', 'Zoé', 'Paul', 'Léa']) expect(networkPart).not.toContain(person);
  });

  it('suggests inviting the quiet organisation and taking stock of the idle goal, with buttons', async () => {
    const where = await network();
    const reply = await ask(core, where, 'diagnostic', marie);
    expect(reply.text).toContain('**CCAS de Cergy** n’a noté aucun échange depuis 4 semaines');
    expect(reply.text).toContain('Le but n° 1 « Aucun jeune sans solution » n’a rien eu depuis le');
    expect(reply.text).toContain('Marie Curie, un point d’étape ?');
    const buttons = reply.messages[0]?.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : [])) ?? [];
    expect(buttons.map((b) => b.command)).toEqual(
      expect.arrayContaining(['cafe inviter "CCAS de Cergy"', 'but 1']),
    );
  });

  it('invites the members of an organisation to the café privately, facilitators only', async () => {
    const where = await network();
    const refused = await ask(core, where, 'cafe inviter "CCAS de Cergy"', marie);
    expect(refused.failed).toBe(true);
    const sent = await ask(core, where, 'cafe inviter "CCAS de Cergy"');
    expect(sent.failed).toBe(false);
    expect(sent.text).toContain('1 membre(s) de CCAS de Cergy invité(s)');
    expect(sent.text).not.toContain('Léa');
    expect(sent.notifications).toHaveLength(1);
    const unknown = await ask(core, where, 'cafe inviter "Structure inconnue"');
    expect(unknown.failed).toBe(true);
    expect(unknown.notifications).toHaveLength(0);
  });

  it('answers a period it cannot read, or that has not begun, with what to type', async () => {
    const where = await network();
    const bad = await ask(core, where, 'diagnostic bientot', marie);
    expect(bad.failed).toBe(true);
    expect(bad.text).toContain('`diagnostic 2026-11`');
    const future = await ask(core, where, 'digest 2027-03', { ...marie, locale: 'en' });
    expect(future.failed).toBe(true);
    expect(future.text).toContain('has not begun');
  });

  it('numbers scheduled digests once per slot, lists them and shows one again', async () => {
    const where = await network();
    expect((await ask(core, where, 'diagnostic historique', marie)).text).toContain('Aucun diagnostic');
    await ask(core, where, 'diagnostic ici');
    const slot = new Date('2026-12-07T08:00:00Z');
    const store = createStore(database().db);
    const built = await store.run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      if (!found) throw new Error('no network');
      const network = (await repos.networks.get(found.network.id)) ?? found.network;
      const run = { networkId: network.id, slot, subjectId: null };
      const first = await digestJob.run(repos, network, run, NOW);
      const again = await digestJob.run(repos, network, run, NOW);
      return { first, again };
    });
    expect(built.first?.message.picture).toBeDefined();
    const note = (m: typeof built.first) => {
      const block = m?.message.blocks.at(-1);
      return block?.type === 'context' ? { ...block, text: plain(block.text) } : block;
    };
    expect(note(built.first)).toEqual({
      type: 'context',
      text: 'Diagnostic n° 1 · `diagnostic historique 1` le montre à nouveau',
    });
    expect(note(built.again)).toEqual(note(built.first));
    const list = await ask(core, where, 'diagnostic historique', marie);
    expect(list.text).toContain('n° 1 — 30 novembre au 6 décembre');
    const shown = await ask(core, where, 'diagnostic historique 1', marie);
    expect(shown.messages[0]?.visibility).toBe('private');
    expect(shown.text).toContain('Diagnostic permanent — semaine du 30 novembre au 6 décembre');
    expect((await ask(core, where, 'diagnostic historique 9', marie)).failed).toBe(true);
  });
});

describe('the scheduled period', () => {
  it('is the week before a Monday digest', () => {
    const named = scheduledPeriod('0 9 * * 1', 'Europe/Paris', new Date('2026-12-07T08:00:00Z'));
    expect(named.kind).toBe('week');
  });
});
