// `oubli`: the preview counts what would be erased and offers a danger button; `oubli
// confirmer` erases in one transaction — the digest, exchange counts and public poll
// tallies stay identical, a former member takes her place, her name and id leave the
// network's texts — and she comes back as a new member with nothing. Anything else after
// `oubli` erases nothing.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import { digestMessage, gatherDigest } from '../../src/core/digest/digest-message.ts';
import { defaultPeriod } from '../../src/core/digest/period.ts';
import { type Button, messageText } from '../../src/core/message.ts';
import { resultsMessage } from '../../src/core/polls/render-poll.ts';
import type { MemberExport } from '../../src/core/privacy/export-file.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';
import {
  ALICE,
  buildNetwork,
  MARIE,
  memberId,
  NAME,
  networkId,
  run,
  USER_ID,
  ZEPHYRINE,
} from './privacy-network.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const LATER = new Date(NOW.getTime() + 60_000);
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
type Where = ReturnType<typeof newSpace>;

async function rows(db: Database, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as unknown as
    | Record<string, unknown>[]
    | { rows: Record<string, unknown>[] };
  return Array.isArray(result) ? result : result.rows;
}

/** What the network shows as figures: the digest (data and text), exchange count, public tallies. */
async function figures(db: Database, where: Where) {
  return createStore(db).run(async (repos) => {
    const found = await repos.networks.findSpace(where.platform, where.space.externalId);
    if (!found) throw new Error('no space');
    const { network } = found;
    const period = defaultPeriod(LATER, network.timeZone);
    const { network: _, ...digest } = await gatherDigest(repos, network, period, 'fr');
    const text = messageText(await digestMessage(repos, network, period, 'fr'));
    const tallies = [];
    for (const ref of [1, 2]) {
      const poll = await repos.polls.getByRef(network.id, ref);
      if (!poll) throw new Error(`no poll ${ref}`);
      const tally = await repos.polls.tally(network.id, poll);
      tallies.push({
        ref,
        participants: tally.participants,
        counts: poll.options.map((o) => [o.label, tally.counts.get(o.id)]),
        voters: poll.options.map((o) => tally.voters?.get(o.id)?.length),
      });
    }
    const first = (await repos.polls.getByRef(network.id, 1)) ?? never();
    const results = messageText(
      await resultsMessage(first, await repos.polls.tally(network.id, first), network, 'fr', repos),
    );
    return { digest, text, exchanges: await repos.exchanges.count(network.id), tallies, results };
  });
}

/** Her name and id as the erasure replaces them; authors dropped (hers become null). */
function withoutNames<T>(value: T): T {
  // An organisation's territory is the one its members give in their profile: hers goes with her.
  const json = JSON.stringify(value, (key, v) => (key === 'authorId' || key === 'territory' ? undefined : v))
    .replaceAll(NAME, 'Ancien membre')
    .replaceAll(USER_ID, 'Ancien membre');
  return JSON.parse(json) as T;
}

const never = (): never => {
  throw new Error('missing');
};

describeDatabases('oubli', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db, new FakeClock(NOW));
  });

  describe('in a network where she left traces everywhere', () => {
    const where = newSpace();
    let ids: Awaited<ReturnType<typeof buildNetwork>>;
    let before: Awaited<ReturnType<typeof figures>>;
    let countsBefore: Record<string, number>;
    let preview: Awaited<ReturnType<typeof say>>;
    let done: Awaited<ReturnType<typeof say>>;
    let former: Record<string, unknown>;
    /** Audit rows by or about her (other features record some too), and those naming her in details. */
    let audit: { rows: number; naming: number };

    beforeAll(async () => {
      const db = database().db;
      ids = await buildNetwork(core, db, where, NOW);
      before = await figures(db, where);
      countsBefore = await rowCounts(db, ids.network);
      const [counted] = await rows(
        db,
        sql`select count(*) filter (where actor_id = ${ids.zephyrine} or subject_member_id = ${ids.zephyrine})::int as n,
          count(*) filter (where details::text like ${`%${ids.zephyrine}%`} or details::text like ${`%${NAME}%`})::int as naming
          from audit_entries where network_id = ${ids.network}`,
      );
      audit = { rows: Number(counted?.n), naming: Number(counted?.naming) };
      expect(audit.rows).toBeGreaterThanOrEqual(2);
      preview = await say(core, where, 'oubli', ZEPHYRINE);
      done = await say(core, where, 'oubli confirmer', ZEPHYRINE);
      const found = await rows(
        db,
        sql`select * from members where network_id = ${ids.network} and forgotten_at is not null`,
      );
      expect(found).toHaveLength(1);
      former = found[0] ?? {};
    });

    it('previews the counts, with a danger button running `oubli confirmer`', () => {
      expect(preview.failed).toBe(false);
      expect(plain(preview.text).split('\n')).toEqual([
        'Oubli : ce qui sera effacé',
        `• Votre profil (${NAME}) et vos identifiants sur les plateformes (1) : supprimés.`,
        '• Votre rôle de facilitateur ou facilitatrice : retiré.',
        '• Les échanges que vous avez notés (1) ou où vous êtes nommé·e (2) : gardés pour que les totaux du réseau restent justes, au nom de « Ancien membre ».',
        '• Vos buts (1), mises à jour de buts (2), entrées du glossaire (1) et sondages (1) : gardés, sans auteur.',
        '• Vos votes dans les sondages publics (2) : toujours comptés, sans lien avec vous.',
        '• Votre historique du café coopération (1) : supprimé.',
        `• Le journal des facilitateurs (${audit.rows}) : vous y devenez « Ancien membre ».`,
        '• Votre nom et votre identifiant dans les textes du réseau (notes, buts, glossaire, sondages) : remplacés par « Ancien membre ».',
        'C’est définitif. Les messages déjà publiés par Maillage sur Slack ou Discord ne sont pas modifiés. Pour garder une copie d’abord : `mes-donnees`.',
        '[Tout effacer]',
        'Pour effacer : le bouton, ou `oubli confirmer`.',
      ]);
      const button = preview.messages[0]?.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []))[0];
      expect(button).toEqual<Button>({ label: 'Tout effacer', command: 'oubli confirmer', style: 'danger' });
      expect(preview.messages[0]?.visibility).toBe('private');
    });

    it('says privately what was done, and that platform messages are not ours to rewrite', () => {
      expect(done.failed).toBe(false);
      expect(done.messages.every((m) => m.visibility === 'private')).toBe(true);
      expect(plain(done.text).split('\n')).toEqual([
        'C’est fait : Maillage vous a oublié·e',
        '• Votre profil, vos identifiants sur les plateformes (1) et votre historique du café coopération (1) sont supprimés.',
        '• Dans vos échanges (3), vous êtes remplacé·e par « Ancien membre » : les totaux du réseau restent justes.',
        '• Vos buts, mises à jour, entrées du glossaire et sondages (5) restent, sans auteur.',
        '• Vos votes dans les sondages publics (2) restent comptés, sans lien avec vous.',
        `• Le journal des facilitateurs ne vous nomme plus (${audit.rows}).`,
        // A note, a goal, a glossary entry, a poll question, and audit details naming her.
        `• Votre nom et votre identifiant ont été retirés des textes du réseau (${4 + audit.naming}).`,
        'Les messages déjà publiés sur Slack ou Discord (annonces, résultats de sondages, diagnostics) appartiennent à l’espace, pas à Maillage : nous ne pouvons pas les réécrire. Un administrateur de l’espace peut les supprimer.',
        'Si vous utilisez de nouveau Maillage, vous serez un nouveau membre, sans historique.',
      ]);
    });

    it('keeps the digest, the exchange count and the public tallies identical', async () => {
      const after = await figures(database().db, where);
      // Identical but for her name and id (in a poll's question) and her poll's author.
      expect(withoutNames(after.digest)).toEqual(withoutNames(before.digest));
      expect(after.text).toBe(withoutNames(before.text));
      expect(before.text).toContain(`Quel lieu, ${USER_ID} ?`);
      expect(after.exchanges).toBe(before.exchanges);
      expect(after.tallies).toEqual(before.tallies);
      expect(before.tallies[0]?.participants).toBe(2);
      // Her public vote still counts; the results no longer name her.
      expect(before.results).toContain(NAME);
      expect(after.results).not.toContain(NAME);
      expect(plain(after.results)).toContain('un ancien membre');
    });

    it('deletes her row and identity, her café seat; other rows keep their number', async () => {
      const counts = await rowCounts(database().db, ids.network);
      expect(counts).toEqual({
        ...countsBefore,
        member_identities: (countsBefore.member_identities ?? 0) - 1,
        cafe_group_members: (countsBefore.cafe_group_members ?? 0) - 1,
      });
      const db = database().db;
      expect(await rows(db, sql`select 1 from members where id = ${ids.zephyrine}`)).toEqual([]);
      expect(
        await rows(
          db,
          sql`select 1 from member_identities where network_id = ${ids.network} and external_id = ${USER_ID}`,
        ),
      ).toEqual([]);
    });

    it('puts an anonymous former member in her place: same organisation and arrival, nothing else', async () => {
      const db = database().db;
      const [org] = await rows(
        db,
        sql`select id from organisations where network_id = ${ids.network} and name = 'Mission locale de Cergy'`,
      );
      expect(former).toMatchObject({
        display_name: 'Ancien membre',
        organisation_id: org?.id,
        is_facilitator: false,
        cafe_opt_in: false,
        role_title: null,
        territory: null,
        help_offer: null,
        locale: null,
      });
      expect(new Date(String(former.forgotten_at)).toISOString()).toBe(NOW.toISOString());
      expect(new Date(String(former.created_at)).toISOString()).toBe('2026-01-05T00:00:00.000Z');
      expect(await rows(db, sql`select 1 from member_identities where member_id = ${former.id}`)).toEqual([]);
      const authored = await rows(
        db,
        sql`select ref from exchanges where network_id = ${ids.network} and author_id = ${former.id}`,
      );
      expect(authored.map((r) => Number(r.ref))).toEqual([1]);
      const named = await rows(
        db,
        sql`select e.ref from exchange_participants p join exchanges e on e.id = p.exchange_id
          where p.network_id = ${ids.network} and p.member_id = ${former.id} order by e.ref`,
      );
      expect(named.map((r) => Number(r.ref))).toEqual([2, 3]);
    });

    it('keeps goals, glossary and polls without an author, audit rows pseudonymised', async () => {
      const db = database().db;
      for (const table of ['goals', 'goal_updates', 'glossary_terms', 'polls']) {
        const left = await rows(
          db,
          sql`select count(*)::int as n from ${sql.identifier(table)} where network_id = ${ids.network} and author_id is null`,
        );
        expect(Number(left[0]?.n), table).toBeGreaterThan(0);
      }
      const audit = await rows(
        db,
        sql`select action, actor_id, subject_member_id, details from audit_entries
          where network_id = ${ids.network} and action in ('facilitator.add', 'poll.close') order by action`,
      );
      expect(audit.map((a) => [a.action, a.actor_id, a.subject_member_id])).toEqual([
        ['facilitator.add', ids.alice, former.id],
        ['poll.close', former.id, null],
      ]);
      expect(audit[0]?.details).toEqual({ note: 'named Ancien membre', member: former.id });
      const [network] = await rows(
        db,
        sql`select digest_chosen_by, cafe_chosen_by from networks where id = ${ids.network}`,
      );
      expect(network).toEqual({ digest_chosen_by: null, cafe_chosen_by: null });
    });

    it('takes her name and user id out of the network’s texts, whatever their case', async () => {
      const db = database().db;
      const texts = await rows(
        db,
        sql`select note as t from exchanges where network_id = ${ids.network} and ref = 1
          union all select description from goals where network_id = ${ids.network}
          union all select definition from glossary_terms where network_id = ${ids.network}
          union all select question from polls where network_id = ${ids.network} and ref = 1`,
      );
      expect(texts.map((r) => r.t)).toEqual([
        'Point préparé par Ancien membre (Ancien membre)',
        'Porté par Ancien membre',
        'Ville vie vacances, demander à Ancien membre',
        'Quel lieu, Ancien membre ?',
      ]);
      // Others' texts that never named her are untouched.
      const marie = await rows(
        db,
        sql`select note from exchanges where network_id = ${ids.network} and ref = 2`,
      );
      expect(marie[0]?.note).toBe('note privée de Marie');
    });

    it('never lists the former member in the directory, organisations or mentions', async () => {
      const who = await say(core, where, 'qui Ancien', MARIE);
      expect(plain(who.text)).not.toContain('Ancien membre');
      const orgs = await say(core, where, 'qui structures', MARIE);
      expect(orgs.text).toContain('Mission locale de Cergy');
      expect(orgs.text).not.toContain('Ancien membre');
      const named = await say(core, where, 'echange appel @"Ancien membre"', MARIE);
      expect(named.failed).toBe(true);
      // Exchanges others see name her as the former member.
      expect((await say(core, where, 'echange liste', MARIE)).text).toContain('(Ancien membre)');
    });

    it('makes her a new member with nothing when she comes back', async () => {
      const again = await say(core, where, 'mes-donnees', ZEPHYRINE);
      const data = JSON.parse(again.messages[0]?.file?.content ?? '{}') as MemberExport;
      expect(data.profile.id).not.toBe(ids.zephyrine);
      expect(data.profile).toMatchObject({
        displayName: NAME,
        organisation: null,
        facilitator: false,
        cafeOptIn: false,
      });
      expect(data.platformIdentities).toEqual([{ platform: 'shell', space: null, userId: USER_ID }]);
      for (const list of [
        data.exchanges,
        data.goalsProposed,
        data.goalUpdates,
        data.glossaryEntries,
        data.pollsCreated,
        data.publicPollVotes,
        data.cafePairings,
        data.auditTrail,
      ])
        expect(list).toEqual([]);
      expect((await say(core, where, 'echange liste', ZEPHYRINE)).text).toContain('Aucun échange');
    });
  });

  it('hides the former member from the digest’s newcomers', async () => {
    const where = newSpace();
    const db = database().db;
    await run(core, where, MARIE, 'profil');
    await run(
      core,
      where,
      ZEPHYRINE,
      'profil structure "Mission locale de Cergy" type ML',
      `echange appel @"${MARIE.displayName}"`,
    );
    const network = (await core.enter({ ...where, user: ZEPHYRINE })).network;
    await db.execute(
      sql`update members set created_at = '2026-11-18T00:00:00Z' where network_id = ${network.id}`,
    );
    const digest = () =>
      createStore(db).run(async (repos) =>
        messageText(await digestMessage(repos, network, defaultPeriod(LATER, network.timeZone), 'fr')),
      );
    expect(await digest()).toContain(NAME);
    await run(core, where, ZEPHYRINE, 'oubli confirmer');
    const after = await digest();
    expect(after).not.toContain(NAME);
    expect(after).not.toContain('Ancien membre');
    expect(after).toContain('Marie Curie');
  });

  it('answers in English with `forget confirm` and names the former member in the network’s language', async () => {
    const where = newSpace();
    const sam = {
      externalId: 'u-sam',
      displayName: 'Sam Taylor',
      isPlatformAdmin: false,
      locale: 'en' as const,
    };
    await run(core, where, ALICE, 'profil');
    await run(core, where, sam, 'log call @"Alice Admin"');
    const shown = await say(core, where, 'forget', sam);
    const button = shown.messages[0]?.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []))[0];
    expect(button).toEqual<Button>({ label: 'Erase everything', command: 'forget confirm', style: 'danger' });
    expect(shown.text).toContain('under the name “Ancien membre”');
    const erased = await say(core, where, 'forget confirm', sam);
    expect(erased.text).toContain('Done: Maillage has forgotten you');
    expect(erased.text).toContain('cannot rewrite them');
  });

  it('erases once when two confirmations race (a double click, two replicas)', async () => {
    const where = newSpace();
    const db = database().db;
    await run(core, where, MARIE, 'profil');
    await run(
      core,
      where,
      ZEPHYRINE,
      'profil structure "Mission locale de Cergy" type ML',
      'echange appel @"Marie Curie"',
    );
    const network = await networkId(core, where);
    const other =
      database().kind === 'postgres'
        ? testCore((await database().openAnother()).db, new FakeClock(NOW))
        : core;
    const answers = await Promise.all([
      say(core, where, 'oubli confirmer', ZEPHYRINE),
      say(other, where, 'oubli confirmer', ZEPHYRINE),
    ]);
    expect(answers.map((a) => a.failed)).toEqual([false, false]);
    expect(
      await rows(db, sql`select 1 from members where network_id = ${network} and display_name = ${NAME}`),
    ).toEqual([]);
    const authors = await rows(
      db,
      sql`select m.display_name, m.forgotten_at is not null as forgotten from exchanges e
        join members m on m.id = e.author_id where e.network_id = ${network}`,
    );
    expect(authors).toEqual([{ display_name: 'Ancien membre', forgotten: true }]);
  });

  it('refuses anything but the confirm word, erasing nothing', async () => {
    const where = newSpace();
    const db = database().db;
    await run(core, where, MARIE, 'profil');
    await run(
      core,
      where,
      ZEPHYRINE,
      'profil structure "Mission locale de Cergy" type ML',
      'echange appel @"Marie Curie"',
    );
    const ids = { network: await networkId(core, where), zephyrine: await memberId(core, where, ZEPHYRINE) };
    const before = await rowCounts(db, ids.network);
    for (const typed of [
      "oubli n'importe quoi",
      'oubli confirme',
      'oubli confimer',
      'forget confirmed',
      'oubli confirmer maintenant',
      'oubli oui',
      `oubli <@${USER_ID}>`,
    ]) {
      const refused = await say(core, where, typed, ZEPHYRINE);
      expect(refused.failed, typed).toBe(true);
      expect(plain(refused.text), typed).toContain(
        '`oubli` se tape seul (pour voir ce qui serait effacé) ou suivi exactement de `confirmer` : `oubli confirmer`. Rien n’a été effacé.',
      );
    }
    expect(await rowCounts(db, ids.network)).toEqual(before);
    expect(await rows(db, sql`select 1 from members where id = ${ids.zephyrine}`)).toHaveLength(1);
  });
});
