// The facts the network measures are computed from, on real databases: a small network built
// through the core, then its ties counted per window, each organisation's activity, the
// territory most of its members give, the day of each pair's first exchange (also once the
// links went stale), the day an organisation arrived in the network's zone, and another
// network's exchanges never counted.
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { rowsOf } from '../../db/repositories/involvement.ts';
import { networkFacts } from '../../db/repositories/network-facts.ts';
import { createStore } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import type { NetworkFacts } from '../../src/core/digest/network/network-facts.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';

const person = (id: string, displayName: string) => ({ externalId: id, displayName, isPlatformAdmin: false });
const marie = person('u-marie', 'Marie Curie');
const paul = person('u-paul', 'Paul Petit');
const anne = person('u-anne', 'Anne Osmont');
const jean = person('u-jean', 'Jean Dupont');
const luc = person('u-luc', 'Luc Roy');
const zoe = person('u-zoe', 'Zoé Lambert');
const iris = person('u-iris', 'Iris Noir');

const ZONE = 'Europe/Paris';
const WINDOWS = [
  { from: '2026-11-02', to: '2026-11-09' },
  { from: '2026-11-09', to: '2026-11-16' },
  { from: '2026-11-16', to: '2026-11-21' },
];

describeDatabases('network facts', (database) => {
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

  async function run(where: ReturnType<typeof newSpace>, text: string, user: ReturnType<typeof person>) {
    const reply = await say(core, where, text, user);
    expect(reply.failed, `${text}: ${reply.text}`).toBe(false);
  }

  /**
   * Mission locale (Marie in Cergy, Paul and Anne in Osny), the prevention club (Jean in
   * Pontoise, Luc in Cergy), the social centre (Zoé), the college (Iris, no exchange).
   */
  async function network() {
    const where = newSpace();
    const profiles: [ReturnType<typeof person>, string, string | null][] = [
      [marie, 'structure "Mission locale" type ML', 'Cergy'],
      [paul, 'structure "Mission locale" type ML', 'Osny'],
      [anne, 'structure "Mission locale" type ML', 'Osny'],
      [jean, 'structure "Club de prévention" type PREVENTION', 'Pontoise'],
      [luc, 'structure "Club de prévention" type PREVENTION', 'Cergy'],
      [zoe, 'structure "Centre social" type CS', null],
      [iris, 'structure "Collège" type COLLEGE', null],
    ];
    for (const [who, organisation, territory] of profiles) {
      await run(where, `profil ${organisation}`, who);
      if (territory) await run(where, `profil territoire "${territory}"`, who);
    }
    await run(where, 'echange appel @Jean date 20/10/2026', marie); // before every window
    await run(where, 'echange appel @Jean date 03/11/2026', marie);
    await run(where, 'echange rencontre @Jean @Zoé date 10/11/2026', marie);
    await run(where, 'echange appel @Zoé date 12/11/2026', jean);
    await run(where, 'echange appel structure "Mission locale" date 17/11/2026', zoe);
    await run(where, 'echange appel @Paul date 18/11/2026', marie); // within one organisation
    return { where, id: await networkIdOf(where) };
  }

  const facts = (networkId: string) =>
    createStore(database().db).run((repos) => repos.digest.networkFacts(networkId, WINDOWS, ZONE));

  function byName(f: NetworkFacts) {
    const name = new Map(f.organisations.map((o) => [o.id, o.name]));
    const named = (id: string) => name.get(id) ?? `? ${id}`;
    return {
      ties: Object.fromEntries(
        f.ties.map((t) => [[named(t.first), named(t.second)].sort().join(' ↔ '), [t.counts, t.firstMetOn]]),
      ),
      activity: Object.fromEntries(f.activity.map((a) => [named(a.id), a.counts])),
    };
  }

  it('counts the exchanges between each pair of organisations per window', async () => {
    const { id } = await network();
    const f = await facts(id);
    expect(f.windows).toEqual(WINDOWS);
    expect(byName(f).ties).toEqual({
      'Club de prévention ↔ Mission locale': [[1, 1, 0], '2026-10-20'],
      'Centre social ↔ Mission locale': [[0, 1, 1], '2026-11-10'],
      'Centre social ↔ Club de prévention': [[0, 2, 0], '2026-11-10'],
    });
    for (const t of f.ties) expect(t.first < t.second).toBe(true);
  });

  it('counts the exchanges each organisation took part in per window', async () => {
    const { id } = await network();
    expect(byName(await facts(id)).activity).toEqual({
      'Mission locale': [1, 1, 2],
      'Club de prévention': [1, 2, 0],
      'Centre social': [0, 2, 1],
    });
  });

  it('gives each organisation the territory most of its members give, the first by text on a tie', async () => {
    const { id } = await network();
    const territories = (f: NetworkFacts) =>
      Object.fromEntries(f.organisations.map((o) => [o.name, o.territory]));
    expect(territories(await facts(id))).toEqual({
      'Mission locale': 'Osny',
      'Club de prévention': 'Cergy',
      'Centre social': null,
      Collège: null,
    });
    // A member forgotten no longer counts: Cergy and Osny one each, Cergy first by text.
    await database().db.execute(
      sql`update members set forgotten_at = now() where network_id = ${id} and display_name = 'Anne Osmont'`,
    );
    expect(territories(await facts(id))['Mission locale']).toBe('Cergy');
  });

  it('gives the day an organisation arrived in the network zone, with its type', async () => {
    const { id } = await network();
    await database().db.execute(
      sql`update organisations set created_at = '2026-11-15T23:30:00Z' where network_id = ${id} and name = 'Collège'`,
    );
    const college = (await facts(id)).organisations.find((o) => o.name === 'Collège');
    expect(college).toMatchObject({ typeCode: 'COLLEGE', createdOn: '2026-11-16' });
  });

  it('keeps the first meeting ever once the links are rebuilt after going stale', async () => {
    const { id } = await network();
    await database().db.execute(sql`delete from organisation_links where network_id = ${id}`);
    await database().db.execute(sql`update networks set organisation_links_stale = true where id = ${id}`);
    const ties = byName(await facts(id)).ties;
    expect(ties['Club de prévention ↔ Mission locale']).toEqual([[1, 1, 0], '2026-10-20']);
    const [stored] = await rowsOf(
      database().db,
      sql`select count(*)::int as n from organisation_links where network_id = ${id}`,
    );
    expect(Number(stored?.n)).toBe(3);
  });

  it("never counts another network's exchanges or organisations", async () => {
    const first = await network();
    const alone = await facts(first.id);
    const other = await network(); // the same names and days, in another space
    await run(other.where, 'echange rencontre @Zoé @Luc date 04/11/2026', iris);
    const after = await facts(first.id);
    expect(after).toEqual(alone);
    const theirs = await facts(other.id);
    const ours = new Set(after.organisations.map((o) => o.id));
    expect(theirs.organisations.some((o) => ours.has(o.id))).toBe(false);
    expect(byName(theirs).ties['Centre social ↔ Collège']).toEqual([[1, 0, 0], '2026-11-04']);
  });

  it('refuses more than twelve windows', async () => {
    const { id } = await network();
    const many = Array.from({ length: 13 }, () => WINDOWS[0] as (typeof WINDOWS)[number]);
    await expect(networkFacts(database().db, id, many, ZONE)).rejects.toThrow(/at most 12/);
    await expect(
      networkFacts(database().db, id, [{ from: '2026-11-09', to: 'demain' }], ZONE),
    ).rejects.toThrow(RangeError);
  });
});
