// The café round on the PostgreSQL server (part 5, b): a network of opted-in members reachable
// in the café's space, its history of rounds formed by formRound itself, then rounds timed
// next to the same work in bare SQL (load, trivial pairing, store), each bare round deleted
// again so that it never counts as history.
import postgres from 'postgres';
import { openServer } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import { formRound } from '../../src/core/cafe/round.ts';
import { summarise, time } from '../framework/measure.ts';
import type { PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';
import { generatePairingNetwork, historyRounds } from '../generate-pairing.ts';
import type { PairingScale } from './pairing.ts';
import { trivialPairing } from './pairing.ts';

const WEEK = 7 * 86_400_000;
const FIRST_SLOT = new Date('2026-01-05T09:00:00Z');

async function insertNetwork(sql: postgres.Sql, scale: PairingScale) {
  const generated = generatePairingNetwork({
    members: scale.members,
    organisations: scale.organisations,
    seed: 'bench',
  });
  const [network] =
    await sql`insert into networks (name, locale, time_zone, digest_cron, organisation_links_stale)
    values ('Bench café', 'fr', 'Europe/Paris', '0 9 * * 1', false) returning id`;
  const networkId = String(network?.id);
  const [space] = await sql`insert into spaces (network_id, platform, external_id)
    values (${networkId}, 'slack', ${`TCAFE${process.pid}`}) returning id`;
  const spaceId = String(space?.id);
  await sql`update networks set cafe_space_id = ${spaceId}, cafe_channel_id = 'CCAFE' where id = ${networkId}`;
  const orgNames = [
    ...new Set(generated.members.flatMap((m) => (m.organisationId ? [m.organisationId] : []))),
  ];
  const orgRows = await sql`insert into organisations ${sql(
    orgNames.map((name) => ({ network_id: networkId, name, name_key: name, type_code: 'AUTRES' })),
  )} returning id, name`;
  const orgIds = new Map(orgRows.map((r) => [String(r.name), String(r.id)]));
  const memberIds: string[] = [];
  for (let i = 0; i < generated.members.length; i += 2_000) {
    const rows = generated.members.slice(i, i + 2_000).map((m, j) => ({
      network_id: networkId,
      display_name: `Membre ${i + j}`,
      organisation_id: m.organisationId ? (orgIds.get(m.organisationId) ?? null) : null,
      cafe_opt_in: true,
    }));
    memberIds.push(...(await sql`insert into members ${sql(rows)} returning id`).map((r) => String(r.id)));
  }
  await sql`insert into member_identities (network_id, member_id, space_id, external_id)
    select ${networkId}, m, ${spaceId}, 'U' || n from unnest(${memberIds}::uuid[]) with ordinality as t(m, n)`;
  // The organisations that met, as organisation_links (what logging exchanges keeps).
  const links = [...generated.metOrganisations].flatMap((key) => {
    const [a, b] = key.split(' ').map((n) => orgIds.get(n) ?? '');
    return a && b ? [a < b ? [a, b] : [b, a]] : [];
  });
  await sql`insert into organisation_links (network_id, first_org, second_org, first_met_on)
    select ${networkId}, a, b, '2026-01-05' from unnest(${links.map((l) => l[0] as string)}::uuid[],
      ${links.map((l) => l[1] as string)}::uuid[]) as t(a, b)`;
  const dbIds = new Map(generated.members.map((m, i) => [m.id, memberIds[i] as string]));
  return { networkId, spaceId, generated, dbIds, organisations: orgIds.size, links: links.length };
}

/**
 * `rounds` past rounds as formRound would have stored them (pairMembers over the same members,
 * each remembering the 4 before), written in bulk: 20 rounds of 10,000 members in seconds.
 */
async function insertHistory(
  sql: postgres.Sql,
  made: Awaited<ReturnType<typeof insertNetwork>>,
  rounds: number,
) {
  const past = historyRounds(made.generated, rounds);
  const slots = past.map((_, n) => new Date(FIRST_SLOT.getTime() + n * 2 * WEEK).toISOString());
  const roundIds = (
    await sql`insert into cafe_rounds (network_id, slot, space_id, channel_id, asked_at)
      select ${made.networkId}, s, ${made.spaceId}, 'CCAFE', s from unnest(${slots}::timestamptz[]) as t(s)
      returning id, slot`
  ).map((r) => String(r.id));
  const groups = past.flatMap((round, n) =>
    round.map((group) => ({ roundId: roundIds[n] as string, group })),
  );
  const ids = await sql`insert into cafe_groups (network_id, round_id, ref)
    select ${made.networkId}, r, n from unnest(${groups.map((g) => g.roundId)}::uuid[]) with ordinality as t(r, n)
    returning id, ref`;
  const byRef = new Map(ids.map((r) => [Number(r.ref), String(r.id)]));
  const seats = groups.flatMap(({ group }, i) =>
    group.map((m) => [byRef.get(i + 1) as string, made.dbIds.get(m) as string]),
  );
  await sql`insert into cafe_group_members (network_id, group_id, member_id)
    select ${made.networkId}, g, m from unnest(${seats.map((s) => s[0] as string)}::uuid[],
      ${seats.map((s) => s[1] as string)}::uuid[]) as t(g, m)`;
  await sql`vacuum analyze`;
  return { groups: groups.length, seats: seats.length };
}

/** The round in bare SQL: the same three reads, a trivial pairing, the same rows written. */
async function bareRound(sql: postgres.Sql, networkId: string, spaceId: string, slot: Date): Promise<string> {
  return sql.begin(async (tx) => {
    const members = await tx`select distinct m.id, m.organisation_id from members m
      join member_identities i on i.member_id = m.id and i.space_id = ${spaceId}
      where m.network_id = ${networkId} and m.cafe_opt_in order by m.id`;
    await tx`with recent as (select id from cafe_rounds where network_id = ${networkId} order by slot desc limit 4)
      select a.member_id as a, b.member_id as b from cafe_groups g
      join cafe_group_members a on a.group_id = g.id
      join cafe_group_members b on b.group_id = g.id and a.member_id < b.member_id
      where g.network_id = ${networkId} and g.round_id in (select id from recent)`;
    await tx`select first_org, second_org from organisation_links where network_id = ${networkId}`;
    const groups = trivialPairing(
      members.map((m) => String(m.id)),
      slot.toISOString(),
    );
    const [round] = await tx`insert into cafe_rounds (network_id, slot, space_id, channel_id)
      values (${networkId}, ${slot}, ${spaceId}, 'CCAFE') returning id`;
    const roundId = String(round?.id);
    const [last] =
      await tx`select coalesce(max(ref), 0)::int as ref from cafe_groups where network_id = ${networkId}`;
    const refs = groups.map((_, i) => Number(last?.ref) + i + 1);
    const ids = await tx`insert into cafe_groups (network_id, round_id, ref)
      select ${networkId}, ${roundId}, r from unnest(${refs}::int[]) as t(r) returning id, ref`;
    const byRef = new Map(ids.map((r) => [Number(r.ref), String(r.id)]));
    const seats = groups.flatMap((group, i) =>
      group.map((member) => [byRef.get(refs[i] as number) as string, member]),
    );
    await tx`insert into cafe_group_members (network_id, group_id, member_id)
      select ${networkId}, g, m from unnest(${seats.map((s) => s[0] as string)}::uuid[],
        ${seats.map((s) => s[1] as string)}::uuid[]) as t(g, m)`;
    return roundId;
  });
}

export async function cafeRoundOnServer(context: PartContext, scale: PairingScale) {
  const scratch = await createScratchDatabase(context.serverUrl, 'cafe');
  context.cleanup(() => scratch.drop());
  const server = await openServer(scratch.url, { max: 2 });
  context.cleanup(() => server.close());
  await server.migrate();
  const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
  context.cleanup(() => sql.end());
  const inserted = await time(() => insertNetwork(sql, scale));
  const made = inserted.value;
  const history = await time(() => insertHistory(sql, made, scale.history));
  context.log(
    `café network: ${scale.members.toLocaleString('en')} members in ${(inserted.ms / 1000).toFixed(1)} s, ` +
      `${scale.history} past rounds (${history.value.seats.toLocaleString('en')} seats) in ${(history.ms / 1000).toFixed(1)} s`,
  );
  const store = createStore(server.db);
  const round = async (n: number) => {
    const slot = new Date(FIRST_SLOT.getTime() + n * 2 * WEEK);
    const network = await store.run((repos) => repos.networks.get(made.networkId));
    if (!network) throw new Error('no network');
    return time(() =>
      store.run((repos) => formRound(repos, network, slot, `${made.networkId}:${slot.toISOString()}`)),
    );
  };
  const ours: number[] = [];
  const bare: number[] = [];
  for (let n = scale.history; n < scale.history + scale.serverRuns; n += 1) {
    const formed = await round(n);
    if ((formed.value?.groups.length ?? 0) !== Math.floor(scale.members / 2))
      throw new Error(`round ${n + 1} formed ${formed.value?.groups.length} groups`);
    ours.push(formed.ms);
    const slot = new Date(FIRST_SLOT.getTime() + (n + 1000) * 2 * WEEK);
    const { ms, value: roundId } = await time(() => bareRound(sql, made.networkId, made.spaceId, slot));
    bare.push(ms);
    await sql`delete from cafe_rounds where id = ${roundId}`;
  }
  const [maillage, baseline] = [summarise(ours), summarise(bare)];
  context.record({
    metric: `café round on the server (${scale.members.toLocaleString('en')} opted in, ${scale.history} rounds of history: load, pair, store), median`,
    value: maillage.median,
    unit: 'ms',
    target: { op: '<', limit: 1000 },
    baseline: { value: baseline.median, label: 'bare SQL reads and writes around the trivial pairing' },
  });
  const { generated: _, dbIds: __, ...network } = made;
  context.detail('serverRound', { network, history: history.value, maillage, bare: baseline });
}
