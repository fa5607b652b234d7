// Which organisations get their name on the map, and where. Up to 80 organisations, all of
// them; beyond, the 60 busiest plus the isolated ones and the ends of new ties. Busiest first,
// each label takes the first free spot around its node (right, left, below, above); one that
// would cover another label is left out, so what is written can be read.
import { type Box, CHAR_WIDTH, DRAWING, inside, LABEL_SIZE, overlaps } from './frame.ts';
import type { MapLayout, PlacedNode } from './layout.ts';
import { truncate } from './svg-text.ts';

export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

const LABEL_ALL_UP_TO = 80;
const BUSIEST = 60;
const MAX_CHARS = 24;
const BAND_MAX_CHARS = 15;
const GAP = 3;

export function placeLabels(layout: MapLayout): PlacedLabel[] {
  const obstacles = layout.nodes.map(circleBox);
  const placed: Box[] = [];
  const labels: PlacedLabel[] = [];
  for (const node of labelled(layout)) {
    const text = truncate(node.node.name, node.inBand ? BAND_MAX_CHARS : MAX_CHARS);
    const spots = candidates(node, text).filter((spot) => inside(spot.box, DRAWING));
    const clear = (box: Box) => !placed.some((other) => overlaps(box, other));
    const spot =
      spots.find((s) => clear(s.box) && !obstacles.some((o) => overlaps(s.box, o))) ??
      spots.find((s) => clear(s.box));
    if (!spot) continue;
    placed.push(spot.box);
    labels.push(spot.label);
  }
  return labels;
}

function labelled(layout: MapLayout): PlacedNode[] {
  const byActivity = [...layout.nodes].sort(
    (a, b) => b.node.activity - a.node.activity || (a.node.id < b.node.id ? -1 : 1),
  );
  if (byActivity.length <= LABEL_ALL_UP_TO) return byActivity;
  const newEnds = new Set(layout.edges.filter((e) => e.isNew).flatMap((e) => [e.first, e.second]));
  return byActivity.filter(
    (p, rank) => rank < BUSIEST || p.inBand || p.node.isolated || newEnds.has(p.node.id),
  );
}

function candidates(p: PlacedNode, text: string) {
  const width = Array.from(text).length * CHAR_WIDTH;
  const round = (v: number) => Math.round(v * 100) / 100;
  // The box spans the letters' ascent and descent around the baseline; the gap keeps it off
  // its own node, so only the others' are obstacles.
  const at = (x: number, baseline: number, anchor: PlacedLabel['anchor']) => {
    const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    const box = { x0, x1: x0 + width, y0: baseline - 0.95 * LABEL_SIZE, y1: baseline + 0.25 * LABEL_SIZE };
    return { box, label: { text, x: round(x), y: round(baseline), anchor } };
  };
  const middle = p.y + 0.35 * LABEL_SIZE;
  const right = at(p.x + p.r + GAP, middle, 'start');
  const left = at(p.x - p.r - GAP, middle, 'end');
  const below = at(p.x, p.y + p.r + GAP + 0.95 * LABEL_SIZE, 'middle');
  const above = at(p.x, p.y - p.r - GAP - 0.25 * LABEL_SIZE, 'middle');
  return p.inBand ? [below, right] : [right, left, below, above];
}

const circleBox = (p: PlacedNode): Box => ({ x0: p.x - p.r, x1: p.x + p.r, y0: p.y - p.r, y1: p.y + p.r });
