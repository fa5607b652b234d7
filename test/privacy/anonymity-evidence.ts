// How the attacker of anonymous polls gathers evidence: every heap page of every table
// through pageinspect (live and dead tuples, with their xmin), and the raw bytes of every
// file — a copy of an embedded DATA_DIR read from disk, or on the server the suite
// database's relation files and the WAL segments written during the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Tuple } from './anonymity-attacker.ts';

/** A superuser session on the database under attack. */
export type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const hexToBuffer = (hex: unknown) => (typeof hex === 'string' ? Buffer.from(hex, 'hex') : null);

/** Every tuple of every table of the public schema, live or dead, with its attributes' bytes. */
export async function everyTuple(query: Query): Promise<Tuple[]> {
  await query('create extension if not exists pageinspect');
  const tables = await query(
    `select c.relname as name,
            (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as blocks
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'`,
  );
  const tuples: Tuple[] = [];
  for (const { name, blocks } of tables) {
    for (let block = 0; block < Number(blocks); block++) {
      const rows = await query(
        `select t_xmin::text as xmin,
                array(select encode(a, 'hex') from unnest(t_attrs) with ordinality as u(a, n) order by n) as attrs
           from heap_page_item_attrs(get_raw_page($1, $2), $1::regclass)
          where t_xmin is not null`,
        [name, block],
      );
      for (const row of rows)
        tuples.push({
          table: String(name),
          xmin: Number(row.xmin),
          attrs: (row.attrs as unknown[]).map(hexToBuffer),
        });
    }
  }
  return tuples;
}

/** Every file under a directory (a copy of DATA_DIR: heap, indexes, WAL, the secret). */
export function filesUnder(root: string): { name: string; bytes: Buffer }[] {
  const files: { name: string; bytes: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({ name: path.slice(root.length + 1), bytes: readFileSync(path) });
    }
  };
  walk(root);
  return files;
}

/** The server's current WAL position, to read the segments written from there on. */
export async function walPosition(query: Query): Promise<string> {
  const [row] = await query('select pg_walfile_name(pg_current_wal_lsn()) as name');
  return String(row?.name);
}

function nextSegment(name: string): string {
  const timeline = name.slice(0, 8);
  const value = BigInt(`0x${name.slice(8, 16)}`) * 256n + BigInt(`0x${name.slice(16)}`) + 1n;
  const hex = (n: bigint) => n.toString(16).toUpperCase().padStart(8, '0');
  return `${timeline}${hex(value / 256n)}${hex(value % 256n)}`;
}

async function readServerFile(query: Query, path: string): Promise<Buffer | undefined> {
  try {
    const [row] = await query('select pg_read_binary_file($1) as bytes', [path]);
    const bytes = row?.bytes;
    return bytes instanceof Uint8Array ? Buffer.from(bytes) : undefined;
  } catch {
    return undefined;
  }
}

/** On the server: the database's relation files and the WAL segments from `fromSegment` on. */
export async function serverFiles(
  query: Query,
  fromSegment: string,
): Promise<{ name: string; bytes: Buffer }[]> {
  const files: { name: string; bytes: Buffer }[] = [];
  const relations = await query(
    `select pg_relation_filepath(c.oid) as path
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'pg_toast') and c.relkind in ('r', 'i', 't')
        and pg_relation_filepath(c.oid) is not null`,
  );
  for (const { path } of relations) {
    const bytes = await readServerFile(query, String(path));
    if (bytes && bytes.length > 0) files.push({ name: String(path), bytes });
  }
  await query('select pg_switch_wal()');
  const last = await walPosition(query);
  for (let name = fromSegment; ; name = nextSegment(name)) {
    const bytes = await readServerFile(query, `pg_wal/${name}`);
    if (bytes) files.push({ name: `pg_wal/${name}`, bytes });
    if (name === last) break;
  }
  return files;
}
