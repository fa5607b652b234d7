// Takes a forgotten member's name and platform user ids out of the network's free texts
// (exchange notes, goals, goal history, glossary, polls, audit details), replacing them
// with the former member's label. The patterns are PostgreSQL regular expressions that
// ignore case (and a missing accent) by listing the forms of each letter, so they behave
// the same whatever the database's locale (a C locale folds ASCII letters only).
import { type SQL, sql } from 'drizzle-orm';
import { termKey } from '../../src/core/glossary/term-key.ts';
import type { Database } from '../client.ts';
import { rowsOf } from './involvement.ts';

/** Names and ids shorter than this are left alone: they would match ordinary words. */
export const MIN_SCRUB_LENGTH = 3;
/** Letters, digits and the Latin accented letters: a match must not touch one on either side. */
const WORD_CHARS = '0-9A-Za-z_\u00C0-\u024F';
const SPACES = '[\\s\u00a0\u202f]+';
const SPECIAL = /[\\^$.|?*+()[\]{}]/;

export interface ScrubPatterns {
  /** Platform mentions of the ids (`<@U123>`, `<@U123|name>`, `<@!123>`), replaced whole. */
  mention: string | null;
  /** The name and the bare ids, as whole words. */
  word: string | null;
}

const single = (value: string) => [...value].length === 1;

/** One character, matched whatever its case, and an accented letter without its accent too. */
function caseless(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  const forms = new Set(
    [ch, ...(single(base) ? [base] : [])].flatMap((c) => [c.toLowerCase(), c.toUpperCase()]).filter(single),
  );
  forms.add(ch);
  if (forms.size > 1) return `[${[...forms].join('')}]`;
  return SPECIAL.test(ch) ? `\\${ch}` : ch;
}

export function literalPattern(value: string): string {
  return value
    .trim()
    .split(/[\s\u00a0\u202f]+/)
    .map((word) => [...word].map(caseless).join(''))
    .join(SPACES);
}

export function scrubPatterns(name: string, userIds: readonly string[]): ScrubPatterns {
  const long = (value: string) => value.trim().length >= MIN_SCRUB_LENGTH;
  const ids = [...new Set(userIds.filter(long))].map(literalPattern);
  const words = [...(long(name) ? [literalPattern(name)] : []), ...ids];
  return {
    mention: ids.length > 0 ? `<@!?(?:${ids.join('|')})(?:\\|[^>]*)?>` : null,
    word: words.length > 0 ? `(?<![${WORD_CHARS}])(?:${words.join('|')})(?![${WORD_CHARS}])` : null,
  };
}

/** The text of `column` with the name and ids replaced by `label` (an SQL expression). */
export function scrubbed(column: SQL, patterns: ScrubPatterns, label: string): SQL {
  const replacement = label.replace(/\\/g, '\\\\');
  let out = column;
  if (patterns.mention) out = sql`regexp_replace(${out}, ${patterns.mention}, ${replacement}, 'g')`;
  if (patterns.word) out = sql`regexp_replace(${out}, ${patterns.word}, ${replacement}, 'g')`;
  return out;
}

const TEXT_COLUMNS: ReadonlyArray<[table: string, columns: readonly string[]]> = [
  ['exchanges', ['note']],
  ['goals', ['title', 'description', 'indicator']],
  ['goal_updates', ['text']],
  ['polls', ['question']],
  ['poll_options', ['label']],
];

async function scrubTable(
  db: Database,
  networkId: string,
  [table, columns]: [string, readonly string[]],
  patterns: ScrubPatterns & { word: string },
  label: string,
): Promise<number> {
  const column = (name: string) => sql`${sql.identifier(name)}`;
  const sets = columns.map((c) => sql`${column(c)} = ${scrubbed(column(c), patterns, label)}`);
  const any = columns.map((c) => sql`${column(c)} ~ ${patterns.word}`);
  const rows = await rowsOf(
    db,
    sql`update ${sql.identifier(table)} set ${sql.join(sets, sql`, `)}
      where network_id = ${networkId} and (${sql.join(any, sql` or `)}) returning id`,
  );
  return rows.length;
}

/** Glossary entries: a changed term gets the key of its new spelling (kept unique). */
async function scrubGlossary(
  db: Database,
  networkId: string,
  patterns: ScrubPatterns & { word: string },
  label: string,
): Promise<number> {
  const rows = await rowsOf(
    db,
    sql`update glossary_terms
      set term = ${scrubbed(sql`term`, patterns, label)}, definition = ${scrubbed(sql`definition`, patterns, label)}
      where network_id = ${networkId} and (term ~ ${patterns.word} or definition ~ ${patterns.word})
      returning id, term, term_key`,
  );
  for (const row of rows) {
    const wanted = termKey(String(row.term));
    if (wanted === row.term_key) continue;
    for (let n = 1; n < 100; n++) {
      const key = n === 1 ? wanted : `${wanted}${n}`;
      const taken = await rowsOf(
        db,
        sql`select 1 from glossary_terms where network_id = ${networkId} and term_key = ${key} and id <> ${row.id}`,
      );
      if (taken.length > 0) continue;
      await db.execute(sql`update glossary_terms set term_key = ${key} where id = ${row.id}`);
      break;
    }
  }
  return rows.length;
}

/**
 * Audit details are flat objects of short values: only string values are scrubbed (never a
 * key), and the old member id becomes the former member's.
 */
async function scrubAuditDetails(
  db: Database,
  networkId: string,
  patterns: ScrubPatterns,
  label: string,
  ids: { old: string; former: string },
): Promise<number> {
  const value = scrubbed(sql`replace(e.value #>> '{}', ${ids.old}, ${ids.former})`, patterns, label);
  const matches = patterns.word ? sql`a.details::text ~ ${patterns.word} or ` : sql``;
  const rows = await rowsOf(
    db,
    sql`update audit_entries a set details = coalesce((
        select jsonb_object_agg(e.key,
          case when jsonb_typeof(e.value) = 'string' then to_jsonb(${value}) else e.value end)
        from jsonb_each(a.details) e), '{}'::jsonb)
      where a.network_id = ${networkId} and jsonb_typeof(a.details) = 'object'
        and (${matches}strpos(a.details::text, ${ids.old}) > 0)
      returning a.id`,
  );
  return rows.length;
}

/** Scrubs every free text of the network; returns how many rows changed. */
export async function scrubNetworkTexts(
  db: Database,
  networkId: string,
  patterns: ScrubPatterns,
  label: string,
  ids: { old: string; former: string },
): Promise<number> {
  let changed = await scrubAuditDetails(db, networkId, patterns, label, ids);
  const { word } = patterns;
  if (word === null) return changed;
  const withWord = { ...patterns, word };
  for (const table of TEXT_COLUMNS) changed += await scrubTable(db, networkId, table, withWord, label);
  changed += await scrubGlossary(db, networkId, withWord, label);
  return changed;
}
