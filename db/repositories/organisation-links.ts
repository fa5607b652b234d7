// The pairs of organisations that took part in an exchange together, with the day of their
// first one, kept in organisation_links. Logging an exchange adds its pairs (or moves a
// first meeting earlier); a change that can remove a fact (an exchange deleted, a name
// withdrawn, a member's organisation changed, a merge) marks the network stale instead, and
// the next reader rebuilds the table from the exchanges. Every writer first locks the
// network's row (as numbering an exchange already does), so a rebuild never misses an
// exchange logged meanwhile, and a stale mark never lands on a table it did not see.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { networks } from '../schema.ts';
import { involvementWhere, rowsOf } from './involvement.ts';

/** Locks the network's row for the rest of the transaction; says whether its links are stale. */
export async function lockNetwork(db: Database, networkId: string): Promise<boolean | undefined> {
  const [row] = await db
    .select({ stale: networks.organisationLinksStale })
    .from(networks)
    .where(eq(networks.id, networkId))
    .for('update')
    .execute(); // sent now, not when awaited (callers pipeline statements after it)
  return row?.stale;
}

/**
 * Inserts the pairs of the exchanges matching `where`, keeping each pair's earliest day; with
 * `unlessStale`, only if the network's links are not stale (read by the statement itself).
 */
async function insertPairs(
  db: Database,
  networkId: string,
  where: ReturnType<typeof sql>,
  { unlessStale = false } = {},
) {
  const fresh = unlessStale
    ? sql`where not coalesce((select organisation_links_stale from networks where id = ${networkId}), true)`
    : sql``;
  await db
    .execute(sql`
    with inv as (
      select distinct exchange_id, occurred_on, organisation_id
      from (${involvementWhere(networkId, where)}) i where organisation_id is not null
    )
    insert into organisation_links (network_id, first_org, second_org, first_met_on)
    select ${networkId}, a.organisation_id, b.organisation_id, min(a.occurred_on)
    from inv a join inv b on b.exchange_id = a.exchange_id and a.organisation_id < b.organisation_id
    ${fresh}
    group by a.organisation_id, b.organisation_id
    on conflict (network_id, first_org, second_org)
    do update set first_met_on = least(organisation_links.first_met_on, excluded.first_met_on)`)
    .execute();
}

/**
 * The pairs of a new exchange, sent right after the network's row was locked (and the exchange
 * and its participants inserted) in the same transaction: nothing when the links are stale,
 * since the next rebuild reads this exchange anyway.
 */
export function recordNewExchangeLinks(db: Database, networkId: string, exchangeId: string) {
  return insertPairs(db, networkId, sql`e.id = ${exchangeId}`, { unlessStale: true });
}

/** After people are added to an exchange, in the same transaction. */
export async function recordExchangeLinks(db: Database, networkId: string, exchangeId: string) {
  // Stale: the next rebuild reads this exchange anyway.
  if ((await lockNetwork(db, networkId)) !== false) return;
  await insertPairs(db, networkId, sql`e.id = ${exchangeId}`);
}

/** After a change that may remove a pair or make a first meeting later. */
export async function markLinksStale(db: Database, networkId: string) {
  await db.update(networks).set({ organisationLinksStale: true }).where(eq(networks.id, networkId));
}

/** Before a member's organisation changes: stale only if they took part in an exchange. */
export async function markLinksStaleIfMoved(
  db: Database,
  networkId: string,
  memberId: string,
  organisationId: string | null | undefined,
) {
  const rows = await rowsOf(
    db,
    sql`select 1 from members m where m.network_id = ${networkId} and m.id = ${memberId}
      and m.organisation_id is distinct from ${organisationId ?? null}::uuid
      and (exists (select 1 from exchanges e where e.network_id = m.network_id and e.author_id = m.id)
        or exists (select 1 from exchange_participants p where p.network_id = m.network_id and p.member_id = m.id))`,
  );
  if (rows.length > 0) await markLinksStale(db, networkId);
}

/** Rebuilds the network's links if they are stale; a no-op (one read) otherwise. */
export async function ensureLinks(db: Database, networkId: string) {
  const [row] = await db
    .select({ stale: networks.organisationLinksStale })
    .from(networks)
    .where(eq(networks.id, networkId));
  if (!row?.stale) return;
  if (!(await lockNetwork(db, networkId))) return;
  await db.execute(sql`delete from organisation_links where network_id = ${networkId}`);
  await insertPairs(db, networkId, sql`true`);
  await db.update(networks).set({ organisationLinksStale: false }).where(eq(networks.id, networkId));
}

export interface OrganisationPair {
  firstId: string;
  secondId: string;
  firstMetOn: string;
}

/** Pairs whose first exchange together falls between `from` (inclusive) and `to` (exclusive). */
export async function linksFirstMetBetween(
  db: Database,
  networkId: string,
  from: string,
  to: string,
): Promise<OrganisationPair[]> {
  await ensureLinks(db, networkId);
  const rows = await rowsOf(
    db,
    sql`select first_org, second_org, first_met_on::text as first_met_on from organisation_links
      where network_id = ${networkId} and first_met_on >= ${from}::date and first_met_on < ${to}::date`,
  );
  return rows.map((r) => ({
    firstId: String(r.first_org),
    secondId: String(r.second_org),
    firstMetOn: String(r.first_met_on),
  }));
}

/** Every pair of organisations of the network that ever logged an exchange together. */
export async function allLinks(db: Database, networkId: string): Promise<OrganisationPair[]> {
  await ensureLinks(db, networkId);
  const rows = await rowsOf(
    db,
    sql`select first_org, second_org, first_met_on::text as first_met_on
      from organisation_links where network_id = ${networkId}`,
  );
  return rows.map((r) => ({
    firstId: String(r.first_org),
    secondId: String(r.second_org),
    firstMetOn: String(r.first_met_on),
  }));
}
