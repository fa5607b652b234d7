// The picture's fixed geometry: 1600×1200 (readable labels at 200 organisations when shown
// at half size), the title on top, the legend on the right, the graph in what is left.

export const WIDTH = 1600;
export const HEIGHT = 1200;
export const TITLE_HEIGHT = 56;
export const LEGEND_WIDTH = 340;
export const MARGIN = 16;
/** Labels: at least 11 px at 1600 wide, as the issue asks. */
export const LABEL_SIZE = 12;
/** The legend's entries. */
export const TEXT_SIZE_SMALL = 13;
/** DejaVu Sans's widest common letters take ~0.62 em: overestimating keeps boxes apart. */
export const CHAR_WIDTH = 0.62 * LABEL_SIZE;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const inside = (inner: Box, outer: Box): boolean =>
  inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

/** Where nodes and their labels may go: the whole picture but the title and the legend. */
export const DRAWING: Box = { x0: MARGIN, y0: TITLE_HEIGHT, x1: WIDTH - LEGEND_WIDTH, y1: HEIGHT - MARGIN };

/** A node's radius: its area grows with its activity, so a busy one does not swamp the rest. */
export function radius(activity: number, maxActivity: number): number {
  // Written so that NaN, too, gives the smallest size.
  if (!(maxActivity > 0) || !(activity > 0)) return MIN_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(1, activity / maxActivity));
}
export const MIN_RADIUS = 4;
export const MAX_RADIUS = 20;
