// Migration 0015 moves the claims written before scheduled runs had columns: a key
// `<network>:<slot | subject | day>` and failed attempts as `#N` after claimed_by become
// network_id, slot or subject_id, and attempts; a daily purge's day becomes its start in the
// network's zone. Run on a fresh PGlite and, when configured, a fresh server database:
// migrated up to 0014, old claims written, then migrated to the end. Migration 0018 gives
// the polls already there their network's anonymity threshold.
import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type Database, MIGRATIONS_FOLDER } from '../../db/client.ts';
import { rowsOf } from '../../db/repositories/involvement.ts';
import { scheduledRunRepository } from '../../db/repositories/scheduled-runs.ts';
import * as schema from '../../db/schema.ts';

const BEFORE = '0014_poll_keys_without_foreign_key';

/** A copy of the migrations folder that ends with `lastTag`. */
function migrationsUpTo(lastTag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'maillage-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  const last = journal.entries.findIndex((e: { tag: string }) => e.tag === lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const file of readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')))
    copyFileSync(join(MIGRATIONS_FOLDER, file), join(folder, file));
  return folder;
}

interface Fresh {
  db: Database;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

async function freshPglite(): Promise<Fresh> {
  const client = await PGlite.create();
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Database,
    migrate: (folder) => migratePglite(db, { migrationsFolder: folder }),
    close: () => client.close(),
  };
}

async function freshServer(adminUrl: string): Promise<Fresh> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const name = `maillage_runs_migration_${process.pid}_${Date.now()}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema });
  return {
    db: db as unknown as Database,
    migrate: (folder) => migratePostgres(db, { migrationsFolder: folder }),
    close: async () => {
      await client.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

const adminUrl = inject('serverAdminUrl');
const kinds = [
  { kind: 'pglite', open: freshPglite, skip: false },
  { kind: 'postgres', open: () => freshServer(adminUrl ?? ''), skip: !adminUrl },
];
const before = migrationsUpTo(BEFORE);
const beforeThresholds = migrationsUpTo('0017_goal_update_texts');
afterAll(() => {
  rmSync(before, { recursive: true, force: true });
  rmSync(beforeThresholds, { recursive: true, force: true });
});

for (const { kind, open, skip } of kinds) {
  describe.skipIf(skip)(`migration of scheduled runs to columns [${kind}]`, () => {
    it('moves each old key to its network, slot or subject, and #N to attempts', async () => {
      const fresh = await open();
      try {
        await fresh.migrate(before);
        const paris = randomUUID();
        const gone = randomUUID();
        const poll = randomUUID();
        const round = randomUUID();
        await fresh.db.execute(sql`insert into networks (id, name, locale, time_zone, digest_cron)
          values (${paris}, 'Réseau', 'fr', 'Europe/Paris', '0 9 * * 1')`);
        const old = [
          ['digest', `${paris}:2031-01-06T08:00:00.000Z`, 'host-a:12#2', null],
          ['digest:notice', `${paris}:2031-01-06T08:00:00.000Z`, 'host-a:12', '2031-01-06T08:01:00Z'],
          ['poll-close', `${paris}:${poll}`, 'host-b:7', '2031-01-06T08:02:00Z'],
          ['cafe-ask', `${paris}:${round}`, 'host-b:7#1', null],
          ['retention', `${paris}:2031-01-06`, 'host-a:12', '2031-01-06T00:00:10Z'],
          ['network-delete', `${gone}:2031-01-06`, 'host-a:12', '2031-01-06T00:00:20Z'],
          ['test-job', 'not-a-network:anything', 'a-test', null],
        ];
        for (const [jobKind, key, by, completed] of old)
          await fresh.db.execute(sql`insert into scheduled_runs (kind, key, claimed_by, claimed_at, completed_at)
            values (${jobKind}, ${key}, ${by}, '2031-01-06T08:00:00Z', ${completed}::timestamptz)`);

        await fresh.migrate(MIGRATIONS_FOLDER);

        const rows = await rowsOf(
          fresh.db,
          sql`select kind, network_id::text as network, to_char(slot at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as slot,
            subject_id::text as subject, claimed_by, attempts, completed_at is not null as done
            from scheduled_runs order by kind`,
        );
        const run = (k: string, network: string, slot: string | null, subject: string | null) => ({
          kind: k,
          network,
          slot,
          subject,
        });
        expect(rows).toEqual([
          { ...run('cafe-ask', paris, null, round), claimed_by: 'host-b:7', attempts: 1, done: false },
          {
            ...run('digest', paris, '2031-01-06T08:00', null),
            claimed_by: 'host-a:12',
            attempts: 2,
            done: false,
          },
          {
            ...run('digest:notice', paris, '2031-01-06T08:00', null),
            claimed_by: 'host-a:12',
            attempts: 0,
            done: true,
          },
          // A deletion's day is in UTC, its network gone.
          {
            ...run('network-delete', gone, '2031-01-06T00:00', null),
            claimed_by: 'host-a:12',
            attempts: 0,
            done: true,
          },
          { ...run('poll-close', paris, null, poll), claimed_by: 'host-b:7', attempts: 0, done: true },
          // The purge's day starts at midnight in Paris.
          {
            ...run('retention', paris, '2031-01-05T23:00', null),
            claimed_by: 'host-a:12',
            attempts: 0,
            done: true,
          },
        ]);

        // The moved claims are the runs the scheduler names: claiming one again gets nothing.
        const runs = scheduledRunRepository(fresh.db);
        const slot = new Date('2031-01-06T08:00:00Z');
        expect(await runs.claim('digest', { networkId: paris, slot, subjectId: null }, 'x', slot)).toBe(
          false,
        );
        expect(
          await runs.claim('poll-close', { networkId: paris, slot: null, subjectId: poll }, 'x', slot),
        ).toBe(false);
        expect(await runs.latestSlot('digest', paris)).toEqual(slot);
      } finally {
        await fresh.close();
      }
    });
  });
}

for (const { kind, open, skip } of kinds) {
  describe.skipIf(skip)(`migration 0018, each poll's threshold [${kind}]`, () => {
    it('gives the polls already there the threshold of their network, so a lowering uncovers none', async () => {
      const fresh = await open();
      try {
        await fresh.migrate(beforeThresholds);
        const [strict, plain] = [randomUUID(), randomUUID()];
        for (const [network, min] of [
          [strict, 7],
          [plain, 3],
        ] as const) {
          await fresh.db.execute(sql`insert into networks (id, name, locale, time_zone, digest_cron, poll_min_breakdown)
            values (${network}, 'Réseau', 'fr', 'Europe/Paris', '0 9 * * 1', ${min})`);
          await fresh.db.execute(sql`insert into polls (network_id, ref, question, closes_at)
            values (${network}, 1, 'Quel jour ?', '2031-01-06T08:00:00Z')`);
        }
        await fresh.migrate(MIGRATIONS_FOLDER);
        const rows = await rowsOf(
          fresh.db,
          sql`select network_id::text as network, min_breakdown from polls order by min_breakdown`,
        );
        expect(rows).toEqual([
          { network: plain, min_breakdown: 3 },
          { network: strict, min_breakdown: 7 },
        ]);
      } finally {
        await fresh.close();
      }
    });
  });
}
