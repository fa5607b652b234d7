// The digest's aggregates in SQL: a handful of set-based queries, each scoped by network,
// that return figures and names only (never an exchange's note). Raw results differ between
// PGlite ({ rows }) and postgres.js (an array, bigints as strings): `rowsOf` and Number()
// normalise them.
import { and, asc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
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
import { digestHistory, idleGoals, pastDigest, recordDigest } from './digest-history.ts';
import { day, involvement, type Row, rowsOf } from './involvement.ts';
import { networkFacts } from './network-facts.ts';
import { linksFirstMetBetween } from './organisation-links.ts';
import { withOptions } from './polls.ts';

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

const uuids = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** Pairs of organisations whose first exchange together falls within `days` (organisation_links). */
async function newLinks(db: Database, networkId: string, days: DayRange): Promise<NewLink[]> {
  const found = await linksFirstMetBetween(db, networkId, days.from, days.to);
  if (found.length === 0) return [];
  const ids = [...new Set(found.flatMap((p) => [p.firstId, p.secondId]))];
  const names = new Map(
    (
      await rowsOf(
        db,
        sql`select id, name from organisations where network_id = ${networkId} and id = any(${uuids(ids)})`,
      )
    ).map((r) => [String(r.id), String(r.name)]),
  );
  return found
    .map((p) => {
      const a = { id: p.firstId, name: names.get(p.firstId) ?? '' };
      const b = { id: p.secondId, name: names.get(p.secondId) ?? '' };
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
        -- An organisation that joined during the window has not had its 4 weeks yet.
        and o.created_at < ${day(days.from)}
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
          and(
            eq(members.networkId, networkId),
            gte(members.createdAt, start),
            lt(members.createdAt, end),
            isNull(members.forgottenAt),
          ),
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

    networkFacts: (networkId, windows, timeZone) => networkFacts(db, networkId, windows, timeZone),
    record: (networkId, slot, named) => recordDigest(db, networkId, slot, named),
    history: (networkId, limit) => digestHistory(db, networkId, limit),
    past: (networkId, ref) => pastDigest(db, networkId, ref),
    idleGoals: (networkId, since) => idleGoals(db, networkId, since),
  };
}
