// Helpers of the export tests: the real entry points in child processes (the bot's shell,
// `npm run db:export`), psql, a database and role of the test's own on the server, row
// counts of every table, and a large generated network.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';

export const ROOT = join(import.meta.dirname, '..', '..');
/** As package.json runs them; not tsx's CLI, whose child process would hold the lock. */
const NODE_TSX = ['--import', 'tsx'];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A clean environment: only what is given, so no developer setting leaks in. */
function cleanEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: tmpdir(), LOG_LEVEL: 'warn', ...env };
}

function collect(command: string, args: string[], env: Record<string, string>, input = ''): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => {
    out.stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    out.stderr += String(chunk);
  });
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ...out, ms: Math.round(performance.now() - started) }));
  });
}

/** The bot (`npm start`'s entry point) in the shell, with piped lines. */
export function runBot(env: Record<string, string>, lines: readonly string[]): Promise<Run> {
  return collect(process.execPath, [...NODE_TSX, 'src/main.ts'], env, `${lines.join('\n')}\n`);
}

/** The bot with its input left open, until `stop` ends it; `ready` once it serves. */
export function startBot(env: Record<string, string>) {
  const child = spawn(process.execPath, [...NODE_TSX, 'src/main.ts'], {
    cwd: ROOT,
    env: cleanEnv({ ...env, LOG_LEVEL: 'info' }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
      if (stderr.includes('"msg":"ready"')) resolve();
    });
    child.on('close', () => reject(new Error(`the bot stopped before it was ready: ${stderr}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  child.stdout.resume();
  const stop = () => {
    child.stdin.end();
    return exit;
  };
  return { pid: child.pid ?? 0, ready, stop };
}

/** `npm run db:export [-- FILE]` itself, or the script it runs when `npm` is false. */
export function runExport(env: Record<string, string>, args: string[] = [], npm = true): Promise<Run> {
  if (npm)
    return collect('npm', ['run', '--silent', 'db:export', ...(args.length ? ['--', ...args] : [])], env);
  return collect(process.execPath, [...NODE_TSX, 'db/export.ts', ...args], env);
}

export async function psqlRestore(url: string, file: string): Promise<number> {
  const started = performance.now();
  await promisify(execFile)('/usr/bin/psql', ['-v', 'ON_ERROR_STOP=1', '-q', '-d', url, '-f', file], {
    maxBuffer: 1 << 24,
  });
  return Math.round(performance.now() - started);
}

/** An empty database owned by a role of its own (not a superuser), as an operator makes one. */
export class RestoreTarget {
  private readonly suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  readonly role = `maillage_export_${this.suffix}`;
  readonly name = `maillage_export_${this.suffix}`;
  private readonly password = randomBytes(12).toString('hex');
  private readonly admin;
  readonly url: string;

  constructor(adminUrl: string) {
    this.admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    const url = new URL(adminUrl);
    url.username = this.role;
    url.password = this.password;
    url.pathname = `/${this.name}`;
    this.url = url.toString();
  }

  async create(): Promise<void> {
    await this.admin.unsafe(`create role ${this.role} login password '${this.password}'`);
    await this.admin.unsafe(`create database ${this.name} owner ${this.role}`);
  }

  async drop(): Promise<void> {
    await this.admin.unsafe(`drop database if exists ${this.name} with (force)`);
    await this.admin.unsafe(`drop role if exists ${this.role}`);
    await this.admin.end({ timeout: 5 });
  }
}

type Query = (text: string) => Promise<Record<string, unknown>[]>;

export const pgliteQuery =
  (pg: PGlite): Query =>
  async (text) =>
    (await pg.query<Record<string, unknown>>(text)).rows;

export const serverQuery =
  (sql: postgres.Sql): Query =>
  async (text) => [...(await sql.unsafe(text))];

/** Rows of every table of the database, `drizzle.` prefixed as the export prints them. */
export async function countEveryTable(query: Query): Promise<Record<string, number>> {
  const tables = await query(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const out: Record<string, number> = {};
  for (const { schema, name } of tables as Array<{ schema: string; name: string }>) {
    const [row] = await query(`select count(*)::int as n from "${schema}"."${name}"`);
    out[schema === 'public' ? name : `${schema}.${name}`] = Number(row?.n);
  }
  return out;
}

/** The "Rows per table" block of the export's report. */
export function reportedCounts(stdout: string): Record<string, number> {
  const block = stdout.slice(
    stdout.indexOf('Rows per table'),
    stdout.indexOf('\n\n', stdout.indexOf('Rows per')),
  );
  const out: Record<string, number> = {};
  for (const [, table, rows] of block.matchAll(/^ {2}(\S+)\s+([\d,]+)$/gm)) {
    out[table ?? ''] = Number((rows ?? '').replaceAll(',', ''));
  }
  return out;
}

/** Texts that a naive line filter of the dump would damage; one the dump tool itself does. */
export const TRICKY_NOTES = [
  'Ligne 1\nSET transaction_timeout = 0;\nLigne 3',
  "Il a dit : « l'orientation » ; \\ un antislash ; $maillage$ ; COMMIT; ROLLBACK;",
  'emoji 🤝, RTL \u202eabc\u202c, sans largeur \u200b, tab\tfin',
  'COPY x FROM stdin;\n\\.\n--\n-- PostgreSQL database dump complete\n--',
];
export const STRIPPED_NOTE = { stored: 'avant\n\\restrict clé\naprès', dumped: 'avant\naprès' };

/** 300 members in 40 organisations and `exchanges` exchanges over two years, by SQL. */
export async function generateNetwork(pg: PGlite, networkId: string, exchanges: number): Promise<void> {
  await pg.query(
    `insert into organisations (network_id, name, name_key, type_code)
     select $1, 'Structure ' || g, 'structure ' || g, (array['CS','ML','PRE','CCAS'])[1 + g % 4]
     from generate_series(1, 40) g`,
    [networkId],
  );
  await pg.query(
    `with o as (select array_agg(id order by name) a from organisations where network_id = $1)
     insert into members (network_id, display_name, organisation_id, role_title, territory, themes)
     select $1, 'Membre ' || g, o.a[1 + g % 40], 'Éducatrice spécialisée', 'Cergy', array['famille', 'logement']
     from generate_series(1, 300) g, o`,
    [networkId],
  );
  await pg.query(
    `with m as (select array_agg(id order by display_name) a from members where network_id = $1)
     insert into exchanges (network_id, author_id, kind, occurred_on, themes, note, ref)
     select $1, m.a[1 + g % 300], (array['meeting','call','handover','joint-action','other'])[1 + g % 5],
       date '2026-11-20' - (g % 700), array['famille'],
       case when g % 3 = 0 then null else 'Préparation du forum emploi, orientation n° ' || g end, g
     from generate_series(1, $2::int) g, m`,
    [networkId, exchanges],
  );
  await pg.query(
    `with m as (select array_agg(id order by display_name) a from members where network_id = $1)
     insert into exchange_participants (network_id, exchange_id, member_id)
     select $1, e.id, m.a[1 + (e.ref * 7) % 300] from exchanges e, m where e.network_id = $1`,
    [networkId],
  );
  for (const [index, note] of [...TRICKY_NOTES, STRIPPED_NOTE.stored].entries()) {
    await pg.query('update exchanges set note = $1 where network_id = $2 and ref = $3', [
      note,
      networkId,
      index + 1,
    ]);
  }
}

/** Every exchange's ref and note, in ref order, to compare two copies. */
export const NOTES_QUERY = 'select ref, note from exchanges order by ref';
