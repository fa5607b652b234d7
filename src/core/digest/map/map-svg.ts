// Writes the map as SVG: ties (old ones light grey under the new ones in the highlight
// colour), organisations coloured by type and sized by activity, dashed rings around the
// isolated ones, names, the band of those without a tie, the legend and the title.
import { defineMessages, isOne, localized } from '../../i18n/index.ts';
import type { Locale } from '../../locale.ts';
import { HEIGHT, LABEL_SIZE, MARGIN, TITLE_HEIGHT, WIDTH } from './frame.ts';
import { placeLabels } from './labels.ts';
import { layoutMap, type MapLayout, type PlacedNode } from './layout.ts';
import type { MapEdge, MapInput, MapNode } from './map-input.ts';
import { legendSvg, text } from './map-legend.ts';
import { mapMessages } from './map-messages.ts';
import {
  colourOf,
  ISOLATED_COLOUR,
  NEW_TIE_COLOUR,
  TEXT_COLOUR,
  TIE_COLOUR,
  typeColours,
} from './palette.ts';
import { escapeXml, truncate } from './svg-text.ts';

export interface MapSvg {
  svg: string;
  width: number;
  height: number;
}

const EMPTY_WIDTH = 800;
const EMPTY_HEIGHT = 140;

export interface MapSvgOptions {
  /** For the web page: each organisation gets a `<title>` and a `data-name` for its tooltip. */
  hover?: boolean;
}

export function mapSvg(input: MapInput, options: MapSvgOptions = {}): MapSvg {
  if (input.nodes.length === 0) return emptySvg(input);
  const layout = layoutMap(input);
  const types = typeColours(input.nodes, localized(input.locale, mapMessages['other-types']));
  const maxActivity = Math.max(0, ...input.nodes.map((n) => n.activity || 0));
  const body = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    title(input.title),
    ...(layout.band ? [bandSvg(layout.band, localized(input.locale, mapMessages['band-title']))] : []),
    edgesSvg(layout),
    nodesSvg(layout, colourOf(types), options.hover ? hoverOf(input.locale) : undefined),
    labelsSvg(layout),
    legendSvg({
      locale: input.locale,
      types,
      maxActivity,
      newTies: layout.edges.filter((e) => e.isNew).length,
      isolated: input.nodes.filter((n) => n.isolated).length,
    }),
  ];
  return { svg: document(WIDTH, HEIGHT, body), width: WIDTH, height: HEIGHT };
}

function document(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** 22 px letters: ~13 px each, so 100 fill the map's width and 55 the empty picture's. */
const title = (content: string, max = 100) => text(MARGIN, 36, escapeXml(truncate(content, max)), 22);

/**
 * Ties as a few paths, one per width (rounded to a quarter pixel), rather than thousands of
 * lines: resvg renders them in about two thirds of the time, and where faint ties cross they
 * no longer pile up into a dark blot. Square ends: round ones cost ~15 % more, and the ends
 * are under the nodes.
 */
function edgesSvg(layout: MapLayout): string {
  const at = new Map(layout.nodes.map((p) => [p.node.id, p]));
  const maxWeight = Math.max(1, ...layout.edges.map((e) => e.weight));
  const segment = (e: MapEdge) => {
    const a = at.get(e.first) as PlacedNode;
    const b = at.get(e.second) as PlacedNode;
    return `M${a.x} ${a.y}L${b.x} ${b.y}`;
  };
  const byWidth = new Map<number, string[]>();
  for (const edge of layout.edges) {
    if (edge.isNew) continue;
    const width = Math.round(4 * (0.6 + 2.4 * (Math.log1p(edge.weight) / Math.log1p(maxWeight)))) / 4;
    const segments = byWidth.get(width);
    if (segments) segments.push(segment(edge));
    else byWidth.set(width, [segment(edge)]);
  }
  const fresh = layout.edges.filter((e) => e.isNew).map(segment);
  // Thinnest first: a strong tie is not hidden under faint ones.
  const widths = [...byWidth.keys()].sort((a, b) => a - b);
  return [
    // Without anti-aliasing: resvg then draws the thousands of faint ties in half the time, and
    // at this opacity their steps hardly show. New ties, on top, stay smooth.
    `<g fill="none" stroke="${TIE_COLOUR}" stroke-opacity="0.35" shape-rendering="optimizeSpeed">`,
    ...widths.map((w) => `<path stroke-width="${w}" d="${(byWidth.get(w) as string[]).join('')}"/>`),
    '</g>',
    ...(fresh.length > 0
      ? [`<path fill="none" stroke="${NEW_TIE_COLOUR}" stroke-width="4" d="${fresh.join('')}"/>`]
      : []),
  ].join('\n');
}

function nodesSvg(
  layout: MapLayout,
  colour: (typeCode: string) => string,
  hover?: (node: MapNode) => string,
): string {
  const circles = layout.nodes.map((p) => {
    const circle = `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${colour(p.node.typeCode)}"`;
    if (!hover) return `${circle}/>`;
    return `${circle} data-name="${escapeXml(p.node.name)}" tabindex="0"><title>${escapeXml(hover(p.node))}</title></circle>`;
  });
  const rings = layout.nodes
    .filter((p) => p.node.isolated)
    .map((p) => `<circle cx="${p.x}" cy="${p.y}" r="${(p.r + 4).toFixed(2)}"/>`);
  return [
    '<g stroke="#ffffff" stroke-width="1">',
    ...circles,
    '</g>',
    `<g fill="none" stroke="${ISOLATED_COLOUR}" stroke-width="2" stroke-dasharray="4 3">`,
    ...rings,
    '</g>',
  ].join('\n');
}

/** Names with a white halo (the stroke painted under the letters) to stay legible over lines. */
function labelsSvg(layout: MapLayout): string {
  const labels = placeLabels(layout).map(
    (l) =>
      `<text x="${l.x}" y="${l.y}"${l.anchor === 'start' ? '' : ` text-anchor="${l.anchor}"`}>${escapeXml(l.text)}</text>`,
  );
  return [
    `<g font-size="${LABEL_SIZE}" fill="${TEXT_COLOUR}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
    ...labels,
    '</g>',
  ].join('\n');
}

export const mapHoverMessages = defineMessages({
  'hover-one': { fr: '{name} · {type} · {count} échange', en: '{name} · {type} · {count} exchange' },
  'hover-many': { fr: '{name} · {type} · {count} échanges', en: '{name} · {type} · {count} exchanges' },
});

/** What a pointer over an organisation reads: its name, its type and its exchanges. */
const hoverOf = (locale: Locale) => (node: MapNode) => {
  const count = Number.isFinite(node.activity) ? node.activity : 0;
  const params = { name: node.name, type: node.typeLabel, count };
  return localized(locale, mapHoverMessages[isOne(locale, count) ? 'hover-one' : 'hover-many'], params);
};

function bandSvg(band: MapLayout['band'] & object, heading: string): string {
  return [
    `<line x1="${band.x0}" y1="${band.y0}" x2="${band.x1}" y2="${band.y0}" stroke="#dddddd"/>`,
    `<text x="${band.x0}" y="${band.y0 + 16}" font-size="${LABEL_SIZE}" fill="#666666">${escapeXml(heading)}</text>`,
  ].join('\n');
}

function emptySvg(input: MapInput): MapSvg {
  const body = [
    `<rect width="${EMPTY_WIDTH}" height="${EMPTY_HEIGHT}" fill="#ffffff"/>`,
    title(input.title, 55),
    text(MARGIN, TITLE_HEIGHT + 40, escapeXml(localized(input.locale, mapMessages.empty)), 16),
  ];
  return { svg: document(EMPTY_WIDTH, EMPTY_HEIGHT, body), width: EMPTY_WIDTH, height: EMPTY_HEIGHT };
}
