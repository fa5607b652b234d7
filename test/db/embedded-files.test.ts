// The embedded database's files on disk, checked from outside: private to the account
// that runs Maillage whatever its umask (those PGlite writes later included), an existing
// loose directory tightened at start, and commits that reach the disk through fsync(2).
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Database, openEmbedded } from '../../db/client.ts';
import { loadOrCreateSecret } from '../../db/data-dir.ts';
import { embeddedSyncs } from '../../db/embedded-pglite.ts';
import { exportEmbedded } from '../../db/export-embedded.ts';

const root = mkdtempSync(join(tmpdir(), 'maillage-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let umask: number;
beforeEach(() => {
  // The usual umask, under which PGlite left ~970 files readable and writable by everyone.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
});

interface Entry {
  path: string;
  mode: string;
}

/** Every entry under `dir` (itself included) whose mode is not 0600 (file) or 0700 (directory). */
function notPrivate(dir: string): Entry[] {
  const out: Entry[] = [];
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const mode = stat.mode & 0o777;
    if (mode !== (stat.isDirectory() ? 0o700 : 0o600)) out.push({ path, mode: mode.toString(8) });
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return out;
}

const walSegments = (dataDir: string) =>
  readdirSync(join(dataDir, 'pgdata', 'pg_wal')).filter((name) => /^[0-9A-F]{24}$/.test(name));

function countEntries(dir: string): number {
  return readdirSync(dir, { recursive: true }).length + 1;
}

/**
 * A migrated database in `dataDir`, from the run's dump. Not durable: PostgreSQL would
 * start it as after a crash and fsync each of its files first (2,400 calls, seconds).
 */
function seeded(dataDir: string) {
  return openEmbedded(dataDir, {
    loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]),
    durable: false,
  });
}

async function rows(db: Database, text: string): Promise<Array<Record<string, unknown>>> {
  return ((await db.execute(sql.raw(text))) as unknown as { rows: Array<Record<string, unknown>> }).rows;
}

describe('the embedded database on disk', () => {
  it('is private under umask 022: DATA_DIR 0700, every file 0600, those written later too', async () => {
    const dataDir = join(root, 'fresh');
    // A new database, made the way a first start makes it (initdb, then unpacked into pgdata).
    const opened = await openEmbedded(dataDir);
    const { db } = opened;
    await rows(db, 'create table notes (id serial primary key, note text)');
    await rows(db, "insert into notes (note) values ('rencontre avec la PRE')");
    // A new WAL segment and new relation files, written after the start.
    const walBefore = walSegments(dataDir);
    await rows(db, 'select pg_switch_wal()');
    await rows(db, 'create table later (id int primary key)');
    await rows(db, 'insert into later values (1)');
    expect(notPrivate(dataDir)).toEqual([]);
    await opened.close();
    loadOrCreateSecret(dataDir);
    expect(notPrivate(dataDir)).toEqual([]);
    expect(countEntries(join(dataDir, 'pgdata'))).toBeGreaterThan(900);
    expect(walSegments(dataDir).filter((name) => !walBefore.includes(name))).not.toEqual([]);
  });

  it('tightens an existing directory at start, and says how many entries it changed, once', async () => {
    const dataDir = join(root, 'loose');
    await (await seeded(dataDir)).close();
    writeFileSync(join(dataDir, 'secret'), 'x'.repeat(43));
    mkdirSync(join(dataDir, 'exports'));
    writeFileSync(join(dataDir, 'exports', 'maillage-mes-donnees-2026-11-20.json'), '{}');
    mkdirSync(join(dataDir, 'backups'));
    writeFileSync(join(dataDir, 'backups', 'maillage-20261121-093015.sql'), '-- dump');
    // As an older Maillage left it: directories 0755, PGlite's files 0666, others 0644.
    const loosen = (path: string) => {
      const stat = lstatSync(path);
      chmodSync(path, stat.isDirectory() ? 0o755 : path.includes('pgdata') ? 0o666 : 0o644);
      if (stat.isDirectory()) for (const name of readdirSync(path)) loosen(join(path, name));
    };
    loosen(dataDir);
    const entries = countEntries(dataDir);
    expect(notPrivate(dataDir)).toHaveLength(entries);

    const said: number[] = [];
    const reopened = await openEmbedded(dataDir, { onTightened: (n) => said.push(n) });
    expect(said).toEqual([entries]);
    expect(notPrivate(dataDir)).toEqual([]);
    const [migrations] = await rows(
      reopened.db,
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(migrations?.n).toBeGreaterThan(0);
    await reopened.close();

    const again = await openEmbedded(dataDir, { onTightened: (n) => said.push(n) });
    await again.close();
    expect(said).toEqual([entries]);
  });

  it('syncs each commit to the disk: fsync on, the WAL synced by fsync(2), one call per commit', async () => {
    const dataDir = join(root, 'durable');
    await (await seeded(dataDir)).close();
    const opened = await openEmbedded(dataDir);
    const settings = await rows(
      opened.db,
      "select name, setting from pg_settings where name in ('fsync', 'wal_sync_method', 'full_page_writes') order by name",
    );
    expect(settings).toEqual([
      { name: 'fsync', setting: 'on' },
      { name: 'full_page_writes', setting: 'on' },
      { name: 'wal_sync_method', setting: 'fsync' },
    ]);
    await rows(opened.db, 'create table acknowledged (id int primary key)');
    const before = embeddedSyncs();
    for (let i = 0; i < 20; i++) await rows(opened.db, `insert into acknowledged values (${i})`);
    expect(embeddedSyncs() - before).toBeGreaterThanOrEqual(20);
    await opened.close();
  });

  it('writes db:export files private, in a DATA_DIR/backups made private even when it existed', async () => {
    const dataDir = join(root, 'export');
    await (await seeded(dataDir)).close();
    mkdirSync(join(dataDir, 'backups'), { mode: 0o755 });
    chmodSync(join(dataDir, 'backups'), 0o755);
    const exported = await exportEmbedded({ dataDir, file: undefined, now: new Date() });
    expect(exported.ok).toBe(true);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);
    expect(notPrivate(dataDir)).toEqual([]);
  });
});
