// A large, deterministic network for benchmarks: 500 members in ~60 organisations, 100,000
// exchanges over two years, goals and their history, glossary rows and polls. The same seed
// gives the same rows. Rows go in with multi-row inserts, a few thousand at a time.
import type postgres from 'postgres';
import { TOP_THEMES } from '../src/core/reference/themes.ts';

export interface GeneratedNetwork {
  networkId: string;
  members: number;
  organisations: number;
  exchanges: number;
}

export interface GenerateOptions {
  seed?: number;
  members?: number;
  organisations?: number;
  exchanges?: number;
  /** The last day of the data: exchanges span the two years before it. */
  end: Date;
}

/** mulberry32: small, fast and good enough to spread benchmark data. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = (8 + int(4)).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, uuid };
}

const TYPES = [
  'PREVENTION',
  'CS',
  'ML',
  'COLLEGE',
  'ECOLE',
  'PRE',
  'CCAS',
  'MJC',
  'BAILLEUR',
  'CAF',
  'ASSO',
  'CMP',
];
const KINDS = ['meeting', 'call', 'handover', 'joint-action', 'other'] as const;
const STATUSES = ['proposed', 'active', 'reached', 'dropped'] as const;
const DAY_MS = 86_400_000;
const BATCH = 4000;

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

async function insert(sql: postgres.Sql, table: string, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    // biome-ignore lint/suspicious/noExplicitAny: postgres.js helper typing for dynamic rows
    await sql`insert into ${sql(table)} ${sql(batch as any)}`;
  }
}

export async function generateNetwork(
  sql: postgres.Sql,
  options: GenerateOptions,
): Promise<GeneratedNetwork> {
  const rand = prng(options.seed ?? 20261120);
  const memberCount = options.members ?? 500;
  const orgCount = options.organisations ?? 60;
  const exchangeCount = options.exchanges ?? 100_000;
  const endMs = options.end.getTime();
  const span = 730;
  const networkId = rand.uuid();
  await insert(sql, 'networks', [
    {
      id: networkId,
      name: 'Réseau de mesure',
      locale: 'fr',
      time_zone: 'Europe/Paris',
      digest_cron: '0 9 * * 1',
    },
  ]);

  const orgs = Array.from({ length: orgCount }, (_, i) => ({
    id: rand.uuid(),
    network_id: networkId,
    name: `Structure ${String(i + 1).padStart(2, '0')}`,
    name_key: `structure ${i + 1}`,
    type_code: TYPES[i % TYPES.length] as string,
  }));
  await insert(sql, 'organisations', orgs);

  const themes = TOP_THEMES.map((t) => t.code);
  const members = Array.from({ length: memberCount }, (_, i) => ({
    id: rand.uuid(),
    network_id: networkId,
    display_name: `Membre ${i + 1}`,
    organisation_id: rand.next() < 0.95 ? rand.pick(orgs).id : null,
    themes: sql.array([...new Set([rand.pick(themes), rand.pick(themes)])]),
    // A few arrive every week.
    created_at: new Date(endMs - rand.int(span) * DAY_MS),
  }));
  await insert(sql, 'members', members);

  const goals = Array.from({ length: 20 }, (_, i) => ({
    id: rand.uuid(),
    network_id: networkId,
    ref: i + 1,
    title: `But partagé ${i + 1}`,
    status: rand.pick(STATUSES),
    created_at: new Date(endMs - (span - i * 10) * DAY_MS),
  }));
  await insert(sql, 'goals', goals);
  const updates = Array.from({ length: 200 }, () => ({
    network_id: networkId,
    goal_id: rand.pick(goals).id,
    kind: 'status',
    status: rand.pick(STATUSES),
    created_at: new Date(endMs - rand.next() * span * DAY_MS),
  }));
  await insert(sql, 'goal_updates', updates);

  const exchanges: Record<string, unknown>[] = [];
  const participants: Record<string, unknown>[] = [];
  for (let i = 0; i < exchangeCount; i += 1) {
    const id = rand.uuid();
    const author = rand.pick(members);
    exchanges.push({
      id,
      network_id: networkId,
      ref: i + 1,
      author_id: author.id,
      kind: rand.pick(KINDS),
      occurred_on: isoDay(new Date(endMs - rand.int(span) * DAY_MS)),
      themes: sql.array(rand.next() < 0.7 ? [rand.pick(themes)] : []),
      note: 'note de mesure',
      goal_id: rand.next() < 0.05 ? rand.pick(goals).id : null,
    });
    const named = 1 + rand.int(3);
    for (let j = 0; j < named; j += 1) {
      const byOrganisation = rand.next() < 0.15;
      participants.push({
        id: rand.uuid(),
        network_id: networkId,
        exchange_id: id,
        member_id: byOrganisation ? null : rand.pick(members).id,
        organisation_id: byOrganisation ? rand.pick(orgs).id : null,
      });
    }
  }
  await insert(sql, 'exchanges', exchanges);
  await insert(sql, 'exchange_participants', participants);

  await insert(
    sql,
    'glossary_terms',
    Array.from({ length: 30 }, (_, i) => ({
      network_id: networkId,
      term: `SIG${i + 1}`,
      term_key: `sig${i + 1}`,
      definition: `Sigle local numéro ${i + 1}`,
    })),
  );

  const polls: Record<string, unknown>[] = [];
  const pollOptions: Record<string, unknown>[] = [];
  for (let i = 0; i < 60; i += 1) {
    const open = i >= 57;
    const closedAt = new Date(endMs - rand.next() * span * DAY_MS);
    const id = rand.uuid();
    polls.push({
      id,
      network_id: networkId,
      ref: i + 1,
      question: `Question ${i + 1} ?`,
      anonymous: rand.next() < 0.7,
      closes_at: open ? new Date(endMs + 3 * DAY_MS) : closedAt,
      status: open ? 'open' : 'closed',
      closed_at: open ? null : closedAt,
      participants: open ? null : rand.int(12),
      salt: open ? 'bench-salt' : null,
    });
    for (let p = 1; p <= 3; p += 1) {
      pollOptions.push({
        network_id: networkId,
        poll_id: id,
        position: p,
        label: `Option ${p}`,
        votes: open ? null : rand.int(5),
      });
    }
  }
  await insert(sql, 'polls', polls);
  await insert(sql, 'poll_options', pollOptions);
  return { networkId, members: memberCount, organisations: orgCount, exchanges: exchangeCount };
}
