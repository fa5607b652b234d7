// The digest's network section: how many organisations exchanged with another, the density of
// their ties, how much they cross organisation types (the E-I index), the bridges between
// groups, who works with whom by type and by territory, and the trend month by month — each
// compared with the period before. Organisations only: totals, never a person.
import { EN_MONTHS } from '../args/format-date.ts';
import { joinList, type Say } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { organisationTypeLabel } from '../reference/organisation-types.ts';
import type { DigestData } from './digest-data.ts';
import { type Matrix, measureWindow, type TrendPoint, trend } from './network/graph-measures.ts';
import { networkMessages as m } from './network-messages.ts';
import { parseDay } from './period.ts';

const FR_SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const SPARKS = '▁▂▃▄▅▆▇█';
/** Pairs of groups shown in "who works with whom". */
const PAIRS = 4;
/** Type labels past this length are cut (the data·inclusion ones can be long). */
const LABEL_MAX = 40;

export const decimal = (value: number, locale: Locale, sign = false) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 2,
    minimumFractionDigits: value === 0 ? 0 : 2,
    signDisplay: sign ? 'exceptZero' : 'auto',
  }).format(value);

const cut = (label: string) => (label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label);

/** The largest cells of a matrix, off the diagonal and on it, as « A ↔ B 12 ». */
function topPairs(matrix: Matrix, label: (key: string) => string, say: Say): string[] {
  const cells: Array<{ i: number; j: number; count: number }> = [];
  matrix.keys.forEach((_, i) => {
    for (let j = i; j < matrix.keys.length; j++) {
      const count = matrix.cells[i]?.[j] ?? 0;
      if (count > 0) cells.push({ i, j, count });
    }
  });
  cells.sort((a, b) => b.count - a.count || a.i - b.i || a.j - b.j);
  return cells.slice(0, PAIRS).map(({ i, j, count }) => {
    const first = label(matrix.keys[i] ?? '');
    return i === j
      ? say(m.within, { key: first, count })
      : say(m.pair, { first, second: label(matrix.keys[j] ?? ''), count });
  });
}

export function monthLabel(point: TrendPoint, locale: Locale): string {
  const { month } = parseDay(point.window.from);
  return (locale === 'fr' ? FR_SHORT_MONTHS : EN_MONTHS)[month - 1] ?? '';
}

function spark(values: readonly number[]): string {
  const top = Math.max(...values, 0);
  return values.map((v) => SPARKS[top === 0 ? 0 : Math.round((v / top) * (SPARKS.length - 1))]).join('');
}

export function networkSection(data: DigestData, say: Say, locale: Locale): string | undefined {
  const { facts, windows } = data;
  const now = measureWindow(facts, windows.period);
  const before = measureWindow(facts, windows.previous);
  if (now.organisations < 2 || (now.ties === 0 && before.ties === 0)) return undefined;
  const lines = [say(m.title)];
  lines.push(
    say(m.linked, {
      linked: now.linked,
      organisations: now.organisations,
      linkedBefore: before.linked,
      ties: now.ties,
      density: decimal(now.density, locale),
      densityBefore: decimal(before.density, locale),
    }),
  );
  const ei = (value: number | null) => (value === null ? say(m.none) : decimal(value, locale, true));
  if (now.eiIndex !== null)
    lines.push(
      say(m.mixing, {
        cross: now.crossTies,
        within: now.withinTies,
        ei: ei(now.eiIndex),
        eiBefore: ei(before.eiIndex),
      }),
    );
  if (now.bridges.length > 0) {
    const shown = now.bridges.slice(0, 3);
    const cuts = shown.filter((b) => b.cutVertex).map((b) => b.name);
    const note = cuts.length === 0 ? '' : say(m.cut, { names: joinList(locale, cuts) });
    lines.push(
      say(m.bridges, {
        list: joinList(
          locale,
          shown.map((b) => b.name),
        ),
        note,
      }),
    );
  }
  const typePairs = topPairs(now.byType, (code) => cut(organisationTypeLabel(code, locale)), say);
  if (typePairs.length > 0) lines.push(say(m.byType, { list: typePairs.join(' · ') }));
  const territories = now.byTerritory.keys.filter((k) => k !== '');
  if (territories.length > 1) {
    const label = (key: string) => (key === '' ? say(m.noTerritory) : cut(key));
    lines.push(say(m.byTerritory, { list: topPairs(now.byTerritory, label, say).join(' · ') }));
  }
  const points = trend(facts, windows.months);
  if (points.some((p) => p.linked > 0)) {
    const series = points.map((p) => `${monthLabel(p, locale)} ${p.linked}`).join(' · ');
    lines.push(say(m.trend, { series, spark: spark(points.map((p) => p.linked)) }));
    lines.push(
      say(m.trendDensity, {
        series: points.map((p) => `${monthLabel(p, locale)} ${decimal(p.density, locale)}`).join(' · '),
      }),
    );
  }
  return lines.join('\n');
}
