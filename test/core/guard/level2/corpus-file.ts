// Reads the second-level corpus files (tuning.txt, held-out.txt): sections of sentences, each with
// the verdict `verifier` should give at least. The sentences live in text files, apart from the
// guard's code, so that what the guard was tuned on and what it is judged on stay visible.

import { readFileSync } from 'node:fs';

export type Expected = 'pass' | 'warn' | 'refuse';

export interface CorpusLine {
  category: string;
  expected: Expected;
  text: string;
  /** Where the line is, for failure messages: "tuning.txt:42". */
  at: string;
}

/**
 * tuning.txt: what the guard was tuned on. held-out.txt: written before any tuning, never tuned on.
 * held-out-2.txt: written after the tuning, before the fixes drawn from reading held-out.txt's
 * misses. held-out-3.txt: written before a third round of tuning.
 */
export type CorpusPart = 'tuning' | 'held-out' | 'held-out-2' | 'held-out-3';
export const CORPUS_PARTS: readonly CorpusPart[] = ['tuning', 'held-out', 'held-out-2', 'held-out-3'];

/** Categories of personal data (to be caught) and of ordinary text (to pass), in the files' order. */
export const PERSONAL_CATEGORIES = [
  'admin-id',
  'disguised-phone',
  'disguised-email',
  'health',
  'pregnancy',
  'religion',
  'sexual-orientation',
  'origin',
  'justice',
  'initials-age',
  'rib-fields',
] as const;
export const ORDINARY_CATEGORIES = [
  'institution-address',
  'role-or-named-organisation',
  'public-number',
  'organisation-id',
  'topic-without-person',
  'age-bracket',
  'rules',
  'ordinary',
] as const;
const CATEGORIES: ReadonlySet<string> = new Set([...PERSONAL_CATEGORIES, ...ORDINARY_CATEGORIES]);

const LINE = /^(pass|warn|refuse) \| (.+)$/;

export function parseCorpus(source: string, file: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  let category: string | undefined;
  for (const [index, raw] of source.split('\n').entries()) {
    const line = raw.trim();
    const at = `${file}:${index + 1}`;
    if (line === '' || line.startsWith('#')) continue;
    const section = /^\[([a-z-]+)\]$/.exec(line);
    if (section) {
      category = section[1] ?? '';
      if (!CATEGORIES.has(category)) throw new Error(`${at}: unknown category ${category}`);
      continue;
    }
    const match = LINE.exec(line);
    if (!match || category === undefined) throw new Error(`${at}: not "verdict | text" in a section`);
    lines.push({ category, expected: match[1] as Expected, text: match[2] ?? '', at });
  }
  return lines;
}

const cache = new Map<CorpusPart, CorpusLine[]>();

export function readCorpus(part: CorpusPart): CorpusLine[] {
  let lines = cache.get(part);
  if (lines === undefined) {
    const file = `${part}.txt`;
    lines = parseCorpus(readFileSync(new URL(file, import.meta.url), 'utf8'), file);
    cache.set(part, lines);
  }
  return lines;
}
