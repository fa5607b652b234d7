// Copies the embedded database of a stopped bot into a plain-SQL file that a PostgreSQL
// server restores. It takes the data directory's lock, as the bot does: PGlite allows one
// process at a time, and a copy taken while the bot writes would not be consistent.
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { err, ok, type Result } from '../src/core/result.ts';
import { DataDirLockedError, lockDataDir } from './data-dir.ts';
import { findStrippedLines, quote, type StrippedLines } from './dump-stripped-lines.ts';
import { createEmbeddedPGlite } from './embedded-pglite.ts';
import { makePortable, type PortableDumpError } from './portable-dump.ts';

/** Where db/client.ts keeps PGlite's files inside DATA_DIR. */
const PGDATA = 'pgdata';
/** Owner and privileges of the server's restoring role apply; nothing PGlite-specific. */
const PG_DUMP_ARGS = ['--no-owner', '--no-privileges', '--no-tablespaces', '--rows-per-insert=200'];

export interface ExportRequest {
  dataDir: string;
  /** Where to write; default `<DATA_DIR>/backups/maillage-YYYYMMDD-HHMMSS.sql`. */
  file: string | undefined;
  now: Date;
}

export interface TableRows {
  table: string;
  rows: number;
}

export interface ExportSummary {
  file: string;
  bytes: number;
  tables: TableRows[];
  /** Their voters are keyed hashes made with the installation's secret. */
  openAnonymousPolls: number;
  /** Lines of pg_dump's output taken out for older servers. */
  removed: string[];
  /** Stored texts with a line that pglite-tools drops from the dump (see dump-stripped-lines.ts). */
  strippedLines: StrippedLines[];
  ms: number;
}

export type ExportRefusal =
  | { code: 'no-database'; dataDir: string }
  | { code: 'not-maillage'; dataDir: string }
  | { code: 'locked'; dataDir: string; pid: number }
  | { code: 'file-exists'; file: string }
  | PortableDumpError;

const two = (n: number) => String(n).padStart(2, '0');

/** `<DATA_DIR>/backups/maillage-20261121-093015.sql`, in the machine's local time. */
export function defaultExportFile(dataDir: string, now: Date): string {
  const day = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`;
  const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return join(dataDir, 'backups', `maillage-${day}-${time}.sql`);
}

export async function exportEmbedded(request: ExportRequest): Promise<Result<ExportSummary, ExportRefusal>> {
  const started = performance.now();
  const dataDir = resolve(request.dataDir);
  // Checked before taking the lock, which would create the directory.
  if (!existsSync(join(dataDir, PGDATA, 'PG_VERSION'))) return err({ code: 'no-database', dataDir });
  const file = resolve(request.file ?? defaultExportFile(dataDir, request.now));
  if (existsSync(file)) return err({ code: 'file-exists', file });
  let release: () => void;
  try {
    release = lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirLockedError) return err({ code: 'locked', dataDir, pid: error.pid });
    throw error;
  }
  try {
    // As the bot opens it: what PGlite writes meanwhile stays private, and synced.
    const pg = await createEmbeddedPGlite(join(dataDir, PGDATA));
    try {
      const dumped = await dumpDatabase(pg, dataDir, request.now);
      if (!dumped.ok) return dumped;
      const bytes = writePrivately(file, dumped.value.sql, dataDir);
      return ok({ ...dumped.value, file, bytes, ms: Math.round(performance.now() - started) });
    } finally {
      await pg.close();
    }
  } finally {
    release();
  }
}

type Dumped = Omit<ExportSummary, 'file' | 'bytes' | 'ms'> & { sql: string };

async function dumpDatabase(pg: PGlite, dataDir: string, now: Date): Promise<Result<Dumped, ExportRefusal>> {
  const marker = await pg.query<{ present: boolean }>(
    "select to_regclass('drizzle.__drizzle_migrations') is not null as present",
  );
  if (!marker.rows[0]?.present) return err({ code: 'not-maillage', dataDir });
  // Counted before pg_dump runs, in the same locked, quiet database.
  const tables = await countRows(pg);
  const polls = await pg.query<{ n: number }>(
    "select count(*)::int as n from public.polls where anonymous and status = 'open'",
  );
  const strippedLines = await findStrippedLines(pg);
  const dump = await pgDump({ pg, args: PG_DUMP_ARGS });
  const portable = makePortable(await dump.text(), [
    `Maillage: the embedded database of ${dataDir}, exported on ${now.toISOString()} by npm run db:export.`,
    'Restore it into an EMPTY database of a PostgreSQL 14 to 18 server:',
    '  psql -v ON_ERROR_STOP=1 -d postgres://USER@HOST:5432/DATABASE -f THIS_FILE',
    'then start Maillage with DATABASE_URL and the same MAILLAGE_SECRET (see the README).',
    '',
  ]);
  if (!portable.ok) return portable;
  return ok({
    sql: portable.value.sql,
    removed: portable.value.removed,
    tables,
    strippedLines,
    openAnonymousPolls: polls.rows[0]?.n ?? 0,
  });
}

async function countRows(pg: PGlite): Promise<TableRows[]> {
  const tables = await pg.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
     order by table_schema = 'public' desc, table_schema, table_name`,
  );
  const out: TableRows[] = [];
  for (const { schema, name } of tables.rows) {
    const counted = await pg.query<{ n: number }>(
      `select count(*)::int as n from ${quote(schema)}.${quote(name)}`,
    );
    out.push({ table: schema === 'public' ? name : `${schema}.${name}`, rows: counted.rows[0]?.n ?? 0 });
  }
  return out;
}

/** Written next to its final name, then renamed: an interrupted export leaves no half file. */
function writePrivately(file: string, sql: string, dataDir: string): number {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // mkdir leaves an existing directory as it was: DATA_DIR/backups is ours to make private
  // (a directory named on the command line is the operator's).
  if (dirname(file) === join(dataDir, 'backups')) chmodSync(dirname(file), 0o700);
  const partial = `${file}.partial`;
  // A leftover of an export that was killed (the lock keeps two exports apart).
  rmSync(partial, { force: true });
  try {
    writeFileSync(partial, sql, { mode: 0o600, flag: 'wx' });
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return statSync(file).size;
}
