// pglite-tools 0.4.8's pgDump deletes every line of its output that starts with `\restrict`
// or `\unrestrict` (meant for psql 18's commands), including such a line inside a stored
// text: a note whose line reads "\restrict …" would lose that line in the dump. Texts are
// written in the dump as they are; arrays and JSON escape the backslash or the line break,
// so only text columns can be hit. This finds them, so the export can say so.
import type { PGlite } from '@electric-sql/pglite';

export interface StrippedLines {
  /** `table.column` */
  column: string;
  rows: number;
}

/** A line start as JavaScript's multiline `^` sees it, then the command and a word end. */
const PATTERN = String.raw`(^|[\n\r\u2028\u2029])\\(un)?restrict\y`;

type Column = { schema: string; table: string; column: string };

export async function findStrippedLines(pg: PGlite): Promise<StrippedLines[]> {
  const columns = await pg.query<Column>(
    `select c.table_schema as schema, c.table_name as table, c.column_name as column
     from information_schema.columns c
     join information_schema.tables t using (table_schema, table_name)
     where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
       and c.data_type in ('text', 'character varying', 'character')
     order by 1, 2, 3`,
  );
  const byTable = new Map<string, Column[]>();
  for (const c of columns.rows) {
    const table = `${quote(c.schema)}.${quote(c.table)}`;
    byTable.set(table, [...(byTable.get(table) ?? []), c]);
  }
  const found: StrippedLines[] = [];
  // One pass per table; the regular expression only runs on texts holding a backslash.
  for (const [table, cols] of byTable) {
    const tests = cols.map(
      (c, i) =>
        `count(*) filter (where strpos(${quote(c.column)}, '\\') > 0 and ${quote(c.column)} ~* $1) as c${i}`,
    );
    const [row] = (
      await pg.query<Record<string, number>>(`select ${tests.join(', ')} from ${table}`, [PATTERN])
    ).rows;
    cols.forEach((c, i) => {
      const rows = Number(row?.[`c${i}`] ?? 0);
      const name = `${c.schema === 'public' ? '' : `${c.schema}.`}${c.table}.${c.column}`;
      if (rows > 0) found.push({ column: name, rows });
    });
  }
  return found;
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
