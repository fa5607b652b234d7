// Polls end to end on real databases: creating, listing, voting by setting one's choice,
// closing early, results (and the "fewer than 3 answers" rule), CSV export, bad input
// that writes nothing, and anonymity that holds in storage once a poll is closed.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { repositories } from '../../db/store.ts';
import { type Core, voterKey } from '../../src/core/core.ts';
import type { Block, Message } from '../../src/core/message.ts';
import { closePoll } from '../../src/core/polls/close-poll.ts';
import { csvField } from '../../src/core/polls/poll-csv.ts';
import { resultsMessage } from '../../src/core/polls/render-poll.ts';
import { matchOption, voteChoices } from '../../src/core/polls/vote-input.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const NOW = new Date('2026-11-20T10:00:00Z'); // Friday 20 November 2026, 11:00 in Paris

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const english = {
  externalId: 'u-sam',
  displayName: 'Sam Taylor',
  isPlatformAdmin: false,
  locale: 'en' as const,
};

type Row = Record<string, unknown>;

async function select(db: Database, query: ReturnType<typeof sql.raw>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/**
 * Every row of every table of the database, as a logical dump (pg_dump) would read them;
 * `networkId` keeps the rows of one network only (of the tables that have a network).
 */
async function dumpTables(db: Database, options: { tables?: string[]; networkId?: string } = {}) {
  const tables = await select(
    db,
    sql.raw(
      "select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2",
    ),
  );
  const dump: Array<{ table: string; row: Row }> = [];
  for (const { table_schema: schema, table_name: table } of tables) {
    if (options.tables && !options.tables.includes(String(table))) continue;
    for (const row of await select(db, sql.raw(`select * from "${schema}"."${table}"`))) {
      const network = table === 'networks' ? row.id : row.network_id;
      if (options.networkId && network !== undefined && network !== options.networkId) continue;
      dump.push({ table: String(table), row: JSON.parse(JSON.stringify(row)) as Row });
    }
  }
  return dump.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function pollVoteColumns(db: Database): Promise<string[]> {
  const rows = await select(
    db,
    sql.raw(
      "select column_name from information_schema.columns where table_schema = 'public' and table_name = 'poll_votes' order by 1",
    ),
  );
  return rows.map((r) => String(r.column_name));
}

const buttonsOf = (message: Message | undefined) =>
  (message?.blocks ?? [])
    .filter((b): b is Extract<Block, { type: 'buttons' }> => b.type === 'buttons')
    .flatMap((b) => b.buttons.map((button) => button.command));

describe('poll options and CSV fields', () => {
  const options = ['Lundi matin', 'Lundi soir', 'A', 'Accès aux droits'].map((label, i) => ({
    id: `o${i + 1}`,
    position: i + 1,
    label,
    votes: null,
  }));
  const match = (choice: Parameters<typeof matchOption>[1]) => matchOption(options, choice)?.label;

  it('finds an option by number, label, start of label or a close spelling, when only one fits', () => {
    expect(match({ kind: 'position', position: 2, text: '2' })).toBe('Lundi soir');
    expect(match({ kind: 'label', text: 'LUNDI SOIR' })).toBe('Lundi soir');
    expect(match({ kind: 'label', text: 'acces' })).toBe('Accès aux droits');
    expect(match({ kind: 'label', text: 'Lundi matn' })).toBe('Lundi matin');
    expect(match({ kind: 'label', text: 'Lundi' })).toBeUndefined();
    expect(match({ kind: 'position', position: 7, text: '7' })).toBeUndefined();
    expect(match({ kind: 'label', text: 'B' })).toBeUndefined();
  });

  it('reads the choices of a vote: numbers, labels split at commas, quoted labels whole, one option added or removed', () => {
    expect(voteChoices(['1,3', 'Lundi', 'soir;', '"Mardi, 2"'])).toEqual({
      action: 'choose',
      choices: [
        { kind: 'position', position: 1, text: '1' },
        { kind: 'position', position: 3, text: '3' },
        { kind: 'label', text: 'Lundi soir' },
        { kind: 'label', text: 'Mardi, 2' },
      ],
    });
    expect(voteChoices(['+2'])).toEqual({ action: 'add', position: 2 });
    expect(voteChoices(['-2'])).toEqual({ action: 'remove', position: 2 });
    expect(voteChoices(['+2', '3'])).toEqual({ action: 'add-remove-mixed' });
    expect(voteChoices(['"+2"'])).toEqual({ action: 'choose', choices: [{ kind: 'label', text: '+2' }] });
  });

  it('quotes CSV fields as RFC 4180 says and defuses spreadsheet formulas', () => {
    expect(csvField('Logement')).toBe('Logement');
    expect(csvField('Emploi, formation')).toBe('"Emploi, formation"');
    expect(csvField('Le "vrai" choix')).toBe('"Le ""vrai"" choix"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
  });
});

describeDatabases('polls', (database) => {
  let core: Core;
  let logger: RecordingLogger;
  const clock = new FakeClock(NOW);
  const repos = () => repositories(database().db);
  beforeAll(() => {
    logger = new RecordingLogger();
    core = testCore(database().db, clock, logger);
  });

  /** A network whose members (Alice the facilitator, Marie, Jean, Zoé) exist before any poll. */
  async function network() {
    const where = newSpace();
    await say(core, where, 'profil');
    for (const user of [marie, jean, zoe]) await say(core, where, 'profil', user);
    return where;
  }

  async function pollOf(where: ReturnType<typeof newSpace>, ref: number) {
    const entered = await core.enter({ ...where, user: marie });
    const poll = await repos().polls.getByRef(entered.network.id, ref);
    if (!poll) throw new Error(`no poll ${ref}`);
    return { network: entered.network, poll, tally: await repos().polls.tally(entered.network.id, poll) };
  }

  const counts = async (where: ReturnType<typeof newSpace>, ref: number) => {
    const { poll, tally } = await pollOf(where, ref);
    return { participants: tally.participants, votes: poll.options.map((o) => tally.counts.get(o.id) ?? 0) };
  };

  it('posts a new anonymous poll for everyone, with its options as vote buttons', async () => {
    const where = await network();
    const reply = await say(
      core,
      where,
      'sondage "Quelle priorité pour l\'atelier ?" "Logement" "Emploi" "Santé"',
      marie,
    );
    expect(reply.failed).toBe(false);
    const [poll, note] = reply.messages;
    expect(poll?.visibility).toBe('public');
    expect(poll?.blocks[0]).toEqual({ type: 'header', text: "Quelle priorité pour l'atelier ?" });
    expect(buttonsOf(poll)).toEqual(['vote 1 1', 'vote 1 2', 'vote 1 3', 'vote 1 retirer']);
    expect(reply.text).toContain(
      `Sondage n°${NBSP}1 · anonyme · un seul choix · clôture le dimanche 22 novembre 2026 à 11 h`,
    );
    expect(reply.text).toContain(`Aucune réponse pour l’instant.`);
    expect(reply.text).toContain('personne, pas même l’auteur, ne peut savoir qui a voté quoi');
    expect(note?.visibility).toBe('private');
    expect(reply.text).toContain('`sondage fermer 1`');
    const { poll: stored } = await pollOf(where, 1);
    expect(stored).toMatchObject({
      anonymous: true,
      multiple: false,
      maxChoices: null,
      status: 'open',
      channelId: 'c1',
    });
    expect(stored.closesAt).toEqual(new Date('2026-11-22T10:00:00Z'));
  });

  it('lists the open polls and shows one with my own choice', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quelle date ?" "Lundi" "Mardi"', marie);
    await say(core, where, 'sondage "Quel lieu ?" "Centre social" "Mairie" duree 2h', jean);
    await say(core, where, 'vote 1 2', zoe);
    const list = await say(core, where, 'sondage liste', zoe);
    expect(list.messages[0]?.visibility).toBe('private');
    expect(list.text).toContain('Sondages ouverts');
    expect(list.text).toContain(
      '**2** — Quel lieu ? · aucune réponse · clôture le vendredi 20 novembre 2026 à 13 h',
    );
    expect(list.text).toMatch(/\*\*1\*\* — Quelle date \? · 1 participant · .* · vous avez voté/);
    const shown = await say(core, where, 'sondage 1', zoe);
    expect(shown.messages[0]?.visibility).toBe('private');
    expect(shown.text).toContain(`Votre choix${NBSP}: Mardi`);
    expect(shown.text).not.toContain('sondage fermer');
    expect((await say(core, where, 'sondage 1', marie)).text).toContain('Vous n’avez pas encore voté');
    expect((await say(core, where, 'sondage 1', marie)).text).toContain('`sondage fermer 1`');
  });

  it('sets a vote by position or by label, changes it, ignores a repeat and withdraws it', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quelle priorité ?" "Logement" "Emploi" "Santé"', marie);
    const first = await say(core, where, 'vote 1 2', jean);
    expect(first.failed).toBe(false);
    expect(first.messages[0]?.visibility).toBe('private');
    expect(first.text).toContain(`Vote enregistré.\nVotre choix au sondage n°${NBSP}1`);
    expect(first.text).toContain('**Emploi**');
    expect(buttonsOf(first.messages[0])).toEqual(['vote 1 1', 'vote 1 3', 'vote 1 retirer']);
    expect(await counts(where, 1)).toEqual({ participants: 1, votes: [0, 1, 0] });

    const again = await say(core, where, 'vote 1 "emploi"', jean);
    expect(again.text).toContain('C’était déjà votre vote');
    expect(await counts(where, 1)).toEqual({ participants: 1, votes: [0, 1, 0] });

    for (const label of ['LOGEMENT', 'loge', 'Logemnt']) {
      await say(core, where, 'vote 1 3', jean);
      const changed = await say(core, where, `vote 1 ${label}`, jean);
      expect(changed.text).toContain('Vote modifié.');
      expect(await counts(where, 1)).toEqual({ participants: 1, votes: [1, 0, 0] });
    }
    await say(core, where, 'vote 1 Santé', zoe);
    expect(await counts(where, 1)).toEqual({ participants: 2, votes: [1, 0, 1] });

    const withdrawn = await say(core, where, 'vote 1 retirer', jean);
    expect(withdrawn.text).toContain(`Votre vote au sondage n°${NBSP}1 est retiré.`);
    expect(await counts(where, 1)).toEqual({ participants: 1, votes: [0, 0, 1] });
    expect((await say(core, where, 'vote 1 retirer', jean)).text).toContain('Vous n’aviez pas voté');
  });

  it('closes early by its author: public results with votes, percentages and participants', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quelle priorité ?" "Logement" "Emploi" "Santé"', marie);
    await say(core, where, 'vote 1 1', marie);
    await say(core, where, 'vote 1 1', jean);
    await say(core, where, 'vote 1 2', zoe);
    const closed = await say(core, where, 'sondage fermer 1', marie);
    expect(closed.failed).toBe(false);
    expect(closed.messages).toHaveLength(1);
    expect(closed.messages[0]?.visibility).toBe('public');
    expect(closed.text).toContain(`Résultats${NBSP}: Quelle priorité ?`);
    expect(closed.text).toContain(`**Logement** — 2 votes (67${NNBSP}%)`);
    expect(closed.text).toContain(`**Emploi** — 1 vote (33${NNBSP}%)`);
    expect(closed.text).toContain(`**Santé** — aucun vote (0${NNBSP}%)`);
    expect(closed.text).toContain('3 participants');
    expect(closed.text).toContain('Clos avant l’échéance par Marie Curie.');
    // Anonymous: the results name no one.
    for (const name of ['Marie', 'Jean', 'Zoé'])
      expect(closed.text.split('Clos avant')[0]).not.toContain(name);
    const { poll } = await pollOf(where, 1);
    expect(poll.status).toBe('closed');
    expect(poll.options.map((o) => o.votes)).toEqual([2, 1, 0]);
    expect((await say(core, where, 'sondage 1', jean)).text).toContain('**Logement** — 2 votes');
    expect((await say(core, where, 'sondage liste', jean)).text).toContain('Aucun sondage ouvert');
  });

  it('lets a facilitator close a poll someone else started', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quelle date ?" "Lundi" "Mardi"', marie);
    const closed = await say(core, where, 'sondage fermer 1');
    expect(closed.failed).toBe(false);
    expect(closed.text).toContain(`Résultat${NBSP}: aucune réponse.`);
    expect(closed.text).toContain('Clos avant l’échéance par Alice Admin.');
  });

  it('shows no breakdown of an anonymous poll with fewer than 3 answers, nor exports one', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quel format ?" "Atelier" "Visio"', marie);
    await say(core, where, 'vote 1 1', jean);
    await say(core, where, 'vote 1 2', zoe);
    const closed = await say(core, where, 'poll close 1', marie);
    expect(closed.text).toContain('moins de 3 réponses');
    expect(closed.text).not.toMatch(/Atelier|Visio|participant|%/);
    const exported = await say(core, where, 'sondage export 1', jean);
    expect(exported.failed).toBe(true);
    expect(exported.text).toContain('moins de 3 réponses');
  });

  it('refuses to export an anonymous poll nobody answered, and exports a public one', async () => {
    const where = await network();
    await say(core, where, 'sondage "Personne ?" "Oui" "Non"', marie);
    await say(core, where, 'sondage "Personne, en public ?" "Oui" "Non" public', marie);
    await say(core, where, 'sondage fermer 1', marie);
    await say(core, where, 'sondage fermer 2', marie);
    const anonymous = await say(core, where, 'sondage export 1', jean);
    expect(anonymous.failed).toBe(true);
    expect(anonymous.text).toContain('moins de 3 réponses');
    expect(anonymous.text).not.toContain('option,votes');
    const named = await say(core, where, 'sondage export 2', jean);
    expect(named.failed).toBe(false);
    expect(named.text).toContain('option,votes,percent,voters');
  });

  it('follows the network threshold for the breakdown', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quel format ?" "Atelier" "Visio"', marie);
    for (const user of [marie, jean, zoe]) await say(core, where, 'vote 1 1', user);
    const { network: net, poll } = await pollOf(where, 1);
    const closed = await closePoll(repos(), { ...net, pollMinBreakdown: 5 }, poll.id, clock.now());
    const text = JSON.stringify(closed);
    expect(text).toContain('moins de 5 réponses');
    expect(text).not.toContain('Atelier');
  });

  it('takes a whole set of choices in a multiple-choice poll, up to its maximum', async () => {
    const where = await network();
    const created = await say(
      core,
      where,
      'sondage "Quels créneaux ?" "Lundi" "Mardi" "Jeudi" "Vendredi" multiple max 2',
      marie,
    );
    expect(created.text).toContain('anonyme · jusqu’à 2 choix');
    expect(buttonsOf(created.messages[0])).toEqual([
      'vote 1 +1',
      'vote 1 +2',
      'vote 1 +3',
      'vote 1 +4',
      'vote 1 retirer',
    ]);
    const set = await say(core, where, 'vote 1 1 3', jean);
    expect(set.text).toContain('**Lundi, Jeudi** (2 sur 2 au plus)');
    expect(buttonsOf(set.messages[0])).toEqual(['vote 1 -1', 'vote 1 -3', 'vote 1 retirer']);
    expect(await counts(where, 1)).toEqual({ participants: 1, votes: [1, 0, 1, 0] });
    // Setting, never toggling: the same set again, or a button of an option already chosen, changes nothing.
    expect((await say(core, where, 'vote 1 Jeudi, Lundi', jean)).text).toContain('C’était déjà votre vote');
    const over = await say(core, where, 'vote 1 +2', jean);
    expect(over.failed).toBe(true);
    expect(over.text).toContain('Vous avez déjà 2 choix');
    await say(core, where, 'vote 1 -1', jean);
    expect((await say(core, where, 'vote 1 +2', jean)).text).toContain('**Mardi, Jeudi**');
    expect((await say(core, where, 'vote 1 +2', jean)).text).toContain('C’était déjà votre vote');
    await say(core, where, 'vote 1 4', zoe);
    expect(await counts(where, 1)).toEqual({ participants: 2, votes: [0, 1, 1, 1] });
    for (const user of [marie, zoe]) await say(core, where, 'vote 1 2 4', user);
    const closed = await say(core, where, 'sondage fermer 1', marie);
    expect(closed.text).toContain(`**Mardi** — 3 votes (100${NNBSP}%)`);
    expect(closed.text).toContain('Plusieurs choix étaient possibles');
  });

  it('shows live counts of a public poll and the voters of each option at closing', async () => {
    const where = await network();
    await say(core, where, 'sondage "On garde le café mensuel ?" "Oui" "Non" public', marie);
    await say(core, where, 'vote 1 oui', jean);
    await say(core, where, 'vote 1 oui', zoe);
    await say(core, where, 'vote 1 non', marie);
    const { poll, network: net, tally } = await pollOf(where, 1);
    const live = (await import('../../src/core/polls/render-poll.ts')).pollMessage(poll, tally, net, 'fr');
    const liveText = JSON.stringify(live);
    expect(liveText).toContain(`**1.** Oui — 2 votes (67${NNBSP}%)`);
    expect(liveText).toContain('public · un seul choix');
    expect(liveText).toContain('3 participants');
    const closed = await say(core, where, 'sondage fermer 1', marie);
    expect(closed.text).toContain(`**Oui** — 2 votes (67${NNBSP}%)\n    Jean Dupont, Zoé Lambert`);
    expect(closed.text).toContain(`**Non** — 1 vote (33${NNBSP}%)\n    Marie Curie`);
  });

  it('hides the counts of an open anonymous poll from its message', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quel format ?" "Atelier" "Visio"', marie);
    for (const user of [marie, jean, zoe]) await say(core, where, 'vote 1 1', user);
    const { poll, network: net, tally } = await pollOf(where, 1);
    const { pollMessage } = await import('../../src/core/polls/render-poll.ts');
    const text = JSON.stringify(pollMessage(poll, tally, net, 'fr'));
    expect(text).toContain('3 participants');
    expect(text).not.toMatch(/vote(s)? \(|%/);
  });

  it('exports a closed poll as CSV privately: voters only for a public poll', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quelle priorité ?" "Logement" "Emploi, formation" "Santé"', marie);
    await say(core, where, 'sondage "Quel lieu ?" "Centre social" "Mairie" public', marie);
    for (const user of [marie, jean, zoe]) {
      await say(core, where, 'vote 1 2', user);
      await say(core, where, `vote 2 ${user === zoe ? 2 : 1}`, user);
    }
    expect((await say(core, where, 'sondage export 1', jean)).text).toContain('encore ouvert');
    await say(core, where, 'sondage fermer 1', marie);
    await say(core, where, 'sondage fermer 2', marie);
    const anonymous = await say(core, where, 'sondage export 1', jean);
    expect(anonymous.messages[0]?.visibility).toBe('private');
    expect(anonymous.text).toContain(
      'option,votes,percent\nLogement,0,0.0\n"Emploi, formation",3,100.0\nSanté,0,0.0\n',
    );
    expect(anonymous.text).not.toMatch(/Marie|Jean|Zoé|voters/);
    const named = await say(core, where, 'poll export 2', jean);
    expect(named.text).toContain(
      'option,votes,percent,voters\nCentre social,2,66.7,Jean Dupont; Marie Curie\nMairie,1,33.3,Zoé Lambert\n',
    );
  });

  it('reads the deadline as a duration or as a date and time in the network time zone', async () => {
    const where = await network();
    const cases: Array<[string, string]> = [
      ['duree 2h', '2026-11-20T12:00:00.000Z'],
      ['durée 3j', '2026-11-23T10:00:00.000Z'],
      ['duration 3d', '2026-11-23T10:00:00.000Z'],
      ['fin "vendredi 18h"', '2026-11-27T17:00:00.000Z'],
      ['until "friday 6pm"', '2026-11-27T17:00:00.000Z'],
      ['fin demain', '2026-11-21T22:59:00.000Z'],
      ['fin 18h', '2026-11-20T17:00:00.000Z'],
    ];
    for (const [i, [deadline]] of cases.entries()) {
      const reply = await say(core, where, `sondage "Question ${i} ?" "A" "B" ${deadline}`, marie);
      expect(reply.failed, deadline).toBe(false);
    }
    for (const [i, [deadline, expected]] of cases.entries())
      expect((await pollOf(where, i + 1)).poll.closesAt.toISOString(), deadline).toBe(expected);
    const shown = await say(core, where, 'sondage 4', marie);
    expect(shown.text).toContain('clôture le vendredi 27 novembre 2026 à 18 h');
  });

  it('attaches a poll to a shared goal', async () => {
    const where = await network();
    await say(core, where, 'but nouveau "Un café coopération par mois"', marie);
    const created = await say(core, where, 'sondage "On garde le café ?" "Oui" "Non" but 1', jean);
    expect(created.failed).toBe(false);
    const { poll } = await pollOf(where, 1);
    expect(poll.goalId).not.toBeNull();
    expect((await say(core, where, 'sondage 1', jean)).text).toContain(`Rattaché au but n°${NBSP}1.`);
  });

  it('answers an English user in English; the poll itself speaks the network language', async () => {
    const where = await network();
    const created = await say(core, where, 'poll "Which priority?" "Housing" "Jobs"', english);
    expect(created.text).toContain('Your poll #1 is open; it closes by itself on Sun 22 Nov 2026, 11:00');
    expect(created.text).toContain('anonyme · un seul choix');
    expect((await say(core, where, 'vote 1 housing', english)).text).toContain(
      'Vote recorded.\nYour choice in poll #1',
    );
    expect((await say(core, where, 'poll "Only one?" "Yes"', english)).text).toContain(
      'A poll needs at least 2 options',
    );
    expect((await say(core, where, 'vote 1 9', english)).text).toContain('Poll #1 has no option "9"');
    const kim = {
      externalId: 'u-kim',
      displayName: 'Kim Lee',
      isPlatformAdmin: false,
      locale: 'en' as const,
    };
    expect((await say(core, where, 'poll close 1', kim)).text).toContain(
      "Only the author of the poll (Sam Taylor) and the network's facilitators (Alice Admin (by right)) can close it early.",
    );
    await say(core, where, 'config langue en');
    const closed = await say(core, where, 'poll close 1');
    expect(closed.text).toContain('Results: Which priority?');
    expect(closed.text).toContain('Result: fewer than 3 answers.');
    expect((await say(core, where, 'vote 1 1', english)).text).toContain('This poll is closed.');
  });

  it('refuses a vote past the deadline even before the poll is closed, and writes nothing', async () => {
    const ownClock = new FakeClock(NOW);
    const own = testCore(database().db, ownClock);
    const where = newSpace();
    await say(own, where, 'sondage "Quelle date ?" "Lundi" "Mardi" duree 2h');
    await say(own, where, 'profil', jean);
    ownClock.advance(2 * 3_600_000);
    const entered = await own.enter({ ...where, user: jean });
    const before = await rowCounts(database().db, entered.network.id);
    const late = await say(own, where, 'vote 1 1', jean);
    expect(late.failed).toBe(true);
    expect(late.text).toContain('Ce sondage est clos.');
    expect(await rowCounts(database().db, entered.network.id)).toEqual(before);
  });

  it('keeps networks apart: a poll number of another network is unknown', async () => {
    const first = await network();
    await say(core, first, 'sondage "Quelle date ?" "Lundi" "Mardi"', marie);
    const firstNetwork = (await pollOf(first, 1)).network;
    const before = await rowCounts(database().db, firstNetwork.id);
    const second = await network();
    for (const input of ['vote 1 1', 'sondage 1', 'sondage fermer 1', 'sondage export 1']) {
      const reply = await say(core, second, input);
      expect(reply.failed, input).toBe(true);
      expect(reply.text, input).toContain(`Je ne trouve pas de sondage n°${NBSP}1`);
    }
    expect(await rowCounts(database().db, firstNetwork.id)).toEqual(before);
  });

  describe.each([
    ['no option', 'sondage "Quelle date ?"', /au moins 2 options, .*\(vous en avez donné 0\)/],
    ['one option', 'sondage "Quelle date ?" "Lundi"', /au moins 2 options/],
    [
      'more than 10 options',
      `sondage "Quelle date ?" ${Array.from({ length: 11 }, (_, i) => `"Jour ${i}"`).join(' ')}`,
      /au plus 10 options \(vous en avez donné 11\)/,
    ],
    [
      'duplicate options',
      'sondage "Quelle priorité ?" "Santé" "Emploi" "SANTE"',
      /L’option «\u00a0SANTE\u00a0» est donnée deux fois/,
    ],
    ['an empty question', 'sondage "" "Lundi" "Mardi"', /Donnez la question entre guillemets/],
    ['an empty option', 'sondage "Quelle date ?" "Lundi" ""', /Une option est vide/],
    [
      'a question too long',
      `sondage "${'x'.repeat(201)}" "A" "B"`,
      /La question est trop longue \(201 caractères\)/,
    ],
    [
      'an option too long',
      `sondage "Quelle date ?" "A" "${'y'.repeat(81)}"`,
      /L’option .* est trop longue \(81 caractères\)\u00a0: 80/,
    ],
    [
      'a phone number in an option',
      'sondage "Qui appeler ?" "Le 06 12 34 56 78" "Personne"',
      /numéro de téléphone/,
    ],
    ['a deadline in the past', 'sondage "Quelle date ?" "Lundi" "Mardi" fin hier', /est déjà passée/],
    [
      'a past date',
      'sondage "Quelle date ?" "Lundi" "Mardi" fin "12/03/2020 9h"',
      /\(jeudi 12 mars 2020 à 9 h\) est déjà passée/,
    ],
    ['a deadline beyond 90 days', 'sondage "Quelle date ?" "Lundi" "Mardi" duree 91j', /au plus 90 jours/],
    ['a date beyond 90 days', 'sondage "Quelle date ?" "Lundi" "Mardi" fin "2027-06-01"', /au plus 90 jours/],
    [
      'a duration not understood',
      'sondage "Quelle date ?" "Lundi" "Mardi" duree bientôt',
      /Durée non comprise/,
    ],
    [
      'both a duration and a date',
      'sondage "Quelle date ?" "Lundi" "Mardi" duree 2h fin demain',
      /pas les deux/,
    ],
    [
      'a maximum over the options',
      'sondage "Quelle date ?" "Lundi" "Mardi" multiple max 3',
      /Avec 2 options.*`multiple`, sans maximum/,
    ],
    ['an unknown goal', 'sondage "Quelle date ?" "Lundi" "Mardi" but 9', /pas de but n°\u00a09/],
    [
      'unquoted words',
      'sondage Quelle date "Lundi" "Mardi"',
      /Je n’ai pas compris\u00a0: «\u00a0Quelle date\u00a0»/,
    ],
    ['anonymous and public', 'sondage "Quelle date ?" "Lundi" "Mardi" public anonyme', /pas les deux/],
    ['an unknown poll', 'sondage 42', /Je ne trouve pas de sondage n°\u00a042/],
    ['a vote in an unknown poll', 'vote 42 1', /Je ne trouve pas de sondage n°\u00a042/],
    [
      'a nonexistent option number',
      'vote 1 7',
      /Le sondage n°\u00a01 n’a pas d’option «\u00a07\u00a0». Options\u00a0: 1. Logement, 2. Emploi, 3. Santé/,
    ],
    ['a nonexistent option label', 'vote 1 Culture', /n’a pas d’option «\u00a0Culture\u00a0»/],
    ['two choices in a single-choice poll', 'vote 1 1 2', /n’accepte qu’un seul choix/],
    [
      'a multiple-choice vote over the maximum',
      'vote 2 1 2 3',
      /accepte au plus 2 choix \(vous en avez donné 3\)/,
    ],
    ['a vote with no choice', 'vote 1', /Donnez votre choix/],
    ['a vote with no poll', 'vote', /Donnez le numéro du sondage puis votre choix/],
    ['a vote whose poll is no number', 'vote Logement', /Donnez le numéro du sondage puis votre choix/],
    ['an option added with others', 'vote 2 +1 3', /donnez-en une seule/],
    ['a vote after closing', 'vote 3 1', /^Ce sondage est clos\./],
    ['a withdrawal after closing', 'vote 3 retirer', /^Ce sondage est clos\./],
    [
      "closing someone else's poll",
      'sondage fermer 1',
      /Seuls l’auteur du sondage \(Marie Curie\) et les facilitateurs du réseau \(.*\) peuvent le clore/,
    ],
    ['closing a closed poll', 'sondage fermer 3', /est déjà clos/],
    ['closing with no number', 'sondage fermer', /Donnez le numéro du sondage/],
    ['exporting an open poll', 'sondage export 1', /est encore ouvert/],
  ])('rejects %s and writes nothing', (_, input, expected) => {
    it('answers clearly in French', async () => {
      const where = await network();
      await say(core, where, 'sondage "Quelle priorité ?" "Logement" "Emploi" "Santé"', marie);
      await say(core, where, 'sondage "Quels créneaux ?" "Lundi" "Mardi" "Jeudi" multiple max 2', marie);
      await say(core, where, 'sondage "Ancien sondage ?" "Oui" "Non"', marie);
      await say(core, where, 'vote 1 1', jean);
      await say(core, where, 'sondage fermer 3', marie);
      const entered = await core.enter({ ...where, user: jean });
      const before = await rowCounts(database().db, entered.network.id);
      const reply = await say(core, where, input, jean);
      expect(reply.failed).toBe(true);
      expect(reply.text).toMatch(expected);
      expect(await rowCounts(database().db, entered.network.id)).toEqual(before);
      expect(await counts(where, 1)).toEqual({ participants: 1, votes: [1, 0, 0] });
    });
  });

  it('leaves nothing in storage that links the votes of a closed anonymous poll to members', async () => {
    const where = await network();
    await say(core, where, 'sondage "Quelle priorité ?" "Logement" "Emploi" "Santé"', marie);
    const { network: net, poll } = await pollOf(where, 1);
    const pollKey = await repos().polls.keyOf(net.id, poll.id);
    if (!pollKey) throw new Error('an open anonymous poll has a key');
    const members = await repos().members.list(net.id);
    const identities = [marie, jean, zoe, { externalId: 'u-admin' }].map((u) => `shell:${u.externalId}`);
    const keys = identities.map((identity) => voterKey(SECRET, pollKey.bytes, identity));
    const membersBefore = await dumpTables(database().db, { tables: ['members'], networkId: net.id });

    await say(core, where, 'vote 1 1', marie);
    await say(core, where, 'vote 1 3', jean);
    await say(core, where, 'vote 1 2', jean);
    await say(core, where, 'vote 1 2', zoe);
    await say(core, where, 'vote 1 1', {
      externalId: 'u-admin',
      displayName: 'Alice Admin',
      isPlatformAdmin: true,
    });

    // While open, a vote row holds a keyed hash, never a member id, and no time or order.
    const open = (await dumpTables(database().db, { tables: ['poll_votes'] })).filter(
      (r) => r.row.poll_id === poll.id,
    );
    expect(open).toHaveLength(4);
    for (const { row } of open) {
      expect(keys).toContain(row.voter);
      expect(members.map((m) => m.id)).not.toContain(row.voter);
    }
    expect(await pollVoteColumns(database().db)).toEqual(['network_id', 'option_id', 'poll_id', 'voter']);

    await say(core, where, 'sondage fermer 1', marie);

    // After closing, a dump of every table of the database (as pg_dump would read them).
    const dump = await dumpTables(database().db);
    const text = JSON.stringify(dump);
    expect(dump.filter((r) => r.table === 'poll_votes' && r.row.poll_id === poll.id)).toEqual([]);
    const [pollRow] = dump.filter((r) => r.table === 'polls' && r.row.id === poll.id);
    expect(pollRow?.row).toMatchObject({ status: 'closed', participants: 4 });
    expect(await repos().polls.keyOf(net.id, poll.id)).toBeUndefined();
    for (const form of ['hex', 'base64', 'base64url'] as const)
      expect(text).not.toContain(Buffer.from(pollKey.bytes).toString(form));
    for (const key of keys) expect(text).not.toContain(key);
    // Rows about the poll or its options name no member but the poll's author.
    const pollIds = [poll.id, ...poll.options.map((o) => o.id)];
    const others = members.filter((m) => m.id !== poll.authorId).map((m) => m.id);
    const aboutPoll = dump.filter((r) => pollIds.some((id) => JSON.stringify(r.row).includes(id)));
    expect(aboutPoll.map((r) => r.table).sort()).toEqual([
      'poll_options',
      'poll_options',
      'poll_options',
      'polls',
    ]);
    for (const { row } of aboutPoll) for (const id of others) expect(JSON.stringify(row)).not.toContain(id);
    // Voting touched no member row (no "last seen", no change of any column).
    expect(await dumpTables(database().db, { tables: ['members'], networkId: net.id })).toEqual(
      membersBefore,
    );
    // Only the counts remain.
    expect(
      dump.filter((r) => r.table === 'poll_options' && r.row.poll_id === poll.id).map((r) => r.row.votes),
    ).toEqual(expect.arrayContaining([2, 2, 0]));
    // Logs never name voters.
    const logs = JSON.stringify(logger.entries);
    for (const secret of [...keys, ...members.map((m) => m.id), 'Marie', 'Jean', 'Zoé'])
      expect(logs).not.toContain(secret);
  });

  it('renders results with a former member when a public voter is unknown', async () => {
    const where = await network();
    await say(core, where, 'sondage "Oui ou non ?" "Oui" "Non" public', marie);
    await say(core, where, 'vote 1 1', jean);
    const { poll, network: net, tally } = await pollOf(where, 1);
    const results = await resultsMessage(poll, tally, net, 'fr', {
      members: { ...repos().members, list: async () => [] },
    });
    expect(JSON.stringify(results)).toContain('un ancien membre');
  });
});
