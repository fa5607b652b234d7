// Large, deterministic networks for the digest benchmark: members in organisations, exchanges
// over the two years before `end` (1 to 3 people or organisations named in each), goals and
// their history, glossary rows, polls, and the organisation pairs that met (what logging
// exchanges keeps in organisation_links). Network i of a seed is always the same rows.
// Rows go in with COPY, one statement per table for a batch of networks, the participants
// on a second connection at the same time.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import { TOP_THEMES } from '../src/core/reference/themes.ts';

export interface NetworkShape {
  members: number;
  organisations: number;
  exchanges: number;
}

export interface GeneratedNetwork extends NetworkShape {
  index: number;
  networkId: string;
  /** Organisation pairs that met (rows of organisation_links). */
  links: number;
  /** Rows of exchange_participants. */
  participants: number;
}

export interface GenerateOptions {
  seed: number;
  /** The last day of the data: exchanges span the two years before it. */
  end: Date;
}

type Random = ReturnType<typeof prng>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (w: number) => `${HEX[w >>> 24]}${HEX[(w >>> 16) & 255]}${HEX[(w >>> 8) & 255]}${HEX[w & 255]}`;

/** mulberry32: small, fast and good enough to spread benchmark data. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const word = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => word() / 4_294_967_296;
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  /** A version-4 UUID (random, as gen_random_uuid() gives: no locality in the indexes). */
  const uuid = () => {
    const b = hex8(word());
    const c = hex8((word() & 0x3fffffff) | 0x80000000);
    return `${hex8(word())}-${b.slice(0, 4)}-4${b.slice(5)}-${c.slice(0, 4)}-${c.slice(4)}${hex8(word())}`;
  };
  return { next, int, pick, uuid };
}

/**
 * `count` networks sharing `members` and `exchanges` with skewed sizes (the k-th largest weighs
 * 1 / k^0.6: for 200 networks, the largest ~5 % of the data, the smallest ~0.2 %), one
 * organisation per 8 members.
 */
export function networkShapes(count: number, members: number, exchanges: number): NetworkShape[] {
  const weights = Array.from({ length: count }, (_, k) => 1 / (k + 1) ** 0.6);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shapes = weights.map((w) => {
    const m = Math.max(4, Math.floor((members * w) / total));
    return {
      members: m,
      organisations: Math.max(2, Math.round(m / 8)),
      exchanges: Math.floor((exchanges * w) / total),
    };
  });
  // What flooring left goes to the largest, so the totals are exact.
  const first = shapes[0] as NetworkShape;
  first.members += members - shapes.reduce((sum, s) => sum + s.members, 0);
  first.exchanges += exchanges - shapes.reduce((sum, s) => sum + s.exchanges, 0);
  return shapes;
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
const THEMES = TOP_THEMES.map((t) => t.code);
const DAY_MS = 86_400_000;
const SPAN_DAYS = 730;
const NULL = '\\N';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One value in COPY's text format (arrays of plain words only). */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return NULL;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map((v) => `"${String(v)}"`).join(',')}}`;
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

/** The tables COPY fills, each with its columns, in an order that satisfies the foreign keys. */
const TABLES = {
  networks: ['id', 'name', 'locale', 'time_zone', 'digest_cron', 'organisation_links_stale'],
  organisations: ['id', 'network_id', 'name', 'name_key', 'type_code'],
  members: ['id', 'network_id', 'display_name', 'organisation_id', 'themes', 'created_at'],
  goals: ['id', 'network_id', 'ref', 'title', 'status', 'created_at'],
  goal_updates: ['network_id', 'goal_id', 'kind', 'status', 'created_at'],
  glossary_terms: ['network_id', 'term', 'term_key', 'definition'],
  polls: [
    'id',
    'network_id',
    'ref',
    'question',
    'anonymous',
    'closes_at',
    'status',
    'closed_at',
    'participants',
  ],
  poll_options: ['network_id', 'poll_id', 'position', 'label', 'votes'],
  exchanges: ['id', 'network_id', 'ref', 'author_id', 'kind', 'occurred_on', 'themes', 'note', 'goal_id'],
  exchange_participants: ['id', 'network_id', 'exchange_id', 'member_id', 'organisation_id'],
  organisation_links: ['network_id', 'first_org', 'second_org', 'first_met_on'],
} as const;

type Table = keyof typeof TABLES;

/**
 * COPY lines of one table, joined every few thousand lines: millions of small strings kept
 * alive until sent would cost more in garbage collection than generating them.
 */
class Sink {
  readonly chunks: string[] = [];
  private pending: string[] = [];
  rows = 0;
  add(line: string) {
    this.pending.push(line);
    this.rows += 1;
    if (this.pending.length === 4_000) this.flush();
  }
  flush() {
    if (this.pending.length > 0) this.chunks.push(this.pending.join(''));
    this.pending = [];
  }
}

type Lines = Record<Table, Sink>;

const emptyLines = (): Lines =>
  Object.fromEntries(Object.keys(TABLES).map((t) => [t, new Sink()])) as unknown as Lines;

function push(lines: Lines, table: Table, values: readonly unknown[]) {
  lines[table].add(`${values.map(copyValue).join('\t')}\n`);
}

interface Member {
  id: string;
  organisationId: string | null;
}

function directory(lines: Lines, rand: Random, networkId: string, shape: NetworkShape, endMs: number) {
  const orgs = Array.from({ length: shape.organisations }, () => rand.uuid());
  orgs.forEach((id, i) => {
    push(lines, 'organisations', [id, networkId, `Structure ${i + 1}`, `structure ${i + 1}`, TYPES[i % 12]]);
  });
  const members: Member[] = [];
  for (let i = 0; i < shape.members; i += 1) {
    const member = { id: rand.uuid(), organisationId: rand.next() < 0.95 ? rand.pick(orgs) : null };
    const themes = [...new Set([rand.pick(THEMES), rand.pick(THEMES)])];
    // A few arrive every week.
    const createdAt = new Date(endMs - rand.int(SPAN_DAYS) * DAY_MS - rand.int(DAY_MS));
    push(lines, 'members', [
      member.id,
      networkId,
      `Membre ${i + 1}`,
      member.organisationId,
      themes,
      createdAt,
    ]);
    members.push(member);
  }
  const goals = Array.from({ length: 20 }, () => rand.uuid());
  goals.forEach((id, i) => {
    const createdAt = new Date(endMs - (SPAN_DAYS - i * 10) * DAY_MS);
    push(lines, 'goals', [id, networkId, i + 1, `But partagé ${i + 1}`, rand.pick(STATUSES), createdAt]);
  });
  for (let i = 0; i < 200; i += 1) {
    const at = new Date(endMs - rand.next() * SPAN_DAYS * DAY_MS);
    push(lines, 'goal_updates', [networkId, rand.pick(goals), 'status', rand.pick(STATUSES), at]);
  }
  for (let i = 1; i <= 30; i += 1) {
    push(lines, 'glossary_terms', [networkId, `SIG${i}`, `sig${i}`, `Sigle local numéro ${i}`]);
  }
  return { orgs, members, goals };
}

function polls(lines: Lines, rand: Random, networkId: string, endMs: number) {
  for (let i = 0; i < 60; i += 1) {
    const open = i >= 57;
    const closedAt = new Date(endMs - rand.next() * SPAN_DAYS * DAY_MS);
    const id = rand.uuid();
    push(lines, 'polls', [
      id,
      networkId,
      i + 1,
      `Question ${i + 1} ?`,
      rand.next() < 0.7,
      open ? new Date(endMs + 3 * DAY_MS) : closedAt,
      open ? 'open' : 'closed',
      open ? null : closedAt,
      open ? null : rand.int(12),
    ]);
    for (let p = 1; p <= 3; p += 1) {
      push(lines, 'poll_options', [networkId, id, p, `Option ${p}`, open ? null : rand.int(5)]);
    }
  }
}

/**
 * Exchanges and who took part (lines written directly: the hot loop of 2,000,000 rows), and
 * the pairs of organisations involved together with the earliest day of each.
 */
function exchanges(
  lines: Lines,
  rand: Random,
  networkId: string,
  shape: NetworkShape,
  dir: Directory,
  endMs: number,
) {
  const links = new Map<string, string>();
  const orgOf = new Map(dir.members.map((m) => [m.id, m.organisationId]));
  const days = Array.from({ length: SPAN_DAYS }, (_, d) => isoDay(endMs - d * DAY_MS));
  let participants = 0;
  // Logged as they happen: the oldest first, so numbers and rows follow time as in real use.
  const ages = Array.from({ length: shape.exchanges }, () => rand.int(SPAN_DAYS)).sort((a, b) => b - a);
  for (let i = 0; i < shape.exchanges; i += 1) {
    const id = rand.uuid();
    const author = rand.pick(dir.members);
    const day = days[ages[i] as number] as string;
    const goal = rand.next() < 0.05 ? rand.pick(dir.goals) : NULL;
    const themes = rand.next() < 0.7 ? `{"${rand.pick(THEMES)}"}` : '{}';
    lines.exchanges.add(
      `${id}\t${networkId}\t${i + 1}\t${author.id}\t${rand.pick(KINDS)}\t${day}\t${themes}\tnote de mesure\t${goal}\n`,
    );
    const involved = author.organisationId ? [author.organisationId] : [];
    const named = 1 + rand.int(3);
    for (let j = 0; j < named; j += 1) {
      const member = rand.next() < 0.15 ? null : rand.pick(dir.members).id;
      const organisation = member === null ? rand.pick(dir.orgs) : null;
      lines.exchange_participants.add(
        `${rand.uuid()}\t${networkId}\t${id}\t${member ?? NULL}\t${organisation ?? NULL}\n`,
      );
      const org = organisation ?? orgOf.get(member ?? '');
      if (org && !involved.includes(org)) involved.push(org);
    }
    participants += named;
    involved.sort();
    for (let a = 0; a < involved.length; a += 1) {
      for (let b = a + 1; b < involved.length; b += 1) {
        const key = `${involved[a]}\t${involved[b]}`;
        const known = links.get(key);
        if (!known || day < known) links.set(key, day);
      }
    }
  }
  for (const [key, day] of links) lines.organisation_links.add(`${networkId}\t${key}\t${day}\n`);
  return { links: links.size, participants };
}

type Directory = ReturnType<typeof directory>;

/** The rows of network `index` of the seed, added to `lines`. */
function generateNetwork(lines: Lines, shape: NetworkShape, index: number, options: GenerateOptions) {
  const rand = prng(options.seed + index * 1_000_003);
  const endMs = options.end.getTime();
  const networkId = rand.uuid();
  push(lines, 'networks', [
    networkId,
    `Réseau de mesure ${index + 1}`,
    'fr',
    'Europe/Paris',
    '0 9 * * 1',
    false,
  ]);
  const dir = directory(lines, rand, networkId, shape, endMs);
  polls(lines, rand, networkId, endMs);
  const made = exchanges(lines, rand, networkId, shape, dir, endMs);
  return { ...shape, index, networkId, ...made };
}

/** COPY of prepared lines into `table`. */
async function copyLines(sql: postgres.Sql, table: Table, sink: Sink) {
  sink.flush();
  if (sink.chunks.length === 0) return;
  const stream = await sql.unsafe(`copy ${table} (${TABLES[table].join(', ')}) from stdin`).writable();
  await pipeline(Readable.from(sink.chunks.splice(0)), stream);
}

/**
 * Generates networks `indexes` (with their shapes) and loads them. `main` and `second` are
 * single connections; when `parallel`, the participants go through `second` while the rest
 * goes through `main` (only safe without foreign-key checks: see skipForeignKeyChecks).
 */
export async function loadNetworks(
  connections: { main: postgres.Sql; second: postgres.Sql; parallel: boolean },
  networks: ReadonlyArray<{ index: number; shape: NetworkShape }>,
  options: GenerateOptions,
): Promise<GeneratedNetwork[]> {
  const lines = emptyLines();
  const made = networks.map(({ index, shape }) => generateNetwork(lines, shape, index, options));
  const others = (Object.keys(TABLES) as Table[]).filter((t) => t !== 'exchange_participants');
  const loadOthers = async () => {
    for (const table of others) await copyLines(connections.main, table, lines[table]);
  };
  if (connections.parallel) {
    await Promise.all([
      loadOthers(),
      copyLines(connections.second, 'exchange_participants', lines.exchange_participants),
    ]);
  } else {
    await loadOthers();
    await copyLines(connections.main, 'exchange_participants', lines.exchange_participants);
  }
  return made;
}

/**
 * Makes `sql` (one connection: the setting is per session) skip the foreign-key triggers when
 * the role may: the generated rows are consistent by construction, and loading gets several
 * times faster. Returns whether they are skipped.
 */
export async function skipForeignKeyChecks(sql: postgres.Sql): Promise<boolean> {
  try {
    await sql`set session_replication_role = replica`;
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `load` with the plain (non-constraint) indexes of `tables` dropped, then builds them
 * again in one pass each: much faster than keeping them up to date row by row. Returns the
 * time the rebuild took (ms).
 */
export async function withoutPlainIndexes(
  sql: postgres.Sql,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<number> {
  const indexes = await sql<Array<{ name: string; definition: string }>>`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = any(${tables as string[]})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const { name } of indexes) await sql.unsafe(`drop index ${name}`);
  try {
    await load();
  } finally {
    await sql`set maintenance_work_mem = '256MB'`;
  }
  const started = performance.now();
  for (const { definition } of indexes) await sql.unsafe(definition);
  return performance.now() - started;
}
