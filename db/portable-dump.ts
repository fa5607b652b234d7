// Turns the plain-SQL dump that PGlite's pg_dump (PostgreSQL 18) writes into one that
// PostgreSQL 14 to 18 servers restore with `psql -v ON_ERROR_STOP=1 -f FILE`. Only the
// dump's opening settings and its end are touched, never a line of data (a note may hold
// any text, "SET transaction_timeout = 0;" on a line of its own included).
import { err, ok, type Result } from '../src/core/result.ts';

/** Settings pg_dump 18 writes that older servers reject (`transaction_timeout` came with 17). */
const UNKNOWN_TO_OLDER_SERVERS = [/^SET transaction_timeout = /];
/** psql 18 meta-commands (also in recent 13–17 minor releases, not in older ones). */
const PSQL_18_ONLY = [/^\\restrict\b/, /^\\unrestrict\b/];
/** What the opening of a pg_dump plain-SQL file is made of, before the first object. */
const PROLOGUE_LINE =
  /^(--.*|\s*|SET [a-z_]+ = .*;|SELECT pg_catalog\.set_config\(.*\);|\\(un)?restrict\b.*)$/;
const START = '-- PostgreSQL database dump';
const END = '-- PostgreSQL database dump complete';

export const MINIMUM_SERVER = { num: 140000, label: '14' };

/** Refuses a wrong target before anything is written; the transaction undoes the rest. */
const GUARD = `
-- Maillage: everything below is one transaction: a failed restore leaves the database empty.
BEGIN;

DO $maillage$
BEGIN
  IF pg_catalog.current_setting('server_version_num')::int < ${MINIMUM_SERVER.num} THEN
    RAISE EXCEPTION 'Maillage needs PostgreSQL ${MINIMUM_SERVER.label} or later; this server runs %',
      pg_catalog.current_setting('server_version');
  END IF;
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'drizzle')
     OR EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = 'public') THEN
    RAISE EXCEPTION 'restore this Maillage export into an EMPTY database: this one already has tables';
  END IF;
END
$maillage$;
`;

export interface PortableDump {
  sql: string;
  /** The lines taken out of the opening settings, for the record. */
  removed: string[];
}

export type PortableDumpError = { code: 'not-a-dump' } | { code: 'incomplete-dump' };

/** The dump made portable, or why the text does not look like a whole pg_dump file. */
export function makePortable(dump: string, header: string[]): Result<PortableDump, PortableDumpError> {
  if (!dump.startsWith(`--\n${START}\n`)) return err({ code: 'not-a-dump' });
  const removed: string[] = [];
  const lines = dump.split('\n');
  // The psql 18 closing command, should this pg_dump write it, ends the file.
  while (lines.length > 0 && /^(\\unrestrict\b.*|\s*)$/.test(lines.at(-1) ?? '')) {
    const last = lines.pop() ?? '';
    if (last.trim() !== '') removed.push(last);
  }
  if (lines.slice(-2).join('\n') !== `${END}\n--`) return err({ code: 'incomplete-dump' });
  const prologue = splitPrologue(lines);
  if (!prologue) return err({ code: 'not-a-dump' });
  const sql = [
    // A path in the header never breaks out of its comment.
    ...header.map((line) => `-- ${line.replace(/\p{Cc}/gu, ' ')}`),
    ...prologue.settings,
    GUARD,
    ...prologue.rest,
    '',
    'COMMIT;',
    '',
  ].join('\n');
  return ok({ sql, removed: [...prologue.removed, ...removed] });
}

/** The opening settings (without those older servers reject) and everything after them. */
function splitPrologue(lines: string[]): { settings: string[]; rest: string[]; removed: string[] } | null {
  const settings: string[] = [];
  const removed: string[] = [];
  let end = 0;
  let lastSetting = -1;
  for (; end < lines.length && PROLOGUE_LINE.test(lines[end] ?? ''); end++) {
    const line = lines[end] ?? '';
    if ([...UNKNOWN_TO_OLDER_SERVERS, ...PSQL_18_ONLY].some((pattern) => pattern.test(line))) {
      removed.push(line);
      continue;
    }
    settings.push(line);
    if (/^(SET|SELECT) /.test(line)) lastSetting = settings.length - 1;
  }
  if (lastSetting < 0) return null;
  return {
    settings: settings.slice(0, lastSetting + 1),
    rest: [...settings.slice(lastSetting + 1), ...lines.slice(end)],
    removed,
  };
}
