// The digest's content on real databases: a small network built through the core, then
// each section's figures checked; empty sections left out, a quiet week in one line, the
// anonymity threshold of polls, no exchange note, English, and one network never showing
// another's data. Also: the demo network fills every section.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import { DEMO_SPACE_ID } from '../../src/core/demo/seed-demo.ts';
import { digestMessage } from '../../src/core/digest/digest-message.ts';
import { defaultPeriod, periodDays } from '../../src/core/digest/period.ts';
import type { Locale } from '../../src/core/locale.ts';
import { type Message, messageText } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore, testDemo } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const paul = { externalId: 'u-paul', displayName: 'Paul Petit', isPlatformAdmin: false };

// Friday 20 November 2026, 11:00 in Paris; the preview covers the days 14 to 20 November.
const NOW = new Date('2026-11-20T10:00:00Z');
const EARLIER = new Date('2026-11-10T10:00:00Z'); // the period before
// The digest is asked a little after the last command (periods are [start, end)).
const LATER = new Date(NOW.getTime() + 60_000);
const NOTE = 'note confidentielle du rendez-vous';

const section = (message: Message, heading: string): string | undefined =>
  message.blocks.flatMap((b) => (b.type === 'text' && b.text.startsWith(heading) ? [b.text] : []))[0];

describe('digest period', () => {
  it('covers the days that begin within it, in the network zone', () => {
    expect(periodDays(defaultPeriod(NOW, 'Europe/Paris'), 'Europe/Paris')).toEqual({
      from: '2026-11-14',
      to: '2026-11-21',
    });
    const midnight = { start: new Date('2026-11-15T23:00:00Z'), end: new Date('2026-11-22T23:00:00Z') };
    expect(periodDays(midnight, 'Europe/Paris')).toEqual({ from: '2026-11-16', to: '2026-11-23' });
  });
});

describeDatabases('digest content', (database) => {
  let core: Core;
  const clock = new FakeClock(NOW);
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function digestOf(where: ReturnType<typeof newSpace>, locale: Locale = 'fr', now = LATER) {
    return createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      if (!found) throw new Error('no such space');
      return digestMessage(repos, found.network, defaultPeriod(now, found.network.timeZone), locale);
    });
  }

  async function networkIdOf(where: ReturnType<typeof newSpace>) {
    return createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      if (!found) throw new Error('no such space');
      return found.network.id;
    });
  }

  /** Members record their arrival day from the database clock: set it for the test. */
  async function arrivals(where: ReturnType<typeof newSpace>, newcomers: string[]) {
    const id = await networkIdOf(where);
    await database().db.execute(
      sql`update members set created_at = '2026-01-05T00:00:00Z' where network_id = ${id}`,
    );
    await database().db.execute(
      sql`update organisations set created_at = '2026-01-05T00:00:00Z' where network_id = ${id}`,
    );
    for (const name of newcomers) {
      await database().db.execute(
        sql`update members set created_at = '2026-11-18T00:00:00Z'
          where network_id = ${id} and display_name = ${name}`,
      );
    }
  }

  async function busyNetwork() {
    const where = newSpace();
    clock.current = EARLIER;
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil thematiques logement, trouver-un-emploi', marie);
    await say(core, where, 'profil structure "Club de prévention Les Linandes" type PREVENTION', jean);
    await say(core, where, 'profil thematiques famille', jean);
    await say(core, where, 'profil structure "Collège Les Explorateurs" type COLLEGE', paul);
    await say(core, where, 'profil thematiques se-former', paul);
    await say(core, where, 'but nouveau "Aucun jeune sans solution"', marie);
    await say(core, where, 'but 1 statut actif', marie);
    expect((await say(core, where, 'echange appel @Jean #logement', marie)).failed).toBe(false);

    clock.current = NOW;
    await say(core, where, 'profil structure "Centre social des Touleuses" type CS', zoe);
    await say(core, where, 'profil thematiques numerique', zoe);
    const met = await say(core, where, `echange rencontre @Jean @Zoé #famille note "${NOTE}"`, marie);
    expect(met.failed).toBe(false);
    expect((await say(core, where, 'echange appel @Zoé but 1', jean)).failed).toBe(false);
    await say(core, where, 'but 1 statut atteint', marie);

    // Two answers to an anonymous poll (below the threshold of 3), three to another.
    await say(core, where, 'sondage "Quelle date ?" "Lundi" "Mardi"', marie);
    await say(core, where, 'vote 1 1', marie);
    await say(core, where, 'vote 1 2', jean);
    await say(core, where, 'sondage fermer 1', marie);
    await say(core, where, 'sondage "Quel lieu ?" "Centre social" "Mairie"', marie);
    await say(core, where, 'vote 2 1', marie);
    await say(core, where, 'vote 2 1', jean);
    await say(core, where, 'vote 2 2', zoe);
    await say(core, where, 'sondage fermer 2', marie);
    await say(core, where, 'sondage "Quel thème ?" "Santé" "Emploi" duree 3j', marie);
    await arrivals(where, ['Zoé Lambert']);
    return where;
  }

  it('counts the activity of the period against the period before', async () => {
    const where = await busyNetwork();
    const digest = await digestOf(where);
    expect(digest.blocks[0]).toEqual({
      type: 'header',
      text: 'Diagnostic permanent — semaine du 14 au 20 novembre',
    });
    const activity = section(digest, '**Activité**');
    expect(activity).toContain('• 2 échanges notés — en hausse (1 la période précédente)');
    expect(activity).toContain('• 3 personnes impliquées — en hausse (2 la période précédente)');
    expect(activity).toContain('• 3 structures impliquées — en hausse (2 la période précédente)');
  });

  it('names new links, newcomers, goal changes, polls, blind spots and an acronym', async () => {
    const where = await busyNetwork();
    const digest = await digestOf(where);
    const links = section(digest, '**Nouveaux liens**') ?? '';
    // Mission locale and the prevention club met in the period before: not a new link.
    expect(links.split('\n').filter((line) => line.startsWith('•'))).toEqual([
      '• Centre social des Touleuses ↔ Club de prévention Les Linandes',
      '• Centre social des Touleuses ↔ Mission locale de Cergy',
    ]);
    expect(section(digest, '**Bienvenue**')).toBe(
      '**Bienvenue**\n• Zoé Lambert — Centre social des Touleuses · Numérique',
    );
    const goals = section(digest, '**Buts partagés**') ?? '';
    expect(goals).toContain(
      'But n°\u00a01 «\u00a0Aucun jeune sans solution\u00a0»\u00a0: actif → **atteint**',
    );
    expect(goals).toContain('1 échange rattaché');

    const polls = section(digest, '**Sondages**') ?? '';
    expect(polls).toContain('Clos\u00a0: «\u00a0Quelle date ?\u00a0» (n°\u00a01)');
    expect(polls).toMatch(/moins de 3 réponses/);
    expect(polls).not.toMatch(/Lundi|Mardi/);
    expect(polls).toContain('Centre social\u00a0: 2 votes (67\u202f%)');
    expect(polls).toContain('Mairie\u00a0: 1 vote (33\u202f%)');
    expect(polls).toContain('3 participants');
    expect(polls).toMatch(/Ouvert jusqu’au lundi 23 novembre 2026 .*Quel thème.*`vote 3`/);

    const blind = section(digest, '**Angles morts**') ?? '';
    expect(blind).toContain('Sans échange depuis 4 semaines\u00a0: Collège Les Explorateurs\n');
    expect(blind).toMatch(/absentes des échanges depuis 4 semaines\u00a0: .*Numérique/);
    expect(blind).toMatch(/depuis 4 semaines\u00a0: [^\n]*Trouver un emploi/i);
    expect(blind).not.toMatch(/: [^\n]*Famille/);
    expect(blind).toContain('CAF');
    expect(blind).not.toContain('Mission locale,');
    expect(section(digest, '**Le sigle de la semaine**')).toMatch(
      /^\*\*Le sigle de la semaine\*\*\n\*\*.+\*\*\u00a0: .+/,
    );
  });

  it('never shows an exchange note', async () => {
    const where = await busyNetwork();
    expect(JSON.stringify(await digestOf(where))).not.toContain(NOTE);
    expect(JSON.stringify(await digestOf(where, 'en'))).not.toContain(NOTE);
  });

  it('speaks English', async () => {
    const where = await busyNetwork();
    const digest = await digestOf(where, 'en');
    expect(digest.blocks[0]).toEqual({ type: 'header', text: 'Network digest — week of 14–20 Nov' });
    const text = messageText(digest);
    expect(text).toContain('• 2 exchanges logged — up (1 the period before)');
    expect(text).toContain('**New links**');
    expect(text).toContain('Goal #1 "Aucun jeune sans solution": active → **reached**');
    expect(text).toContain('fewer than 3 answers');
    expect(text).toContain('Local actors with no organisation in the network');
    expect(text).not.toMatch(/Activité|Angles morts/);
  });

  it('leaves out sections with nothing to say', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await arrivals(where, ['Marie Curie']);
    const digest = await digestOf(where);
    const text = messageText(digest);
    expect(text).toContain('**Bienvenue**\n• Marie Curie — Mission locale de Cergy');
    for (const heading of ['**Activité**', '**Nouveaux liens**', '**Sondages**', '**Buts partagés**']) {
      expect(text).not.toContain(heading);
    }
    expect(text).toContain('**Angles morts**');
  });

  it('says a quiet week in one friendly line, and keeps the blind spots, which matter most then', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await arrivals(where, []);
    const digest = await digestOf(where);
    expect(messageText(digest)).toContain('Semaine calme\u00a0: aucun échange noté');
    expect(section(digest, '**Angles morts**')).toContain(
      'Sans échange depuis 4 semaines\u00a0: Mission locale de Cergy',
    );
    expect(messageText(digest)).not.toContain('**Activité**');
    expect(messageText(await digestOf(where, 'en'))).toContain('A quiet week: no exchange logged');
  });

  it('leaves out of « sans échange depuis 4 semaines » an organisation that joined within them', async () => {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await arrivals(where, []);
    await say(core, where, 'profil structure "Association arrivée hier" type ASSO', jean);
    const id = await networkIdOf(where);
    await database().db.execute(
      sql`update organisations set created_at = '2026-11-19T10:00:00Z' where network_id = ${id} and type_code = 'ASSO'`,
    );
    const blind = section(await digestOf(where), '**Angles morts**') ?? '';
    expect(blind).toContain('Mission locale de Cergy');
    expect(blind).not.toContain('Association arrivée hier');
  });

  it('never shows another network’s data', async () => {
    const where = await busyNetwork();
    const other = newSpace();
    await say(core, other, 'profil structure "Structure d’un autre réseau" type CAF', marie);
    await say(core, other, 'profil structure "Autre bailleur" type BAILLEUR', jean);
    for (let i = 0; i < 3; i += 1) await say(core, other, 'echange appel @Jean #sante', marie);
    await say(core, other, 'but nouveau "But secret de l’autre réseau"', marie);
    await say(core, other, 'but 1 statut actif', marie);
    await say(core, other, 'sondage "Question de l’autre réseau ?" "Oui" "Non"', marie);
    const text = messageText(await digestOf(where));
    expect(text).toContain('• 2 échanges notés — en hausse (1 la période précédente)');
    expect(text).not.toMatch(/autre réseau|Autre bailleur|Santé/);
    expect(text).toContain('CAF');
    expect(text).toContain('actif → **atteint**');
  });
});

describeDatabases('digest of the demo network', (database) => {
  it('has something to say in every section', async () => {
    const now = new Date();
    const clock = new FakeClock(now);
    const core = testCore(database().db, clock);
    const visitor = {
      platform: 'shell' as const,
      space: { externalId: `${DEMO_SPACE_ID}-${process.pid}-${Date.now()}`, name: 'Démo' },
      user: { externalId: 'u-visitor', displayName: 'Camille', isPlatformAdmin: true },
    };
    const summary = await testDemo(database().db, core, clock).seed(visitor);
    expect(summary).toMatchObject({ created: true, organisations: 5, members: 5, exchanges: 3 });
    const digest = await createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', visitor.space.externalId);
      if (!found) throw new Error('no demo space');
      return digestMessage(repos, found.network, defaultPeriod(new Date(), found.network.timeZone), 'fr');
    });
    const text = messageText(digest);
    for (const heading of [
      '**Activité**',
      '**Nouveaux liens**',
      '**Bienvenue**',
      '**Buts partagés**',
      '**Sondages**',
      '**Angles morts**',
      '**Le sigle de la semaine**',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('désormais **actif**');
    expect(text).toContain('Clos\u00a0:');
    expect(text).toContain('Ouvert jusqu’au');
    expect(text).toContain(
      'Sans échange depuis 4 semaines\u00a0: Centre social des Touleuses et Collège Les Explorateurs',
    );
  });
});
