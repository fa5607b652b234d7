// The scheduler tick's one query: every part a job asks for, as one UNION ALL of rows of one
// shape (`part` says which), so that an idle tick costs one statement whatever the number of
// networks. Networks are reached through their remembered next due instant (indexed), their
// latest claim through the claims' unique key. Instants travel as epoch milliseconds, which
// both drivers return as numbers.
import { type SQL, sql } from 'drizzle-orm';
import type { Network } from '../../src/core/model.ts';
import type {
  CafeCandidate,
  DueHint,
  DueHintKind,
  DueQuery,
  DueWork,
  ScheduleCandidate,
} from '../../src/core/scheduling/due-work.ts';
import { CAFE_KIND, DIGEST_KIND, RETENTION_KIND } from '../../src/core/scheduling/kinds.ts';
import type { Database } from '../client.ts';
import { type Row, rowsOf } from './involvement.ts';

const COLUMNS = {
  part: 'text',
  kind: 'text',
  network_id: 'uuid',
  slot: 'float8',
  subject_id: 'uuid',
  attempts: 'int4',
  time_zone: 'text',
  cron: 'text',
  weekday: 'int4',
  every: 'int4',
  due_at: 'float8',
  last_slot: 'float8',
  last_round: 'float8',
  basis: 'text',
} as const;
type Column = keyof typeof COLUMNS;

/** One part's select list: its values, typed nulls for the rest. */
function row(part: string, values: Partial<Record<Column, SQL>>): SQL {
  const list = Object.entries(COLUMNS).map(([name, type]) => {
    const value =
      name === 'part' ? sql.raw(`'${part}'`) : (values[name as Column] ?? sql.raw(`null::${type}`));
    return sql`${value} as ${sql.raw(name)}`;
  });
  return sql.join(list, sql`, `);
}

/** An instant as a parameter: postgres.js takes no Date in a raw query. */
const at = (value: Date) => sql`${value.toISOString()}::timestamptz`;
const ms = (value: SQL) => sql`(extract(epoch from ${value}) * 1000)::float8`;
const lastSlotOf = (kind: string) =>
  ms(sql`(select max(r.slot) from scheduled_runs r where r.network_id = n.id and r.kind = ${kind})`);
/** The bot was not removed from the space the column names. */
const stillIn = (spaceId: SQL) =>
  sql`not exists (select 1 from spaces s where s.id = ${spaceId} and s.removed_at is not null)`;
/**
 * The settings a kind's schedule is read from, as one text: a hint computed from them is
 * remembered only if they still hold when it is written (a change meanwhile would not show
 * in the hint's own value, reset to null twice).
 */
const BASIS: Record<DueHintKind, SQL> = {
  digest: sql`concat_ws(' ', n.time_zone, n.digest_cron)`,
  cafe: sql`concat_ws(' ', n.time_zone, n.cafe_weekday, n.cafe_every_weeks, n.cafe_requested_at)`,
  retention: sql`n.time_zone`,
};
const mayBeDue = (column: string, now: Date) =>
  sql`(n.${sql.raw(column)} is null or n.${sql.raw(column)} <= ${at(now)})`;

function stalePart({ stale }: DueQuery): SQL | undefined {
  if (stale.kinds.length === 0) return undefined;
  const kinds = sql.join(
    stale.kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  return sql`select ${row('stale', {
    kind: sql`u.kind`,
    network_id: sql`u.network_id`,
    slot: ms(sql`u.slot`),
    subject_id: sql`u.subject_id`,
    attempts: sql`u.attempts`,
  })} from (
    select r.kind, r.network_id, r.slot, r.subject_id, r.attempts,
      row_number() over (partition by r.kind order by r.claimed_at) as nth
    from scheduled_runs r
    where r.completed_at is null and r.claimed_at < ${at(stale.before)} and r.kind in (${kinds})
  ) u where u.nth <= ${stale.perKind}`;
}

function networkParts(query: DueQuery): SQL[] {
  const parts: SQL[] = [];
  if (query.digests)
    parts.push(sql`select ${row('digest', {
      network_id: sql`n.id`,
      time_zone: sql`n.time_zone`,
      cron: sql`n.digest_cron`,
      due_at: ms(sql`n.digest_due_at`),
      last_slot: lastSlotOf(DIGEST_KIND),
      basis: BASIS.digest,
    })} from networks n
      where n.digest_enabled and n.digest_space_id is not null and ${mayBeDue('digest_due_at', query.now)}
        and ${stillIn(sql`n.digest_space_id`)}`);
  if (query.cafes)
    parts.push(sql`select ${row('cafe', {
      network_id: sql`n.id`,
      time_zone: sql`n.time_zone`,
      weekday: sql`n.cafe_weekday`,
      every: sql`n.cafe_every_weeks`,
      slot: ms(sql`n.cafe_requested_at`),
      due_at: ms(sql`n.cafe_due_at`),
      last_slot: lastSlotOf(CAFE_KIND),
      last_round: ms(sql`(select max(c.slot) from cafe_rounds c where c.network_id = n.id)`),
      basis: BASIS.cafe,
    })} from networks n
      where n.cafe_enabled and n.cafe_space_id is not null and ${mayBeDue('cafe_due_at', query.now)}
        and ${stillIn(sql`n.cafe_space_id`)}`);
  if (query.retention)
    parts.push(
      sql`select ${row('retention', {
        network_id: sql`n.id`,
        time_zone: sql`n.time_zone`,
        due_at: ms(sql`n.retention_due_at`),
        last_slot: lastSlotOf(RETENTION_KIND),
        basis: BASIS.retention,
      })} from networks n where ${mayBeDue('retention_due_at', query.now)}`,
    );
  return parts;
}

function otherParts(query: DueQuery): SQL[] {
  const parts: SQL[] = [];
  if (query.polls)
    parts.push(sql`(select ${row('poll', { network_id: sql`p.network_id`, subject_id: sql`p.id` })}
      from polls p where p.status = 'open' and p.closes_at <= ${at(query.now)}
      order by p.closes_at limit ${query.polls.limit})`);
  if (query.cafeAsks)
    parts.push(sql`(select ${row('cafe-ask', { network_id: sql`c.network_id`, subject_id: sql`c.id` })}
      from cafe_rounds c
      where c.asked_at is null and c.slot <= ${at(query.cafeAsks.before)} and ${stillIn(sql`c.space_id`)}
      order by c.slot limit ${query.cafeAsks.limit})`);
  if (query.abandoned) {
    // From the few spaces removed long enough ago: their networks with no space kept.
    const { before, limit } = query.abandoned;
    parts.push(sql`(select ${row('abandoned', { network_id: sql`g.network_id` })}
      from (select distinct s.network_id from spaces s where s.removed_at < ${at(before)}) g
      where not exists (
        select 1 from spaces k
        where k.network_id = g.network_id and (k.removed_at is null or k.removed_at >= ${at(before)})
      )
      order by g.network_id limit ${limit})`);
  }
  return parts;
}

const dateOf = (value: unknown): Date | null => (value === null ? null : new Date(Number(value)));
const textOf = (value: unknown): string => String(value);

function candidate(r: Row): ScheduleCandidate {
  return {
    networkId: textOf(r.network_id),
    timeZone: textOf(r.time_zone),
    dueAt: dateOf(r.due_at),
    lastSlot: dateOf(r.last_slot),
    basis: textOf(r.basis),
  };
}

function sorted(rows: readonly Row[]): DueWork {
  const found: DueWork = {
    stale: [],
    polls: [],
    digests: [],
    cafes: [],
    cafeAsks: [],
    retention: [],
    abandoned: [],
  };
  for (const r of rows) {
    const networkId = textOf(r.network_id);
    const subjectId = r.subject_id === null ? null : textOf(r.subject_id);
    if (r.part === 'stale') {
      const ref = { networkId, slot: dateOf(r.slot), subjectId };
      found.stale.push({ kind: textOf(r.kind), ref, attempts: Number(r.attempts) });
    } else if (r.part === 'poll') found.polls.push({ networkId, pollId: subjectId ?? '' });
    else if (r.part === 'cafe-ask') found.cafeAsks.push({ networkId, roundId: subjectId ?? '' });
    else if (r.part === 'abandoned') found.abandoned.push(networkId);
    else if (r.part === 'digest') found.digests.push({ ...candidate(r), cron: textOf(r.cron) });
    else if (r.part === 'retention') found.retention.push(candidate(r));
    else if (r.part === 'cafe') found.cafes.push(cafeCandidate(r));
  }
  return found;
}

function cafeCandidate(r: Row): CafeCandidate {
  return {
    ...candidate(r),
    cafeWeekday: Number(r.weekday),
    cafeEveryWeeks: Number(r.every),
    requestedAt: dateOf(r.slot),
    lastRound: dateOf(r.last_round),
  };
}

export async function findDue(db: Database, query: DueQuery): Promise<DueWork> {
  const parts = [stalePart(query), ...networkParts(query), ...otherParts(query)].filter(
    (part): part is SQL => part !== undefined,
  );
  if (parts.length === 0) return sorted([]);
  return sorted(await rowsOf(db, sql.join(parts, sql` union all `)));
}

const HINT_COLUMNS: Record<DueHintKind, string> = {
  digest: 'digest_due_at',
  cafe: 'cafe_due_at',
  retention: 'retention_due_at',
};

/** A PostgreSQL array literal (one parameter, where drizzle would spread a JS array). */
const arrayOf = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

export async function rememberDue(db: Database, hints: readonly DueHint[]): Promise<void> {
  for (const [kind, column] of Object.entries(HINT_COLUMNS)) {
    const ofKind = hints.filter((h) => h.kind === kind);
    if (ofKind.length === 0) continue;
    const ids = arrayOf(ofKind.map((h) => h.networkId));
    const ats = arrayOf(ofKind.map((h) => h.at.toISOString()));
    const bases = arrayOf(ofKind.map((h) => h.basis));
    // Unless the schedule changed since it was read.
    await db.execute(sql`update networks n set ${sql.raw(column)} = v.at
      from unnest(${ids}::uuid[], ${ats}::timestamptz[], ${bases}::text[]) as v(id, at, basis)
      where n.id = v.id and ${BASIS[kind as DueHintKind]} = v.basis`);
  }
}

type SchedulePatch = Partial<
  Pick<Network, 'timeZone' | 'digestCron' | 'cafeWeekday' | 'cafeEveryWeeks' | 'cafeRequestedAt'>
>;

/**
 * What a change of a network's settings forgets of its remembered due instants: those its
 * schedule made (a new one may come sooner), and the café's when a round is asked for now.
 */
export function dueResets(patch: SchedulePatch): {
  digestDueAt?: null;
  cafeDueAt?: null;
  retentionDueAt?: null;
} {
  const has = (key: keyof SchedulePatch) => patch[key] !== undefined;
  return {
    ...(has('timeZone') || has('digestCron') ? { digestDueAt: null } : {}),
    ...(has('timeZone') || has('cafeWeekday') || has('cafeEveryWeeks') || has('cafeRequestedAt')
      ? { cafeDueAt: null }
      : {}),
    ...(has('timeZone') ? { retentionDueAt: null } : {}),
  };
}
