// The digest's aggregates in SQL: a handful of set-based queries, each scoped by network,
// that return figures and names only (never an exchange's note). Raw results differ between
// PGlite ({ rows }) and postgres.js (an array, bigints as strings): `rowsOf` and Number()
// normalise them.
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type {
  ActivityFigures,
  GoalExchanges,
  GoalStatusChange,
  NewLink,
  OrganisationRef,
} from '../../src/core/digest/digest-data.ts';
import type { DayRange } from '../../src/core/digest/period.ts';
import type { DigestRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { members, organisations, polls } from '../schema.ts';
import { withOptions } from './polls.ts';

type Row = Record<string, unknown>;

async function rowsOf(db: Database, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}

const day = (value: string) => sql`${value}::date`;

/**
 * Who and which organisations each exchange of the range involves, one row per person
 * or organisation: the author, each member named (with the organisation of each member)
 * and each organisation named. `from` null reads from the first exchange.
 */
function involvement(networkId: string, from: string | null, to: string) {
  const range = sql`e.network_id = ${networkId}
    ${from === null ? sql`` : sql`and e.occurred_on >= ${day(from)}`} and e.occurred_on < ${day(to)}`;
  return sql`
    select e.id as exchange_id, e.occurred_on, e.author_id as member_id, m.organisation_id
    from exchanges e
    join members m on m.network_id = e.network_id and m.id = e.author_id
    where ${range}
    union all
    select e.id, e.occurred_on, p.member_id, coalesce(p.organisation_id, m.organisation_id)
    from exchanges e
    join exchange_participants p on p.network_id = e.network_id and p.exchange_id = e.id
    left join members m on m.network_id = p.network_id and m.id = p.member_id
    where ${range}`;
}

const NO_ACTIVITY: ActivityFigures = { exchanges: 0, members: 0, organisations: 0 };

function figures(row: Row | undefined): ActivityFigures {
  if (!row) return NO_ACTIVITY;
  return {
    exchanges: Number(row.exchanges),
    members: Number(row.members),
    organisations: Number(row.organisations),
  };
}

async function activity(db: Database, networkId: string, current: DayRange, previous: DayRange) {
  const rows = await rowsOf(
    db,
    sql`with inv as (${involvement(networkId, previous.from, current.to)})
      select inv.occurred_on >= ${day(current.from)} as current,
        count(distinct inv.exchange_id)::int as exchanges,
        count(distinct inv.member_id)::int as members,
        count(distinct inv.organisation_id)::int as organisations
      from inv group by 1`,
  );
  const isCurrent = (row: Row) => row.current === true || row.current === 't';
  return { current: figures(rows.find(isCurrent)), previous: figures(rows.find((r) => !isCurrent(r))) };
}

/** Distinct pairs of organisations of the same exchange, among `rows` (exchange_id, organisation_id). */
const pairsOf = (rows: ReturnType<typeof sql>) => sql`
  select distinct a.organisation_id as first_id, b.organisation_id as second_id
  from (${rows}) a join (${rows}) b on b.exchange_id = a.exchange_id and a.organisation_id < b.organisation_id`;

const uuids = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * The exchanges before `before` that involve one of `orgIds`, found from the organisations
 * (their members' authored and named exchanges, and the exchanges naming them) through
 * indexes rather than by reading the whole history.
 */
function exchangesOf(networkId: string, orgIds: readonly string[], before: string) {
  return sql`
    select e.id as exchange_id, m.organisation_id
    from members m join exchanges e on e.network_id = m.network_id and e.author_id = m.id
    where m.network_id = ${networkId} and m.organisation_id = any(${uuids(orgIds)}) and e.occurred_on < ${day(before)}
    union
    select p.exchange_id, m.organisation_id
    from members m
    join exchange_participants p on p.network_id = m.network_id and p.member_id = m.id
    join exchanges e on e.network_id = p.network_id and e.id = p.exchange_id
    where m.network_id = ${networkId} and m.organisation_id = any(${uuids(orgIds)}) and e.occurred_on < ${day(before)}
    union
    select p.exchange_id, p.organisation_id
    from exchange_participants p join exchanges e on e.network_id = p.network_id and e.id = p.exchange_id
    where p.network_id = ${networkId} and p.organisation_id = any(${uuids(orgIds)}) and e.occurred_on < ${day(before)}`;
}

type Pair = { first_id: string; second_id: string };
const pairKey = (p: Pair) => `${p.first_id} ${p.second_id}`;

async function pairs(db: Database, query: ReturnType<typeof sql>): Promise<Pair[]> {
  return (await rowsOf(db, query)).map((r) => ({
    first_id: String(r.first_id),
    second_id: String(r.second_id),
  }));
}

/** Weeks of history read at once before the organisation-driven look into the rest. */
const RECENT_WEEKS = 8;

/**
 * Pairs met within `days` and never before. Most pairs of a period met recently: the recent
 * weeks rule them out with one bounded query; only the pairs left are looked up over the
 * whole history, from their organisations.
 */
async function newLinks(db: Database, networkId: string, days: DayRange): Promise<NewLink[]> {
  const named = (range: ReturnType<typeof sql>) =>
    sql`select distinct exchange_id, organisation_id from (${range}) i where organisation_id is not null`;
  const candidates = await pairs(db, pairsOf(named(involvement(networkId, days.from, days.to))));
  if (candidates.length === 0) return [];
  const recentFrom = new Date(`${days.from}T00:00:00Z`);
  recentFrom.setUTCDate(recentFrom.getUTCDate() - 7 * RECENT_WEEKS);
  const recent = await pairs(
    db,
    pairsOf(named(involvement(networkId, recentFrom.toISOString().slice(0, 10), days.from))),
  );
  const seen = new Set(recent.map(pairKey));
  let left = candidates.filter((p) => !seen.has(pairKey(p)));
  if (left.length > 0) {
    const orgIds = [...new Set(left.flatMap((p) => [p.first_id, p.second_id]))];
    const older = await pairs(db, pairsOf(exchangesOf(networkId, orgIds, days.from)));
    const met = new Set(older.map(pairKey));
    left = left.filter((p) => !met.has(pairKey(p)));
  }
  if (left.length === 0) return [];
  const names = new Map(
    (
      await rowsOf(
        db,
        sql`select id, name from organisations where network_id = ${networkId}
          and id = any(${uuids(left.flatMap((p) => [p.first_id, p.second_id]))})`,
      )
    ).map((r) => [String(r.id), String(r.name)]),
  );
  return left
    .map((p) => {
      const a = { id: p.first_id, name: names.get(p.first_id) ?? '' };
      const b = { id: p.second_id, name: names.get(p.second_id) ?? '' };
      return a.name.localeCompare(b.name) <= 0 ? { first: a, second: b } : { first: b, second: a };
    })
    .sort((x, y) => x.first.name.localeCompare(y.first.name) || x.second.name.localeCompare(y.second.name));
}

async function quietOrganisations(db: Database, networkId: string, days: DayRange) {
  const rows = await rowsOf(
    db,
    sql`with active as (
        select distinct organisation_id from (${involvement(networkId, days.from, days.to)}) i
        where organisation_id is not null
      )
      select o.id, o.name from organisations o
      where o.network_id = ${networkId} and o.id not in (select organisation_id from active)
      order by o.name`,
  );
  return rows.map((r): OrganisationRef => ({ id: String(r.id), name: String(r.name) }));
}

async function unexploredThemes(db: Database, networkId: string, days: DayRange) {
  const rows = await rowsOf(
    db,
    sql`select unnest(themes) as theme from members where network_id = ${networkId}
      except
      select unnest(themes) from exchanges
      where network_id = ${networkId} and occurred_on >= ${day(days.from)} and occurred_on < ${day(days.to)}
      order by 1`,
  );
  return rows.map((r) => String(r.theme));
}

async function goalChanges(db: Database, networkId: string, start: Date, end: Date) {
  // Each status change with the one before it (over the goal's whole history), then per goal
  // the status before the period's first change and after its last.
  const rows = await rowsOf(
    db,
    sql`with changes as (
        select goal_id, status, created_at,
          lag(status) over (partition by goal_id order by created_at) as before
        from goal_updates
        where network_id = ${networkId} and kind = 'status' and created_at < ${end.toISOString()}::timestamptz
          and goal_id in (
            select goal_id from goal_updates where network_id = ${networkId} and kind = 'status'
              and created_at >= ${start.toISOString()}::timestamptz
              and created_at < ${end.toISOString()}::timestamptz
          )
      )
      select g.ref, g.title,
        (array_agg(c.before order by c.created_at))[1] as from_status,
        (array_agg(c.status order by c.created_at desc))[1] as to_status
      from changes c
      join goals g on g.network_id = ${networkId} and g.id = c.goal_id
      where c.created_at >= ${start.toISOString()}::timestamptz
      group by g.ref, g.title
      order by g.ref`,
  );
  return rows.map(
    (r): GoalStatusChange => ({
      ref: Number(r.ref),
      title: String(r.title),
      from: r.from_status === null ? null : String(r.from_status),
      to: String(r.to_status),
    }),
  );
}

async function goalExchanges(db: Database, networkId: string, days: DayRange) {
  const rows = await rowsOf(
    db,
    sql`select g.ref, g.title, count(*)::int as exchanges
      from exchanges e
      join goals g on g.network_id = e.network_id and g.id = e.goal_id
      where e.network_id = ${networkId} and e.goal_id is not null
        and e.occurred_on >= ${day(days.from)} and e.occurred_on < ${day(days.to)}
      group by g.ref, g.title
      order by 3 desc, g.ref`,
  );
  return rows.map(
    (r): GoalExchanges => ({ ref: Number(r.ref), title: String(r.title), exchanges: Number(r.exchanges) }),
  );
}

export function digestRepository(db: Database): DigestRepository {
  return {
    activity: (networkId, current, previous) => activity(db, networkId, current, previous),
    newLinks: (networkId, days) => newLinks(db, networkId, days),
    quietOrganisations: (networkId, days) => quietOrganisations(db, networkId, days),
    unexploredThemes: (networkId, days) => unexploredThemes(db, networkId, days),

    async organisationTypes(networkId) {
      const rows = await db
        .selectDistinct({ typeCode: organisations.typeCode })
        .from(organisations)
        .where(eq(organisations.networkId, networkId));
      return rows.map((r) => r.typeCode);
    },

    async newcomers(networkId, { start, end }) {
      const rows = await db
        .select({ name: members.displayName, organisation: organisations.name, themes: members.themes })
        .from(members)
        .leftJoin(
          organisations,
          and(eq(organisations.networkId, members.networkId), eq(organisations.id, members.organisationId)),
        )
        .where(
          and(eq(members.networkId, networkId), gte(members.createdAt, start), lt(members.createdAt, end)),
        )
        .orderBy(asc(members.createdAt), asc(members.displayName));
      return rows.map((r) => ({ name: r.name, organisation: r.organisation, themes: r.themes }));
    },

    goalChanges: (networkId, { start, end }) => goalChanges(db, networkId, start, end),
    goalExchanges: (networkId, days) => goalExchanges(db, networkId, days),

    async polls(networkId, { start, end }) {
      const closed = await db
        .select()
        .from(polls)
        .where(
          and(
            eq(polls.networkId, networkId),
            eq(polls.status, 'closed'),
            gte(polls.closedAt, start),
            lt(polls.closedAt, end),
          ),
        )
        .orderBy(asc(polls.closedAt), asc(polls.ref));
      const open = await db
        .select({ ref: polls.ref, question: polls.question, closesAt: polls.closesAt })
        .from(polls)
        .where(and(eq(polls.networkId, networkId), eq(polls.status, 'open')))
        .orderBy(asc(polls.closesAt), asc(polls.ref));
      return { closed: await withOptions(db, closed), open };
    },
  };
}
