// The legend, on the right of the map: the colours of the types with their counts, then what
// a node's size, a line's width, the highlight and the dashed ring mean. Swatches are 16 px
// squares on whole pixels, so their middle pixel is exactly the colour (the tests read it).
import { localized } from '../../i18n/index.ts';
import type { Locale } from '../../locale.ts';
import { HEIGHT, LEGEND_WIDTH, MAX_RADIUS, radius, TEXT_SIZE_SMALL, TITLE_HEIGHT, WIDTH } from './frame.ts';
import { mapMessages } from './map-messages.ts';
import { ISOLATED_COLOUR, NEW_TIE_COLOUR, TEXT_COLOUR, TIE_COLOUR, type TypeColour } from './palette.ts';
import { escapeXml, truncate } from './svg-text.ts';

export interface LegendFacts {
  locale: Locale;
  types: readonly TypeColour[];
  maxActivity: number;
  newTies: number;
  isolated: number;
}

export const SWATCH = 16;
const LEFT = WIDTH - LEGEND_WIDTH + 20;
const ROW = 24;
const HEADER_SIZE = 14;

/** Where the swatch of the i-th type is (its top-left corner), for the tests. */
export const swatchAt = (index: number) => ({ x: LEFT, y: TITLE_HEIGHT + 20 + index * ROW });

export function legendSvg(facts: LegendFacts): string {
  const say = (key: keyof typeof mapMessages, params?: Record<string, string | number>) =>
    escapeXml(localized(facts.locale, mapMessages[key], params));
  const out: string[] = [
    `<line x1="${LEFT - 20}" y1="${TITLE_HEIGHT}" x2="${LEFT - 20}" y2="${HEIGHT - 16}" stroke="#dddddd"/>`,
    text(LEFT, TITLE_HEIGHT + 12, say('legend-types'), HEADER_SIZE),
  ];
  facts.types.forEach((type, i) => {
    const { x, y } = swatchAt(i);
    const label = say('legend-type', { type: truncate(type.label, 30), count: type.count });
    out.push(`<rect x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${type.colour}"/>`);
    out.push(text(x + SWATCH + 10, y + 13, label, TEXT_SIZE_SMALL));
  });
  let y = swatchAt(facts.types.length).y + 16;
  if (facts.maxActivity > 0) {
    out.push(text(LEFT, y + 12, say('legend-size'), HEADER_SIZE));
    y += 24;
    out.push(...sizeSamples(facts.maxActivity, y));
    y += 2 * MAX_RADIUS + 38;
  }
  out.push(line(y, TIE_COLOUR, 2), text(LEFT + 44, y + 5, say('legend-tie'), TEXT_SIZE_SMALL));
  y += ROW;
  if (facts.newTies > 0) {
    out.push(
      line(y, NEW_TIE_COLOUR, 4),
      text(LEFT + 44, y + 5, say('legend-new', { count: facts.newTies }), TEXT_SIZE_SMALL),
    );
    y += ROW;
  }
  if (facts.isolated > 0) {
    out.push(
      `<circle cx="${LEFT + 16}" cy="${y}" r="9" fill="none" stroke="${ISOLATED_COLOUR}" stroke-width="2" stroke-dasharray="4 3"/>`,
      text(LEFT + 44, y + 5, say('legend-isolated', { count: facts.isolated }), TEXT_SIZE_SMALL),
    );
  }
  return out.join('\n');
}

/** Three nodes: the busiest's size, a quarter of it, one exchange; each with its figure below. */
function sizeSamples(maxActivity: number, top: number): string[] {
  const values = [...new Set([1, Math.round(maxActivity / 4), maxActivity])].filter((v) => v > 0);
  const out: string[] = [];
  let x = LEFT;
  for (const value of values) {
    const r = radius(value, maxActivity);
    const cx = x + Math.max(r, 12);
    out.push(`<circle cx="${cx}" cy="${top + MAX_RADIUS}" r="${r.toFixed(2)}" fill="${TIE_COLOUR}"/>`);
    out.push(text(cx, top + 2 * MAX_RADIUS + 16, String(value), TEXT_SIZE_SMALL, 'middle'));
    x = cx + Math.max(r, 12) + 24;
  }
  return out;
}

const line = (y: number, colour: string, width: number) =>
  `<line x1="${LEFT}" y1="${y}" x2="${LEFT + 32}" y2="${y}" stroke="${colour}" stroke-width="${width}"/>`;

/** `content` is already escaped. */
export const text = (x: number, y: number, content: string, size: number, anchor = 'start') =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${TEXT_COLOUR}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${content}</text>`;
