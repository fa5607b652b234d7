// Every feature's own messages (declared with defineMessages) exist in French and
// English with the same placeholders, and the French follows French typography.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bilingual, localized } from '../../src/core/i18n/index.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src', 'core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Bilingual).fr === 'string' &&
  typeof (v as Bilingual).en === 'string';

const tables: Array<[string, Bilingual]> = [];
for (const file of files(SRC)) {
  const module = (await import(file)) as Record<string, unknown>;
  for (const [exported, value] of Object.entries(module)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const entries = Object.entries(value);
    if (entries.length === 0 || !entries.every(([, v]) => isBilingual(v))) continue;
    for (const [key, message] of entries)
      tables.push([`${relative(SRC, file)} ${exported}.${key}`, message as Bilingual]);
  }
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const prose = (s: string) => s.replace(/`[^`]*`/g, '');

describe('feature messages', () => {
  it('are found in the core', () => {
    expect(tables.length).toBeGreaterThan(100);
  });

  it.each(tables)('%s has the same placeholders in both languages', (_, message) => {
    expect(placeholders(message.en)).toEqual(placeholders(message.fr));
    expect(message.fr.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
  });

  it.each(tables)('%s is typeset in French', (_, message) => {
    const french = prose(localized('fr', message));
    expect(french).not.toMatch(/ [:;!?»]/);
    expect(french).not.toMatch(/'/);
    expect(french).not.toMatch(/«(?![\u00a0])/);
  });
});
