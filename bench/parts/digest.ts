// Part 4, the digest on the PostgreSQL server. (a) One network of 800 members (200 organisations) and 100,000
// exchanges: the digest, median of repeated builds (target < 200 ms). (b) 200 networks, 50,000
// members and 2,000,000 exchanges in all, loaded a quarter at a time: after 1/4, 1/2 and all of
// the data, one scheduler tick builds every digest (target < 60 s in all, and the time per
// exchange must not grow with the data). Baseline: the same SQL statements sent bare.

import type postgres from 'postgres';
import type { Database } from '../../db/client.ts';
import { ensureLinks, markLinksStale } from '../../db/repositories/organisation-links.ts';
import { createStore } from '../../db/store.ts';
import { digestMessage } from '../../src/core/digest/digest-message.ts';
import { scheduledPeriod } from '../../src/core/digest/digest-periods.ts';
import { benchDatabase } from '../framework/bench-database.ts';
import { nowMs, sampleSideBySide, time } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import {
  type GeneratedNetwork,
  loadNetworks,
  type NetworkShape,
  networkShapes,
  withoutPlainIndexes,
} from '../generate-network.ts';
import { captureAll, giveDigestChannels, replayAll, tickAllDigests } from './digest-all.ts';
import { captureDigest, replay, replayEach } from './digest-bare.ts';

/** A Monday, 09:00 in Paris: a slot of the default digest schedule, and the data's last day. */
const SLOT = new Date('2026-11-16T08:00:00Z');
const SEED = 20261116;
const BARE = 'its SQL statements sent bare';
const BIG_TABLES = ['exchanges', 'exchange_participants', 'members'];

interface Scale {
  single: NetworkShape;
  networks: number;
  members: number;
  exchanges: number;
  warmUp: number;
  runs: number;
}

const FULL: Scale = {
  single: { members: 800, organisations: 200, exchanges: 100_000 },
  networks: 200,
  members: 50_000,
  exchanges: 2_000_000,
  warmUp: 3,
  runs: 15,
};
const SMOKE: Scale = {
  single: { members: 40, organisations: 6, exchanges: 1_000 },
  networks: 8,
  members: 400,
  exchanges: 8_000,
  warmUp: 1,
  runs: 3,
};

const count = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString('en'));

type Bench = Awaited<ReturnType<typeof benchDatabase>>;

/** Generates and loads networks, then rebuilds the indexes and refreshes the statistics. */
async function load(
  context: PartContext,
  bench: Bench,
  networks: Array<{ index: number; shape: NetworkShape }>,
) {
  let made: GeneratedNetwork[] = [];
  const started = nowMs();
  const indexMs = await withoutPlainIndexes(bench.loading.main, BIG_TABLES, async () => {
    made = await loadNetworks(bench.loading, networks, { seed: SEED, end: SLOT });
  });
  const vacuum = await time(() => bench.loading.main`vacuum analyze`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const exchanges = made.reduce((sum, n) => sum + n.exchanges, 0);
  context.log(
    `loaded ${made.length} network(s), ${count(exchanges)} exchanges in ${seconds(nowMs() - started)} ` +
      `(indexes rebuilt in ${seconds(indexMs)}, vacuum analyze ${seconds(vacuum.ms)})`,
  );
  return made;
}

/** A fingerprint of a network's organisation_links. */
async function linksFingerprint(sql: postgres.Sql, networkId: string): Promise<string> {
  const [row] = await sql`select count(*)::int as n, md5(coalesce(string_agg(
      first_org::text || second_org::text || first_met_on::text, ',' order by first_org, second_org), '')) as h
    from organisation_links where network_id = ${networkId}`;
  return `${row?.n}:${row?.h}`;
}

/** Rebuilds the links from the exchanges (timed) and checks the generator wrote the same. */
async function rebuildLinks(context: PartContext, bench: Bench, networkId: string) {
  const generated = await linksFingerprint(bench.bare, networkId);
  const { ms } = await time(() =>
    bench.server.db.transaction(async (tx) => {
      await markLinksStale(tx as unknown as Database, networkId);
      await ensureLinks(tx as unknown as Database, networkId);
    }),
  );
  if ((await linksFingerprint(bench.bare, networkId)) !== generated) {
    throw new Error('the generated organisation_links differ from those rebuilt from the exchanges');
  }
  context.log(`organisation links rebuilt in ${ms.toFixed(0)} ms (the same as generated)`);
  return ms;
}

async function oneNetwork(context: PartContext, scale: Scale) {
  const bench = await benchDatabase(context, 'digest_one');
  const shape = scale.single;
  const loaded = await time(() => load(context, bench, [{ index: 0, shape }]));
  const networkId = loaded.value[0]?.networkId ?? '';
  const rebuildMs = await rebuildLinks(context, bench, networkId);

  const store = createStore(bench.server.db);
  const network = await store.run((repos) => repos.networks.get(networkId));
  if (!network) throw new Error('the generated network is missing');
  // The period the scheduled job builds (its text, measures and trend; the map is the `map` part's).
  const period = scheduledPeriod(network.digestCron, network.timeZone, SLOT);
  const captured = await captureDigest(bench.bare, network, period);
  const { maillage, bare } = await sampleSideBySide(
    () => store.run((repos) => digestMessage(repos, network, period, network.locale)),
    () => replay(bench.bare, captured),
    scale,
  );
  const label = `1 network (${count(shape.members)} members, ${count(shape.exchanges)} exchanges)`;
  context.record({
    metric: `digest of ${label}, median`,
    value: maillage.median,
    unit: 'ms',
    target: { op: '<', limit: 200 },
    baseline: { value: bare.median, label: BARE },
  });
  context.record({
    metric: `digest of ${label}, p95`,
    value: maillage.p95,
    unit: 'ms',
    baseline: { value: bare.p95, label: BARE },
  });
  context.record({
    metric: `organisation links rebuilt for ${label} (after an undo)`,
    value: rebuildMs,
    unit: 'ms',
  });
  context.detail('oneNetwork', {
    shape,
    loadSeconds: loaded.ms / 1000,
    statements: captured.length,
    maillage,
    bare,
    eachStatementBare: await replayEach(bench.bare, captured, 5),
  });
}

interface Stage {
  label: string;
  quarters: number;
}

const STAGES: Stage[] = [
  { label: '1/4', quarters: 1 },
  { label: '1/2', quarters: 2 },
  { label: 'all', quarters: 4 },
];

async function allNetworks(context: PartContext, scale: Scale) {
  const bench = await benchDatabase(context, 'digest_all');
  const shapes = networkShapes(scale.networks, scale.members, scale.exchanges).map((shape, index) => ({
    shape,
    index,
  }));
  // Networks of every size in each quarter (round robin over sizes), so each is 1/4 of the data.
  const quarters = [0, 1, 2, 3].map((q) => shapes.filter(({ index }) => index % 4 === q));
  const stages = [];
  let loadedQuarters = 0;
  const loaded: GeneratedNetwork[] = [];
  for (const stage of STAGES) {
    const next = quarters.slice(loadedQuarters, stage.quarters).flat();
    const { ms: loadMs } = await time(async () => loaded.push(...(await load(context, bench, next))));
    loadedQuarters = stage.quarters;
    await giveDigestChannels(bench.loading.main);
    const exchanges = loaded.reduce((sum, n) => sum + n.exchanges, 0);
    const { captured, slowest } = await captureAll(bench.server.db, bench.bare, SLOT);
    const tickMs = await tickAllDigests(
      bench.server.db,
      bench.bare,
      new Date(SLOT.getTime() + 5 * 60_000),
      loaded.length,
    );
    const bareMs = await replayAll(bench.bare, captured);
    context.log(
      `${stage.label}: every digest in ${(tickMs / 1000).toFixed(1)} s (bare SQL ${(bareMs / 1000).toFixed(1)} s)`,
    );
    stages.push({
      ...stage,
      networks: loaded.length,
      exchanges,
      loadMs,
      tickMs,
      bareMs,
      slowestDigestMs: slowest.ms,
    });
  }
  const perExchange = (ms: number, exchanges: number) => (ms * 1000) / exchanges;
  for (const s of stages) {
    context.record({
      metric: `every digest at ${s.label} of the data (${s.networks} networks, ${count(s.exchanges)} exchanges), per exchange`,
      value: perExchange(s.tickMs, s.exchanges),
      unit: 'µs',
      baseline: { value: perExchange(s.bareMs, s.exchanges), label: BARE },
    });
  }
  const [first, , last] = stages;
  if (!first || !last) throw new Error('stages missing');
  context.record({
    metric: `growth: time per exchange with all the data ÷ with 1/4`,
    value: perExchange(last.tickMs, last.exchanges) / perExchange(first.tickMs, first.exchanges),
    unit: '×',
    target: { op: '<=', limit: 1.2 },
    baseline: {
      value: perExchange(last.bareMs, last.exchanges) / perExchange(first.bareMs, first.exchanges),
      label: BARE,
    },
  });
  context.record({
    metric: `every digest of ${last.networks} networks (${count(scale.members)} members, ${count(last.exchanges)} exchanges), one tick`,
    value: last.tickMs / 1000,
    unit: 's',
    target: { op: '<', limit: 60 },
    baseline: { value: last.bareMs / 1000, label: BARE },
  });
  context.detail('allNetworks', { largest: shapes[0]?.shape, smallest: shapes.at(-1)?.shape, stages });
}

export const digestPart: BenchPart = {
  name: 'digest',
  title: '4. Digest',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    await oneNetwork(context, scale);
    await allNetworks(context, scale);
  },
};
