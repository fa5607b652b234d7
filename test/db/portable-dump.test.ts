// The rewrite of pg_dump 18's output for older servers, on a small handmade dump: what
// it takes out, what it must never touch, and what it refuses.
import { describe, expect, it } from 'vitest';
import { makePortable } from '../../db/portable-dump.ts';

describe('making a PostgreSQL 18 dump portable', () => {
  const dump = [
    '--',
    '-- PostgreSQL database dump',
    '--',
    '',
    '\\restrict abc',
    '',
    'SET statement_timeout = 0;',
    'SET transaction_timeout = 0;',
    "SELECT pg_catalog.set_config('search_path', '', false);",
    '',
    'CREATE TABLE public.t (note text);',
    'INSERT INTO public.t VALUES',
    "\t('x",
    'SET transaction_timeout = 0;',
    "y');",
    '',
    '--',
    '-- PostgreSQL database dump complete',
    '--',
    '',
    '\\unrestrict abc',
    '',
  ].join('\n');

  it('takes out what older servers reject from the opening only, and makes the rest one transaction', () => {
    const made = makePortable(dump, ['a header']);
    if (!made.ok) throw new Error(made.error.code);
    const { sql, removed } = made.value;
    expect(removed).toEqual(['\\restrict abc', 'SET transaction_timeout = 0;', '\\unrestrict abc']);
    expect(sql.startsWith('-- a header\n--\n-- PostgreSQL database dump\n')).toBe(true);
    // The line inside the stored text is data: it stays.
    expect(sql).toContain("('x\nSET transaction_timeout = 0;\ny');");
    expect(sql.match(/^SET transaction_timeout/gm)).toHaveLength(1);
    expect(sql.indexOf('BEGIN;')).toBeGreaterThan(sql.indexOf("set_config('search_path'"));
    expect(sql.indexOf('BEGIN;')).toBeLessThan(sql.indexOf('CREATE TABLE'));
    expect(sql.trimEnd().endsWith('-- PostgreSQL database dump complete\n--\n\nCOMMIT;')).toBe(true);
    expect(sql).not.toContain('restrict abc');
  });

  it('refuses a cut dump or a text that is not one', () => {
    const cut = dump.slice(0, dump.indexOf("y');"));
    expect(makePortable(cut, [])).toEqual({ ok: false, error: { code: 'incomplete-dump' } });
    expect(makePortable('select 1;', [])).toEqual({ ok: false, error: { code: 'not-a-dump' } });
  });

  it('keeps a header line from breaking out of its comment', () => {
    const made = makePortable(dump, ['/tmp/odd\nDROP TABLE x;']);
    expect(made.ok && made.value.sql.split('\n')[0]).toBe('-- /tmp/odd DROP TABLE x;');
  });
});
