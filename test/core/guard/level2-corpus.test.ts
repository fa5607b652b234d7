// The guard's second level (issue 31) on its own corpus, judged through `verifier` as a member reads
// it. The tuning part must be right line by line; the held-out part, never tuned on, is held to the
// figures it reached when the work was handed over, so that a change which loses ground shows.
import { describe, expect, it } from 'vitest';
import {
  CORPUS_PARTS,
  ORDINARY_CATEGORIES,
  PERSONAL_CATEGORIES,
  parseCorpus,
  readCorpus,
} from './level2/corpus-file.ts';
import { isExact, measurePart, verifierVerdict } from './level2/verifier-metrics.ts';

describe('second-level corpus files', () => {
  it.each(CORPUS_PARTS)('%s.txt covers every category with sentences of its own', (part) => {
    const lines = readCorpus(part);
    for (const category of [...PERSONAL_CATEGORIES, ...ORDINARY_CATEGORIES]) {
      const count = lines.filter((line) => line.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(10);
    }
    const ordinary = new Set<string>(ORDINARY_CATEGORIES);
    for (const line of lines) expect(line.expected === 'pass', line.at).toBe(ordinary.has(line.category));
  });

  it('keeps the held-out part apart from the tuning part', () => {
    const tuning = new Set(readCorpus('tuning').map((line) => line.text));
    expect(readCorpus('held-out').filter((line) => tuning.has(line.text))).toEqual([]);
  });

  it('rejects a line outside a section or with an unknown verdict', () => {
    expect(() => parseCorpus('refuse | tel 06 12 34 56 78', 'x.txt')).toThrow(/x.txt:1/);
    expect(() => parseCorpus('[health]\nmaybe | Kevin', 'x.txt')).toThrow(/x.txt:2/);
    expect(() => parseCorpus('[weather]', 'x.txt')).toThrow(/unknown category/);
  });
});

describe('tuning part, line by line through verifier', () => {
  it.each(readCorpus('tuning').map((line) => [line.at, line.expected, line.text] as const))(
    '%s: %s for %j',
    async (at, expected, text) => {
      const verdict = await verifierVerdict(text);
      expect(isExact({ category: '', at, expected, text, verdict }), `got ${verdict}`).toBe(true);
    },
  );
});

describe('held-out part, never tuned on', () => {
  it('refuses or asks to confirm at least 95 % of personal data overall', async () => {
    const figures = await measurePart('held-out');
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('raises at most 3 of 96 false alarms on ordinary text (3.1 %: the 3 % goal is missed by one)', async () => {
    const figures = await measurePart('held-out');
    expect(figures.ordinaryCount).toBe(96);
    expect(figures.falseAlarms * figures.ordinaryCount).toBeLessThanOrEqual(3);
  });

  it('catches at least 80 % of every category of personal data', async () => {
    const figures = await measurePart('held-out');
    for (const category of figures.categories.filter((c) => c.personal)) {
      expect(category.rate, category.category).toBeGreaterThanOrEqual(0.8);
    }
  });
});
