import { describe, expect, it } from 'vitest';
import { checkText, GUARD_KINDS, type GuardFinding } from '../../../src/core/guard/index.ts';
import { PASS, REFUSE, type Sample, WARN } from './corpus.ts';
import { measureCorpus } from './corpus-metrics.ts';

const FIRST_LEVEL_KINDS = [
  'phone',
  'email',
  'nir',
  'iban',
  'birthdate',
  'address',
  'person-age',
  'civility-name',
  'family-name',
  'name-measure',
] as const;

const describeFindings = (findings: GuardFinding[]): string =>
  findings.map((finding) => `${finding.kind}: «${finding.excerpt}»`).join(', ') || 'none';

const findingOfKind = (sample: Sample): GuardFinding | undefined =>
  checkText(sample.text).findings.find((finding) => finding.kind === sample.kind);

describe('corpus', () => {
  it('holds enough varied sentences', () => {
    expect(REFUSE.length).toBeGreaterThanOrEqual(80);
    expect(WARN.length).toBeGreaterThanOrEqual(40);
    expect(PASS.length).toBeGreaterThanOrEqual(80);
    // The second level's kinds have their own corpus (level2/).
    const kinds = new Set([...REFUSE, ...WARN].map((sample) => sample.kind));
    expect([...kinds].sort()).toEqual([...FIRST_LEVEL_KINDS].sort());
  });

  it.each(REFUSE.map((sample) => [sample.kind, sample.text] as const))('refuses %s in %j', (kind, text) => {
    const verdict = checkText(text);
    expect(verdict.verdict, describeFindings(verdict.findings)).toBe('refuse');
    expect(verdict.findings.map((finding) => finding.kind)).toContain(kind);
  });

  it.each(WARN.map((sample) => [sample.kind, sample.text] as const))('warns about %s in %j', (kind, text) => {
    const verdict = checkText(text);
    expect(verdict.verdict, describeFindings(verdict.findings)).toBe('warn');
    expect(verdict.findings.map((finding) => finding.kind)).toContain(kind);
  });

  it.each(PASS)('lets %j pass', (text) => {
    const verdict = checkText(text);
    expect(verdict.verdict, describeFindings(verdict.findings)).toBe('pass');
    expect(verdict.findings).toEqual([]);
  });

  it('reaches full recall and no false alarm on its own corpus', () => {
    const metrics = measureCorpus();
    expect(metrics.refusalRecall).toBe(1);
    expect(metrics.kindRecall).toBe(1);
    expect(metrics.warningRecall).toBe(1);
    expect(metrics.falseRefusalRate).toBe(0);
    expect(metrics.falseAlarmRate).toBe(0);
  });
});

describe('findings', () => {
  it.each(REFUSE.map((sample) => [sample.kind, sample.text, sample] as const))(
    'points the %s finding at the data in %j',
    (kind, text, sample) => {
      const finding = findingOfKind(sample);
      expect(finding).toBeDefined();
      if (!finding) return;
      expect(finding.excerpt).toBe(text.slice(finding.start, finding.end));
      expect(finding.excerpt).toBe(finding.excerpt.trim());
      if (kind === 'email') expect(finding.excerpt).toMatch(/@|\(at\)/);
      else if (kind === 'address') expect(finding.excerpt).toMatch(/\d|rue/i);
      else if (kind === 'birthdate') expect(finding.excerpt).toMatch(/\d/);
      else expect(finding.excerpt.replace(/\D/g, '').length).toBeGreaterThanOrEqual(8);
    },
  );

  it('gives the exact span of a phone number', () => {
    const text = 'rappeler la mère au 06 12 34 56 78 avant vendredi';
    expect(checkText(text).findings).toEqual([
      { kind: 'phone', severity: 'refuse', start: 20, end: 34, excerpt: '06 12 34 56 78' },
    ]);
  });

  it('sorts findings by position and marks each with its severity', () => {
    const verdict = checkText('Kevin, 14 ans, né le 12/03/2009, tel mère 06 12 34 56 78, famille Diallo');
    expect(verdict.verdict).toBe('refuse');
    expect(verdict.findings.map((finding) => finding.kind)).toEqual([
      'person-age',
      'birthdate',
      'phone',
      'family-name',
    ]);
    expect(verdict.findings.map((finding) => finding.severity)).toEqual(['warn', 'refuse', 'refuse', 'warn']);
    const starts = verdict.findings.map((finding) => finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('never reports overlapping findings', () => {
    const texts = [...REFUSE.map((sample) => sample.text), ...WARN.map((sample) => sample.text)];
    for (const text of texts) {
      const findings = checkText(text).findings;
      for (let i = 1; i < findings.length; i += 1) {
        expect(findings[i]?.start ?? 0, text).toBeGreaterThanOrEqual(findings[i - 1]?.end ?? 0);
      }
    }
  });

  it('keeps the refusal when a refusal and a warning overlap', () => {
    const verdict = checkText('Yanis DDN 04/07/2008 suivi PJJ');
    expect(verdict.verdict).toBe('refuse');
    expect(verdict.findings.map((finding) => finding.kind)).toContain('birthdate');
  });

  it('reports a social security number once, not also as the phone number inside it', () => {
    const findings = checkText('NIR 1 85 05 78 006 084 36').findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]?.kind).toBe('nir');
    expect(findings[0]?.excerpt).toBe('1 85 05 78 006 084 36');
  });

  it('passes empty and blank text', () => {
    expect(checkText('')).toEqual({ verdict: 'pass', findings: [] });
    expect(checkText('   \n ')).toEqual({ verdict: 'pass', findings: [] });
  });
});

describe('normalisation', () => {
  it('treats non-breaking and narrow spaces as spaces', () => {
    const text = 'tel\u202f: 06\u00a012\u00a034\u00a056\u00a078';
    const [finding] = checkText(text).findings;
    expect(finding?.kind).toBe('phone');
    expect(finding?.excerpt).toBe('06\u00a012\u00a034\u00a056\u00a078');
  });

  it('keeps offsets right in decomposed (NFD) text', () => {
    const text = 'ne\u0301e le 12/03/2009, appeler le 06 12 34 56 78';
    const findings = checkText(text).findings;
    expect(findings.map((finding) => finding.kind)).toEqual(['birthdate', 'phone']);
    expect(findings[0]?.excerpt).toBe('ne\u0301e le 12/03/2009');
    expect(findings[1]?.excerpt).toBe('06 12 34 56 78');
    expect(findings[1]?.start).toBe(text.indexOf('06 12'));
  });

  it('sees through zero-width characters and keeps them inside the excerpt', () => {
    const text = 'numéro : 06\u200b12\u200b34\u200b56\u200b78 !';
    const [finding] = checkText(text).findings;
    expect(finding?.kind).toBe('phone');
    expect(finding?.excerpt).toBe('06\u200b12\u200b34\u200b56\u200b78');
  });

  it('keeps offsets right after emoji and other astral characters', () => {
    const text = '🙏🏽 merci ! né le 12/03/2009';
    const [finding] = checkText(text).findings;
    expect(finding?.excerpt).toBe('né le 12/03/2009');
  });

  it('matches context words whatever their case and accents', () => {
    for (const text of [
      'NEE LE 12/03/2009',
      'Née Le 12/03/2009',
      'nee le 12/03/2009',
      'DATE DE NAISSANCE 12/03/2009',
    ]) {
      expect(checkText(text).verdict, text).toBe('refuse');
    }
  });

  it('reads typographic apostrophes and dashes like plain ones', () => {
    expect(checkText('numéro de l’oncle 06‑12‑34‑56‑78').verdict).toBe('refuse');
    expect(checkText('Mme N’Diaye passera').verdict).toBe('warn');
  });
});

describe('typing habits', () => {
  const variants: Record<string, (text: string) => string> = {
    'lower case': (text) => text.toLowerCase(),
    capitals: (text) => text.toUpperCase(),
    'no accents': (text) => text.normalize('NFD').replace(/\p{M}/gu, ''),
    'non-breaking spaces': (text) => text.replace(/ /g, '\u00a0'),
    'decomposed accents (NFD)': (text) => text.normalize('NFD'),
  };

  it.each(Object.entries(variants))('lets ordinary notes pass in %s', (_name, variant) => {
    const alarms = PASS.map(variant).filter((text) => checkText(text).verdict !== 'pass');
    expect(alarms).toEqual([]);
  });

  it.each(Object.entries(variants))('refuses personal data in %s', (name, variant) => {
    // Unaccented "ne au Mali le…" is too close to the negation "ne" to be refused without "être".
    const known = name === 'no accents' ? ['ne au Mali le 1er janvier 2005 selon ses papiers'] : [];
    const misses = REFUSE.map((sample) => variant(sample.text)).filter(
      (text) => checkText(text).verdict !== 'refuse',
    );
    expect(misses).toEqual(known);
  });
});

describe('robustness', () => {
  const adversarial: Record<string, string> = {
    digits: '1'.repeat(4000),
    'spaced digits': '0 '.repeat(2000),
    'dotted letters': 'a.'.repeat(2000),
    'address characters before a lone @': `${'a.b-c_'.repeat(666)}@`,
    'plus signs': '+1 '.repeat(1333),
    'birth words': 'né le 1'.repeat(570),
    'IBAN-like groups': 'FR76 3000 '.repeat(400),
    civilities: 'Mme '.repeat(1000),
    'street fragments': '12 rue '.repeat(570),
    'names and measures': 'Kevin AEMO '.repeat(363),
    'combining accents': 'e\u0301'.repeat(2000),
    'zero-width digits': '\u200b0\u200b6'.repeat(1000),
  };

  it.each(Object.entries(adversarial))('returns on a 4,000-character input of %s', (_name, text) => {
    expect(text.length).toBeGreaterThan(3900);
    expect(['pass', 'warn', 'refuse']).toContain(checkText(text).verdict);
  });

  it('finds every phone number in a long text', () => {
    const text = 'tel 06 12 34 56 78, '.repeat(200);
    expect(checkText(text).findings.filter((finding) => finding.kind === 'phone')).toHaveLength(200);
  });
});

describe('GUARD_KINDS', () => {
  it('lists the nine refusals, the four warnings, then the five special categories', () => {
    expect(GUARD_KINDS).toEqual([
      ...FIRST_LEVEL_KINDS.slice(0, 6),
      'admin-id',
      'id-document',
      'plate',
      ...FIRST_LEVEL_KINDS.slice(6),
      'health',
      'religion',
      'sexual-orientation',
      'origin',
      'justice',
    ]);
  });
});
