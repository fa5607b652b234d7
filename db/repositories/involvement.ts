// Who and which organisations each exchange involves: the author, each member named (with
// the organisation each member belongs to now) and each organisation named. Shared by the
// digest's aggregates and the organisation links derived from the exchanges.
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';

export type Row = Record<string, unknown>;

/** Raw results differ between PGlite ({ rows }) and postgres.js (an array): one shape. */
export async function rowsOf(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}

export const day = (value: string) => sql`${value}::date`;

/**
 * One row per person or organisation of each exchange of the network matching `where`
 * (a condition on `e`, the exchanges): exchange_id, occurred_on, member_id, organisation_id.
 * With `perExchange`, each exchange's participants are fetched through their index (for a
 * period out of years of exchanges); without it, joined (when most exchanges match).
 */
export function involvementWhere(networkId: string, where: SQL, { perExchange = false } = {}) {
  const range = sql`e.network_id = ${networkId} and ${where}`;
  // OFFSET 0 keeps the subquery from being flattened into a join: left to itself the planner,
  // costing each index probe as a random read, hashes every participant of the network
  // (200,000 for 100,000 exchanges) to keep the 4,000 of a fortnight.
  const participants = perExchange
    ? sql`cross join lateral (
        select p.member_id, p.organisation_id from exchange_participants p
        where p.network_id = e.network_id and p.exchange_id = e.id offset 0
      ) p`
    : sql`join exchange_participants p on p.network_id = e.network_id and p.exchange_id = e.id`;
  return sql`
    select e.id as exchange_id, e.occurred_on, e.author_id as member_id, m.organisation_id
    from exchanges e
    join members m on m.network_id = e.network_id and m.id = e.author_id
    where ${range}
    union all
    select e.id, e.occurred_on, p.member_id, coalesce(p.organisation_id, m.organisation_id)
    from exchanges e
    ${participants}
    left join members m on m.network_id = e.network_id and m.id = p.member_id
    where ${range}`;
}

/** The involvement of the exchanges between `from` (inclusive; null: the first) and `to` (exclusive). */
export function involvement(networkId: string, from: string | null, to: string) {
  if (from === null) return involvementWhere(networkId, sql`e.occurred_on < ${day(to)}`);
  return involvementWhere(networkId, sql`e.occurred_on >= ${day(from)} and e.occurred_on < ${day(to)}`, {
    perExchange: true,
  });
}
