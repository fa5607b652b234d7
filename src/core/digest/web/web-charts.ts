// The web view's charts, drawn on the server as inline SVG (the page runs no chart library):
// month-by-month line charts of the trend, and the bars of a closed poll's results.
import { isOne, joinList, localized } from '../../i18n/index.ts';
import type { Locale } from '../../locale.ts';
import { escapeXml } from '../map/svg-text.ts';
import { webMessages } from './web-messages.ts';
import type { TrendSeries, WebPoll, WebTrend } from './web-view.ts';

/**
 * Escapes text for HTML and SVG alike (element content and quoted attributes): the map's
 * escaping, which also drops the characters no document may hold.
 */
export const escapeHtml = escapeXml;

/** Colours readable on white (contrast ≥ 3:1), each with its own dash for those who don't see it. */
const LINES = [
  { colour: '#1f5fa8', dash: '' },
  { colour: '#c2410c', dash: '6 3' },
  { colour: '#2f7d32', dash: '2 3' },
  { colour: '#7b3fa0', dash: '10 3 2 3' },
  { colour: '#5b6770', dash: '1 2' },
  { colour: '#a1155b', dash: '8 4' },
];

const W = 640;
const H = 260;
const PAD = { left: 56, right: 56, top: 16, bottom: 58 };

export function formatValue(
  locale: Locale,
  value: number,
  unit: TrendSeries['unit'],
  digits = unit === 'ratio' ? 2 : 0,
): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** The trend as one chart of the counts together and one per ratio (a share has its own scale). */
export function trendCharts(locale: Locale, trend: WebTrend): string[] {
  const counts = trend.series.filter((s) => s.unit === 'count');
  const ratios = trend.series.filter((s) => s.unit === 'ratio');
  const groups = [
    ...(counts.length > 0 ? [{ title: localized(locale, webMessages.countsChart), series: counts }] : []),
    ...ratios.map((s) => ({ title: s.label, series: [s] })),
  ];
  return groups.map((g) => lineChart(locale, trend, g.title, g.series));
}

function lineChart(locale: Locale, trend: WebTrend, title: string, series: TrendSeries[]): string {
  const unit = series[0]?.unit ?? 'count';
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const top = niceTop(Math.max(0, ...values), unit);
  const n = trend.months.length;
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  const summary = localized(locale, webMessages.chartSummary, {
    title,
    from: trend.months[0] ?? '',
    to: trend.months[n - 1] ?? '',
    lines: joinList(
      locale,
      series.map((s) => lineSummary(locale, s)),
    ),
  });
  const body = [
    ...axes(locale, trend, top, unit, x, y),
    ...series.map((s, i) => seriesSvg(locale, trend, s, LINES[i % LINES.length] as (typeof LINES)[0], x, y)),
  ];
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(summary)}" class="chart">`,
    ...body,
    '</svg>',
  ].join('\n');
  const legend = series
    .map((s, i) => {
      const line = LINES[i % LINES.length] as (typeof LINES)[0];
      return `<li><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="${line.colour}" stroke-width="3"${dashAttr(line.dash)}/></svg>${escapeHtml(s.label)}</li>`;
    })
    .join('');
  const note = trend.lastPartial
    ? `<p class="note">${escapeHtml(localized(locale, webMessages.partialNote))}</p>`
    : '';
  return `<figure class="chart-box"><figcaption>${escapeHtml(title)}</figcaption>${svg}<ul class="legend">${legend}</ul>${note}</figure>`;
}

function lineSummary(locale: Locale, s: TrendSeries): string {
  const known = s.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined)
    return localized(locale, webMessages.lineNoValue, { label: s.label });
  return localized(locale, webMessages.chartLine, {
    label: s.label,
    first: formatValue(locale, first, s.unit),
    last: formatValue(locale, last, s.unit),
  });
}

/**
 * The scale's top: four equal steps of 1, 2 or 5 times a power of ten, the smallest that
 * reach the largest value, so that every tick is a round figure (0,02 · 0,04 …; 20 · 40 …).
 */
function niceTop(max: number, unit: TrendSeries['unit']): number {
  if (!(max > 0)) return unit === 'ratio' ? 1 : 4;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((k) => k * power >= rough) ?? 10) * power;
  return unit === 'count' ? 4 * Math.max(1, Math.ceil(step)) : 4 * step;
}

function axes(
  locale: Locale,
  trend: WebTrend,
  top: number,
  unit: TrendSeries['unit'],
  x: (i: number) => number,
  y: (v: number) => number,
): string[] {
  const out: string[] = ['<g stroke="#d5d9de" stroke-width="1">'];
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((k) => k * top);
  for (const t of ticks) out.push(`<line x1="${PAD.left}" y1="${y(t)}" x2="${W - PAD.right}" y2="${y(t)}"/>`);
  out.push('</g>', '<g font-size="12" fill="#3d4650" text-anchor="end">');
  // A step under 0,01 (a sparse network's density) needs a third decimal to read apart.
  const digits = unit === 'ratio' ? Math.max(2, Math.ceil(-Math.log10(top / 4) - 1e-9)) : 0;
  for (const t of ticks)
    out.push(
      `<text x="${PAD.left - 8}" y="${y(t) + 4}">${escapeHtml(formatValue(locale, t, unit, digits))}</text>`,
    );
  out.push('</g>', '<g font-size="12" fill="#3d4650" text-anchor="middle">');
  const n = trend.months.length;
  const every = n > 8 ? 2 : 1;
  trend.months.forEach((month, i) => {
    const last = i === n - 1;
    if ((n - 1 - i) % every !== 0) return;
    // Narrow screens show every other month, counting back from the last (web.css).
    const minor = (n - 1 - i) % (2 * every) !== 0 ? ' class="minor"' : '';
    out.push(`<text x="${x(i)}" y="${H - PAD.bottom + 22}"${minor}>${escapeHtml(month)}</text>`);
    if (last && trend.lastPartial)
      out.push(
        `<text x="${x(i)}" y="${H - PAD.bottom + 46}" font-style="italic">${escapeHtml(localized(locale, webMessages.soFar))}</text>`,
      );
  });
  out.push('</g>');
  return out;
}

function seriesSvg(
  locale: Locale,
  trend: WebTrend,
  s: TrendSeries,
  line: (typeof LINES)[0],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  let d = '';
  let pen = 'M';
  const points: string[] = [];
  s.values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = 'M';
      return;
    }
    d += `${pen}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    pen = 'L';
    const partial = trend.lastPartial && i === s.values.length - 1;
    const month = trend.months[i] ?? '';
    const when = partial ? localized(locale, webMessages.partialMonth, { month }) : month;
    const value = formatValue(locale, v, s.unit);
    const label = localized(locale, webMessages.pointLabel, { label: s.label, month: when, value });
    const fill = partial ? '#ffffff' : line.colour;
    points.push(
      `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${fill}" stroke="${line.colour}" stroke-width="2"><title>${escapeHtml(label)}</title></circle>`,
    );
  });
  const path = d
    ? `<path d="${d}" fill="none" stroke="${line.colour}" stroke-width="2.5"${dashAttr(line.dash)}/>`
    : '';
  return [path, ...points].join('\n');
}

const dashAttr = (dash: string) => (dash ? ` stroke-dasharray="${dash}"` : '');

/** A closed poll's results: one bar per option, or only the options when the threshold hides counts. */
export function pollResults(locale: Locale, poll: WebPoll): string {
  const hidden = poll.hiddenReason !== undefined || poll.options.some((o) => o.votes === null);
  if (hidden) {
    const options = poll.options.map((o) => `<li>${escapeHtml(o.label)}</li>`).join('');
    const reason = poll.hiddenReason ?? '';
    return `<ul class="poll-options">${options}</ul><p class="hidden-reason">${escapeHtml(reason)}</p>`;
  }
  // A share of the participants, as in chat (`optionResults`): a multiple-choice poll's add up past 100 %.
  const total = poll.participants ?? poll.options.reduce((sum, o) => sum + (o.votes ?? 0), 0);
  const percent = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent' });
  const rows = poll.options.map((o) => {
    const votes = o.votes ?? 0;
    const share = total > 0 ? votes / total : 0;
    const text = localized(locale, isOne(locale, votes) ? webMessages.votesOne : webMessages.votesMany, {
      count: votes,
      share: percent.format(share),
    });
    const width = (share * 100).toFixed(1);
    return `<div class="bar-row"><span class="bar-label">${escapeHtml(o.label)}</span><svg xmlns="http://www.w3.org/2000/svg" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="100" height="10" fill="#e8ecf0"/><rect width="${width}" height="10" fill="#1f5fa8"/></svg><span class="bar-value">${escapeHtml(text)}</span></div>`;
  });
  return `<div class="bars">${rows.join('')}</div>`;
}
