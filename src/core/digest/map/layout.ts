// Where each organisation goes. Tied ones: a force layout (force-layout.ts, a fixed number of
// ticks, deterministic), fitted into the drawing area. Those without a tie would drift off
// under the repulsion: they go in rows in a band at the bottom.
import { forceLayout } from './force-layout.ts';
import { type Box, DRAWING, LABEL_SIZE, MARGIN, radius } from './frame.ts';
import type { MapEdge, MapInput, MapNode } from './map-input.ts';

export interface PlacedNode {
  node: MapNode;
  x: number;
  y: number;
  r: number;
  /** In the band of organisations without a tie. */
  inBand: boolean;
}

export interface MapLayout {
  nodes: PlacedNode[];
  /** The edges between two distinct organisations of the map (others are dropped). */
  edges: MapEdge[];
  /** Where the tied organisations are. */
  graph: Box;
  /** The band of organisations without a tie; null when there are none. */
  band: Box | null;
}

const BAND_SPACING = 110;
const BAND_ROW = 46;
const BAND_HEADER = 24;
const BAND_MAX_ROWS = 6;

export function layoutMap(input: MapInput): MapLayout {
  const ids = new Set(input.nodes.map((n) => n.id));
  // Ties to an organisation not on the map, or to itself, are dropped; a weight below 0 counts as 0.
  const edges = input.edges
    .filter((e) => e.first !== e.second && ids.has(e.first) && ids.has(e.second))
    .map((e) => (e.weight >= 0 ? e : { ...e, weight: 0 }));
  const tied = new Set(edges.flatMap((e) => [e.first, e.second]));
  const maxActivity = Math.max(0, ...input.nodes.map((n) => n.activity || 0));
  // Busiest first: the layout starts nodes on a spiral in this order, so they start in the middle.
  const ordered = [...input.nodes].sort((a, b) => b.activity - a.activity || compare(a.id, b.id));
  const loose = ordered.filter((n) => !tied.has(n.id)).sort((a, b) => compare(a.name, b.name));
  const band = bandBox(loose.length);
  const graph: Box = { ...DRAWING, y1: band ? band.y0 - MARGIN : DRAWING.y1 };
  const placed = [
    ...graphLayout(
      ordered.filter((n) => tied.has(n.id)),
      edges,
      graph,
      maxActivity,
      input.seed,
    ),
    ...(band ? bandLayout(loose, band, maxActivity) : []),
  ];
  return { nodes: placed, edges, graph, band };
}

function graphLayout(
  nodes: MapNode[],
  edges: MapEdge[],
  box: Box,
  maxActivity: number,
  seed: string,
): PlacedNode[] {
  if (nodes.length === 0) return [];
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const r = nodes.map((n) => radius(n.activity, maxActivity));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const links = edges.map((e) => ({
    source: index.get(e.first) as number,
    target: index.get(e.second) as number,
    // Ties with more exchanges hold their ends closer.
    strength: 0.4 + 0.6 * (Math.log1p(e.weight) / Math.log1p(maxWeight)),
  }));
  const { x, y } = forceLayout(
    r.map((radius) => ({ r: radius })),
    links,
    { seed },
  );
  return fitInto(x, y, r, box).map((p, i) => ({ node: nodes[i] as MapNode, ...p, inBand: false }));
}

/** Scales and centres the simulation's positions into the box, radius included. */
function fitInto(
  xs: Float64Array,
  ys: Float64Array,
  r: number[],
  box: Box,
): Array<{ x: number; y: number; r: number }> {
  const pad = Math.max(...r) + LABEL_SIZE / 2;
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = box.x1 - box.x0 - 2 * pad;
  const height = box.y1 - box.y0 - 2 * pad;
  // A small network stays a small drawing in the middle rather than blown up to the edges.
  const scale = Math.min(width / Math.max(maxX - minX, 1e-9), height / Math.max(maxY - minY, 1e-9), 6);
  const cx = (box.x0 + box.x1) / 2;
  const cy = (box.y0 + box.y1) / 2;
  return r.map((radius, i) => ({
    x: round(cx + ((xs[i] as number) - (minX + maxX) / 2) * scale),
    y: round(cy + ((ys[i] as number) - (minY + maxY) / 2) * scale),
    r: round(radius),
  }));
}

function bandBox(count: number): Box | null {
  if (count === 0) return null;
  const rows = Math.min(BAND_MAX_ROWS, Math.ceil(count / perRow(BAND_SPACING)));
  return { ...DRAWING, y0: DRAWING.y1 - BAND_HEADER - rows * BAND_ROW };
}

const perRow = (spacing: number) => Math.max(1, Math.floor((DRAWING.x1 - DRAWING.x0) / spacing));

function bandLayout(nodes: MapNode[], band: Box, maxActivity: number): PlacedNode[] {
  const rows = Math.round((band.y1 - band.y0 - BAND_HEADER) / BAND_ROW);
  const columns = Math.max(perRow(BAND_SPACING), Math.ceil(nodes.length / rows));
  const spacing = (band.x1 - band.x0) / columns;
  return nodes.map((node, i) => ({
    node,
    x: round(band.x0 + spacing * ((i % columns) + 0.5)),
    y: round(band.y0 + BAND_HEADER + BAND_ROW * (Math.floor(i / columns) + 0.35)),
    r: round(Math.min(radius(node.activity, maxActivity), BAND_ROW / 3)),
    inBand: true,
  }));
}

/** Two decimals: a shorter SVG, and positions that print the same everywhere. */
const round = (value: number): number => Math.round(value * 100) / 100;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
