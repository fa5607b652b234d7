// How long the digest of a large network takes on the PostgreSQL server: 500 members,
// 100,000 exchanges over two years (bench/generate-network.ts), in a database of its own
// created and dropped here. Times the whole digestMessage and each aggregate query alone.
// Run with: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/digest.ts

import postgres from 'postgres';
import { openServer } from '../db/client.ts';
import { ensureLinks, markLinksStale } from '../db/repositories/organisation-links.ts';
import { createStore } from '../db/store.ts';
import { digestMessage } from '../src/core/digest/digest-message.ts';
import { defaultPeriod, periodDays, previousPeriod } from '../src/core/digest/period.ts';
import type { Network } from '../src/core/model.ts';
import type { Repositories } from '../src/core/ports.ts';
import { generateNetwork } from './generate-network.ts';

const WARM_UP = 3;
const RUNS = 20;
const END = new Date('2026-11-20T10:00:00Z');

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.error('Set TEST_DATABASE_URL to a PostgreSQL server (a database of its own is created there).');
  process.exit(1);
}

function withDatabase(base: string, database: string): string {
  const parsed = new URL(base);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function timed(work: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

const admin = postgres(url, { max: 1, onnotice: () => {} });
const name = `maillage_bench_${Date.now()}`;
await admin.unsafe(`create database ${name}`);
const benchUrl = withDatabase(url, name);
try {
  const server = await openServer(benchUrl, { max: 2 });
  await server.migrate();
  const raw = postgres(benchUrl, { max: 1, onnotice: () => {} });
  const loadStarted = Date.now();
  const generated = await generateNetwork(raw, { end: END });
  await raw.unsafe('vacuum analyze');
  console.log(
    `generated ${generated.members} members, ${generated.organisations} organisations, ` +
      `${generated.exchanges.toLocaleString('en')} exchanges in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`,
  );
  await raw.end();

  const store = createStore(server.db);
  const network = await store.run(async (repos) => repos.networks.get(generated.networkId));
  if (!network) throw new Error('generated network not found');
  const period = defaultPeriod(END, network.timeZone);
  const days = periodDays(period, network.timeZone);
  const previous = periodDays(previousPeriod(period), network.timeZone);
  const window = periodDays({ start: new Date(END.getTime() - 28 * 86_400_000), end: END }, network.timeZone);
  const id = network.id;
  const queries: Array<[string, (repos: Repositories, n: Network) => Promise<unknown>]> = [
    ['digestMessage (all, fr)', (repos, n) => digestMessage(repos, n, period, 'fr')],
    ['activity (2 periods)', (repos) => repos.digest.activity(id, days, previous)],
    ['new links', (repos) => repos.digest.newLinks(id, days)],
    ['quiet organisations', (repos) => repos.digest.quietOrganisations(id, window)],
    ['unexplored themes', (repos) => repos.digest.unexploredThemes(id, window)],
    ['organisation types', (repos) => repos.digest.organisationTypes(id)],
    ['newcomers', (repos) => repos.digest.newcomers(id, period)],
    ['goal changes', (repos) => repos.digest.goalChanges(id, period)],
    ['goal exchanges', (repos) => repos.digest.goalExchanges(id, days)],
    ['polls', (repos) => repos.digest.polls(id, period)],
  ];
  console.log(
    `\n${'query'.padEnd(26)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)}   (${RUNS} runs after ${WARM_UP} warm-up)`,
  );
  for (const [label, work] of queries) {
    const { median, p95 } = await timed(() => store.run((repos) => work(repos, network)));
    console.log(`${label.padEnd(26)} ${median.toFixed(1).padStart(10)} ${p95.toFixed(1).padStart(8)}`);
  }
  // The rebuild a digest pays once after an exchange is undone, a name withdrawn, a member
  // changes organisation or two organisations merge (logging keeps the links up to date).
  const { median, p95 } = await timed(() =>
    store.run(async () => {
      await markLinksStale(server.db, id);
      await ensureLinks(server.db, id);
    }),
  );
  console.log(
    `${'links rebuild (once stale)'.padEnd(26)} ${median.toFixed(1).padStart(10)} ${p95.toFixed(1).padStart(8)}`,
  );
  await server.close();
} finally {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
