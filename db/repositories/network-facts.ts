// The organisations of a network and the exchanges between them per window of days, for the
// digest's network measures and map (src/core/digest/network/network-facts.ts): three
// set-based queries (organisations, ties, activity), each scoped by network, each counting
// every window in one pass with one filtered aggregate per window.
import { type SQL, sql } from 'drizzle-orm';
import type {
  NetworkFacts,
  OrgActivity,
  OrgNode,
  OrgTie,
} from '../../src/core/digest/network/network-facts.ts';
import type { DayRange } from '../../src/core/digest/period.ts';
import type { Database } from '../client.ts';
import { day, involvementWhere, type Row, rowsOf } from './involvement.ts';
import { ensureLinks } from './organisation-links.ts';

const MAX_WINDOWS = 12;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkWindows(windows: readonly DayRange[]): void {
  if (windows.length > MAX_WINDOWS)
    throw new RangeError(`at most ${MAX_WINDOWS} windows, not ${windows.length}`);
  for (const { from, to } of windows) {
    if (!DAY.test(from) || !DAY.test(to) || from > to)
      throw new RangeError(`not a window of days: ${from}..${to}`);
  }
}

const inWindow = (w: DayRange, column: SQL) =>
  sql`(${column} >= ${day(w.from)} and ${column} < ${day(w.to)})`;

/**
 * One `count(*) filter (…)` column per window: c0, c1, … Rows are distinct per exchange and
 * organisation (per exchange and pair after the self-join), so counting rows counts distinct
 * exchanges, without the sort per window and group a `count(distinct …)` costs.
 */
function countsPerWindow(windows: readonly DayRange[], occurred: SQL): SQL {
  return sql.join(
    windows.map((w, i) => sql`count(*) filter (where ${inWindow(w, occurred)})::int as ${sql.raw(`c${i}`)}`),
    sql`, `,
  );
}

const countsOf = (row: Row, windows: readonly DayRange[]) => windows.map((_, i) => Number(row[`c${i}`] ?? 0));

const DAY_MS = 86_400_000;
const daysIn = (w: DayRange) => Math.max(0, (Date.parse(w.to) - Date.parse(w.from)) / DAY_MS);
/** Up to a quarter of days, each exchange's participants are fetched through their index. */
const PER_EXCHANGE_DAYS = 92;

/**
 * The distinct (exchange, day, organisation) of the exchanges on a day of any window: one
 * row per exchange and organisation, since an exchange has one day.
 */
function organisationsInvolved(networkId: string, windows: readonly DayRange[]): SQL {
  const anyWindow = sql.join(
    windows.map((w) => inWindow(w, sql`e.occurred_on`)),
    sql` or `,
  );
  const days = windows.reduce((sum, w) => sum + daysIn(w), 0);
  const involved = involvementWhere(networkId, sql`(${anyWindow})`, {
    perExchange: days <= PER_EXCHANGE_DAYS,
  });
  return sql`select distinct i.exchange_id, i.occurred_on, i.organisation_id
    from (${involved}) i where i.organisation_id is not null`;
}

async function organisationsOf(db: Database, networkId: string, timeZone: string): Promise<OrgNode[]> {
  // The territory most of an organisation's members give (ties: the first in code point order).
  const rows = await rowsOf(
    db,
    sql`with given as (
        select organisation_id, territory, count(*) as members from members
        where network_id = ${networkId} and organisation_id is not null and forgotten_at is null
          and btrim(coalesce(territory, '')) <> ''
        group by organisation_id, territory
      ), territories as (
        select distinct on (organisation_id) organisation_id, territory from given
        order by organisation_id, members desc, territory collate "C"
      )
      select o.id, o.name, o.type_code, t.territory,
        (o.created_at at time zone ${timeZone}::text)::date::text as created_on
      from organisations o
      left join territories t on t.organisation_id = o.id
      where o.network_id = ${networkId}
      order by o.name, o.id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    typeCode: String(r.type_code),
    territory: r.territory === null || r.territory === undefined ? null : String(r.territory),
    createdOn: String(r.created_on),
  }));
}

/**
 * Ties and activity in one statement, so that the exchanges' organisations are gathered once
 * (a materialised CTE) for both: rows of kind `t` are pairs, rows of kind `o` organisations.
 * organisation_links holds each pair's first exchange ever (rebuilt first if stale); a pair
 * missing from it all the same falls back to its first day within the windows.
 */
async function tiesAndActivity(
  db: Database,
  networkId: string,
  windows: readonly DayRange[],
): Promise<{ ties: OrgTie[]; activity: OrgActivity[] }> {
  await ensureLinks(db, networkId);
  const rows = await rowsOf(
    db,
    sql`with inv as materialized (${organisationsInvolved(networkId, windows)}),
      pairs as (
        select a.organisation_id as first, b.organisation_id as second, min(a.occurred_on) as first_seen,
          ${countsPerWindow(windows, sql`a.occurred_on`)}
        from inv a join inv b on b.exchange_id = a.exchange_id and a.organisation_id < b.organisation_id
        group by a.organisation_id, b.organisation_id
      )
      select 't' as kind, p.*, coalesce(l.first_met_on, p.first_seen)::text as first_met_on
      from pairs p
      left join organisation_links l
        on l.network_id = ${networkId} and l.first_org = p.first and l.second_org = p.second
      union all
      select 'o', organisation_id, null, null, ${countsPerWindow(windows, sql`occurred_on`)}, null
      from inv group by organisation_id
      order by 1, 2, 3`,
  );
  const ties: OrgTie[] = [];
  const activity: OrgActivity[] = [];
  for (const r of rows) {
    if (r.kind === 't')
      ties.push({
        first: String(r.first),
        second: String(r.second),
        counts: countsOf(r, windows),
        firstMetOn: String(r.first_met_on),
      });
    else activity.push({ id: String(r.first), counts: countsOf(r, windows) });
  }
  return { ties, activity };
}

export async function networkFacts(
  db: Database,
  networkId: string,
  windows: readonly DayRange[],
  timeZone: string,
): Promise<NetworkFacts> {
  checkWindows(windows);
  const organisations = await organisationsOf(db, networkId, timeZone);
  if (windows.length === 0) return { windows: [], organisations, ties: [], activity: [] };
  const { ties, activity } = await tiesAndActivity(db, networkId, windows);
  return { windows: [...windows], organisations, ties, activity };
}
