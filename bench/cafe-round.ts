// A whole café coopération round on the PostgreSQL server, as the scheduled job does it in
// its transaction: load the 10,000 opted-in members reachable in the café's space, the
// pairs of the last 4 rounds and the organisations that met, pair them, and store the round
// (5,000 groups, 10,000 seats). The network (bench/generate-pairing.ts, 400 organisations)
// gets 20 rounds of history first, each timed too.
// Run with: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/cafe-round.ts

import postgres from 'postgres';
import { openServer } from '../db/client.ts';
import { createStore } from '../db/store.ts';
import { pairKey } from '../src/core/cafe/pairing.ts';
import { formRound } from '../src/core/cafe/round.ts';
import { generatePairingNetwork } from './generate-pairing.ts';

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.error('Set TEST_DATABASE_URL to a PostgreSQL server (a database of its own is created there).');
  process.exit(1);
}
const MEMBERS = 10_000;
const HISTORY = 20;
const WEEK = 7 * 86_400_000;

const admin = postgres(url, { max: 1, onnotice: () => {} });
const name = `maillage_bench_cafe_${Date.now()}`;
await admin.unsafe(`create database ${name}`);
const benchUrl = new URL(url);
benchUrl.pathname = `/${name}`;
try {
  const server = await openServer(benchUrl.toString(), { max: 2 });
  await server.migrate();
  const sql = postgres(benchUrl.toString(), { max: 1, onnotice: () => {} });
  const generated = generatePairingNetwork({ members: MEMBERS, organisations: 400, seed: 'bench' });
  const [network] =
    await sql`insert into networks (name, locale, time_zone, digest_cron, organisation_links_stale)
    values ('Bench café', 'fr', 'Europe/Paris', '0 9 * * 1', false) returning id`;
  const networkId = String(network?.id);
  const [space] =
    await sql`insert into spaces (network_id, platform, external_id) values (${networkId}, 'slack', 'TBENCH') returning id`;
  const spaceId = String(space?.id);
  await sql`update networks set cafe_space_id = ${spaceId}, cafe_channel_id = 'CCAFE' where id = ${networkId}`;
  const orgNames = [
    ...new Set(generated.members.flatMap((m) => (m.organisationId ? [m.organisationId] : []))),
  ];
  const orgIds = new Map<string, string>();
  for (const orgName of orgNames) {
    const [row] = await sql`insert into organisations (network_id, name, name_key, type_code)
      values (${networkId}, ${orgName}, ${orgName}, 'AUTRES') returning id`;
    orgIds.set(orgName, String(row?.id));
  }
  const rows = generated.members.map((m, i) => ({
    network_id: networkId,
    display_name: `Membre ${i}`,
    organisation_id: m.organisationId ? (orgIds.get(m.organisationId) ?? null) : null,
    cafe_opt_in: true,
  }));
  const memberIds: string[] = [];
  for (let i = 0; i < rows.length; i += 2_000) {
    const inserted = await sql`insert into members ${sql(rows.slice(i, i + 2_000))} returning id`;
    memberIds.push(...inserted.map((r) => String(r.id)));
  }
  const identities = memberIds.map((id, i) => ({
    network_id: networkId,
    member_id: id,
    space_id: spaceId,
    external_id: `U${i}`,
  }));
  for (let i = 0; i < identities.length; i += 2_000)
    await sql`insert into member_identities ${sql(identities.slice(i, i + 2_000))}`;
  // The organisations that met, as organisation_links (what logging exchanges keeps).
  const links = [...generated.metOrganisations].flatMap((key) => {
    const [a, b] = key.split(' ').map((n) => orgIds.get(n) ?? '');
    if (!a || !b) return [];
    const [first, second] = a < b ? [a, b] : [b, a];
    return [{ network_id: networkId, first_org: first, second_org: second, first_met_on: '2026-01-05' }];
  });
  for (let i = 0; i < links.length; i += 5_000)
    await sql`insert into organisation_links ${sql(links.slice(i, i + 5_000))}`;
  await sql`vacuum analyze`;
  await sql.end();
  console.log(
    `network: ${memberIds.length.toLocaleString('en')} members opted in, ${orgIds.size} organisations, ${links.length.toLocaleString('en')} organisation pairs met`,
  );

  const store = createStore(server.db);
  const start = new Date('2026-01-05T09:00:00Z');
  const times: number[] = [];
  let last: { groups: number; repeated: number } = { groups: 0, repeated: 0 };
  for (let round = 0; round <= HISTORY; round += 1) {
    const slot = new Date(start.getTime() + round * 2 * WEEK);
    const began = process.hrtime.bigint();
    const formed = await store.run(async (repos) => {
      const current = await repos.networks.get(networkId);
      if (!current) throw new Error('no network');
      const recent = await repos.cafe.recentPairs(networkId, 4);
      const made = await formRound(repos, current, slot, `${networkId}:${slot.toISOString()}`);
      const repeated = (made?.groups ?? []).filter((g) =>
        g.seats.some((a, i) => g.seats.slice(i + 1).some((b) => recent.has(pairKey(a.memberId, b.memberId)))),
      ).length;
      return { groups: made?.groups.length ?? 0, repeated };
    });
    times.push(Number(process.hrtime.bigint() - began) / 1e6);
    last = formed;
  }
  const history = times.slice(0, HISTORY).sort((a, b) => a - b);
  const at = (q: number) => history[Math.min(history.length - 1, Math.ceil(q * history.length) - 1)] ?? 0;
  console.log(
    `rounds 1–${HISTORY} (history): median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms`,
  );
  console.log(
    `round ${HISTORY + 1} (20 rounds of history, the last 4 remembered): ${times[HISTORY]?.toFixed(0)} ms, ` +
      `${last.groups.toLocaleString('en')} groups, ${last.repeated} with a pair of the last 4 rounds`,
  );
  // Where the time of a round goes, each step alone.
  const step = async (label: string, work: () => Promise<unknown>) => {
    const began = process.hrtime.bigint();
    await store.run(() => work());
    console.log(`  ${label.padEnd(34)} ${(Number(process.hrtime.bigint() - began) / 1e6).toFixed(0)} ms`);
  };
  await store.run(async (repos) => {
    await step('opted-in members (with identity)', () => repos.cafe.optedIn(networkId, spaceId));
    await step('pairs of the last 4 rounds', () => repos.cafe.recentPairs(networkId, 4));
    await step('organisations that met', () => repos.cafe.metOrganisations(networkId));
  });
  await server.close();
} finally {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
