// organisation_links, the first meeting of each pair of organisations, derived from the
// exchanges: after every kind of change made through the commands (an exchange logged,
// undone, a name withdrawn, a member changing organisation, a merge), what the table gives
// equals the pairs recomputed from scratch by an independent query. Logging keeps it up to
// date in place; the changes that can remove a fact mark it stale and the next reader
// rebuilds it. On the server, exchanges logged while another process rebuilds are kept.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { allLinks, ensureLinks } from '../../db/repositories/organisation-links.ts';
import { createStore } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: true };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const paul = { externalId: 'u-paul', displayName: 'Paul Petit', isPlatformAdmin: false };

type Row = Record<string, unknown>;
const rows = (result: unknown): Row[] => (Array.isArray(result) ? result : (result as { rows: Row[] }).rows);

/** The oracle: every pair's first day, recomputed from the exchanges, by names. */
async function expectedPairs(db: Database, networkId: string): Promise<string[]> {
  const result = await db.execute(sql`
    with inv as (
      select e.id, e.occurred_on, m.organisation_id as org
      from exchanges e join members m on m.id = e.author_id
      where e.network_id = ${networkId}
      union
      select e.id, e.occurred_on, coalesce(p.organisation_id, m.organisation_id)
      from exchange_participants p join exchanges e on e.id = p.exchange_id
      left join members m on m.id = p.member_id
      where e.network_id = ${networkId}
    )
    select oa.name as a, ob.name as b, min(x.occurred_on)::text as first
    from inv x join inv y on y.id = x.id and x.org < y.org
    join organisations oa on oa.id = x.org join organisations ob on ob.id = y.org
    group by oa.name, ob.name`);
  return rows(result)
    .map((r) => `${[String(r.a), String(r.b)].sort().join(' ↔ ')} ${String(r.first)}`)
    .sort();
}

async function storedPairs(db: Database, networkId: string): Promise<string[]> {
  const links = await allLinks(db, networkId);
  const names = new Map(
    rows(await db.execute(sql`select id, name from organisations where network_id = ${networkId}`)).map(
      (r) => [String(r.id), String(r.name)],
    ),
  );
  return links
    .map(
      (l) =>
        `${[names.get(l.firstId) ?? '?', names.get(l.secondId) ?? '?'].sort().join(' ↔ ')} ${l.firstMetOn}`,
    )
    .sort();
}

async function isStale(db: Database, networkId: string): Promise<boolean> {
  const [row] = rows(
    await db.execute(sql`select organisation_links_stale as stale from networks where id = ${networkId}`),
  );
  return row?.stale === true || row?.stale === 't';
}

describeDatabases('organisation links', (database) => {
  let core: Core;
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function networkIdOf(where: ReturnType<typeof newSpace>): Promise<string> {
    return createStore(database().db).run(async (repos) => {
      const found = await repos.networks.findSpace('shell', where.space.externalId);
      if (!found) throw new Error('no such space');
      return found.network.id;
    });
  }

  async function fourOrganisations() {
    const where = newSpace();
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil structure "Club de prévention Les Linandes" type PREVENTION', jean);
    await say(core, where, 'profil structure "Centre social des Touleuses" type CS', zoe);
    await say(core, where, 'profil structure "Collège Les Explorateurs" type COLLEGE', paul);
    const id = await networkIdOf(where);
    await ensureLinks(database().db, id);
    return { where, id };
  }

  const log = async (where: ReturnType<typeof newSpace>, text: string, user = marie) => {
    const reply = await say(core, where, text, user);
    expect(reply.failed, reply.text).toBe(false);
  };

  it('adds pairs as exchanges are logged, keeping the earliest day, without a rebuild', async () => {
    const { where, id } = await fourOrganisations();
    const db = database().db;
    await log(where, 'echange appel @Jean date 2026-11-10');
    await log(where, 'echange rencontre @Jean @Zoé date 2026-11-12');
    // Logged later but dated earlier: the first meeting moves back.
    await log(where, 'echange appel @Jean date 2026-10-01');
    await log(where, 'echange appel structure "Collège Les Explorateurs" date 2026-11-15', zoe);
    expect(await isStale(db, id)).toBe(false);
    expect(await storedPairs(db, id)).toEqual(await expectedPairs(db, id));
    expect(await storedPairs(db, id)).toEqual([
      'Centre social des Touleuses ↔ Club de prévention Les Linandes 2026-11-12',
      'Centre social des Touleuses ↔ Collège Les Explorateurs 2026-11-15',
      'Centre social des Touleuses ↔ Mission locale de Cergy 2026-11-12',
      'Club de prévention Les Linandes ↔ Mission locale de Cergy 2026-10-01',
    ]);
  });

  it('is rebuilt right after an exchange is undone or a name withdrawn', async () => {
    const { where, id } = await fourOrganisations();
    const db = database().db;
    await log(where, 'echange appel @Jean date 2026-10-01'); // n°1
    await log(where, 'echange rencontre @Jean @Zoé date 2026-11-12'); // n°2
    await log(where, 'echange appel @Paul date 2026-11-13', zoe); // n°3
    await log(where, 'echange annuler 1');
    expect(await isStale(db, id)).toBe(true);
    expect(await storedPairs(db, id)).toContain(
      'Club de prévention Les Linandes ↔ Mission locale de Cergy 2026-11-12',
    );
    expect(await isStale(db, id)).toBe(false);
    await log(where, 'echange retirer 3', paul);
    expect(await storedPairs(db, id)).toEqual(await expectedPairs(db, id));
    expect((await storedPairs(db, id)).join('\n')).not.toContain('Collège');
  });

  it('is rebuilt right after an exchange’s date is corrected, later as well as earlier', async () => {
    const { where, id } = await fourOrganisations();
    const db = database().db;
    await log(where, 'echange appel @Jean date 2026-10-01'); // n°1
    await log(where, 'echange appel @Jean date 2026-11-12'); // n°2
    await log(where, 'echange corriger 1 date 2026-11-15');
    expect(await isStale(db, id)).toBe(true);
    expect(await storedPairs(db, id)).toEqual([
      'Club de prévention Les Linandes ↔ Mission locale de Cergy 2026-11-12',
    ]);
    await log(where, 'echange corriger 2 date 2026-09-30');
    expect(await storedPairs(db, id)).toEqual(await expectedPairs(db, id));
    expect(await storedPairs(db, id)).toEqual([
      'Club de prévention Les Linandes ↔ Mission locale de Cergy 2026-09-30',
    ]);
    // A correction that leaves the date alone leaves the links as they are.
    await log(where, 'echange corriger 2 note "bilan"');
    expect(await isStale(db, id)).toBe(false);
  });

  it('is rebuilt right after a member changes organisation and after a merge', async () => {
    const { where, id } = await fourOrganisations();
    const db = database().db;
    await log(where, 'echange appel @Jean date 2026-10-01');
    await log(where, 'echange appel @Zoé date 2026-11-02', paul);
    // Jean moves to the college: his call with Marie now links the college and the Mission locale.
    await log(where, 'profil structure "Collège Les Explorateurs"', jean);
    expect(await isStale(db, id)).toBe(true);
    expect(await storedPairs(db, id)).toEqual(await expectedPairs(db, id));
    expect(await storedPairs(db, id)).toContain(
      'Collège Les Explorateurs ↔ Mission locale de Cergy 2026-10-01',
    );

    // A CS into an ML: two types, confirmed with --ok.
    await log(where, 'config fusionner "Centre social des Touleuses" "Mission locale de Cergy" --ok');
    expect(await storedPairs(db, id)).toEqual(await expectedPairs(db, id));
    expect(await storedPairs(db, id)).toEqual([
      'Collège Les Explorateurs ↔ Mission locale de Cergy 2026-10-01',
    ]);
  });

  it('is rebuilt right after a member leaves their organisation, as after a move', async () => {
    const { where, id } = await fourOrganisations();
    const db = database().db;
    await log(where, 'echange appel @Jean date 2026-10-01');
    expect(await storedPairs(db, id)).toEqual([
      'Club de prévention Les Linandes ↔ Mission locale de Cergy 2026-10-01',
    ]);
    // Marie, who logged the call, leaves the Mission locale: her call links no organisation now.
    await log(where, 'profil structure efface');
    expect(await isStale(db, id)).toBe(true);
    expect(await storedPairs(db, id)).toEqual(await expectedPairs(db, id));
    expect(await storedPairs(db, id)).toEqual([]);
  });

  it('does not mark the network stale when a member without exchanges chooses an organisation', async () => {
    const { where, id } = await fourOrganisations();
    await say(core, where, 'profil structure "Mission locale de Cergy"', {
      externalId: 'u-new',
      displayName: 'Nina Neuve',
      isPlatformAdmin: false,
    });
    expect(await isStale(database().db, id)).toBe(false);
  });

  it('keeps exchanges logged by another process during a rebuild', async () => {
    const { where, id } = await fourOrganisations();
    // On the server, another pool acts as another process; PGlite is one session.
    const otherCore =
      database().kind === 'postgres' ? testCore((await database().openAnother()).db, clock) : core;
    await log(where, 'echange appel @Jean date 2026-10-01');
    for (let round = 0; round < 5; round += 1) {
      // The latest exchange (its number is reused by the next one logged).
      await log(where, `echange annuler ${1 + 5 * round}`);
      const logs = ['@Jean', '@Zoé', '@Paul', '@Jean @Paul', '@Zoé @Paul', '@Jean'].map((who, i) =>
        say(otherCore, where, `echange appel ${who} date 2026-11-${String(10 + i).padStart(2, '0')}`, marie),
      );
      await Promise.all([...logs, ensureLinks(database().db, id)]);
    }
    expect(await storedPairs(database().db, id)).toEqual(await expectedPairs(database().db, id));
    expect((await storedPairs(database().db, id)).length).toBe(5);
  });
});
