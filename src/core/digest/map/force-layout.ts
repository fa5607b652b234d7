// A small force layout, in the manner of d3-force (velocity Verlet, a cooling alpha, springs on
// the ties, repulsion between all, collision, a pull to the middle), on typed arrays. d3-force
// took ~300 ms for 200 organisations on a 2-core machine, mostly in its Barnes-Hut quadtree,
// which does not pay below a few thousand nodes; the plain pairwise loop here takes a tenth.
// Deterministic: the start is a spiral in the given order, the only randomness (two nodes on
// the same spot) is drawn from the seed.
import { seededRandom } from '../../cafe/seeded-random.ts';

export interface ForceNode {
  r: number;
}

export interface ForceLink {
  source: number;
  target: number;
  /** 0…1: how strong the spring is, relative to the others. */
  strength: number;
}

export interface ForceOptions {
  seed: string;
  ticks?: number;
  linkDistance?: number;
  charge?: number;
  /** Pull to the middle, horizontally and vertically. */
  gravityX?: number;
  gravityY?: number;
}

const VELOCITY_KEPT = 0.6;
const ALPHA_MIN = 0.001;
const COLLISION_GAP = 3;

/** The nodes' positions, centred near 0,0, in the order given. */
export function forceLayout(
  nodes: readonly ForceNode[],
  links: readonly ForceLink[],
  options: ForceOptions,
): { x: Float64Array; y: Float64Array } {
  const n = nodes.length;
  const { ticks = 300, linkDistance = 36, charge = -70, gravityX = 0.04, gravityY = 0.06 } = options;
  const random = seededRandom(options.seed);
  const jiggle = () => (random.next() - 0.5) * 1e-6;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const r = Float64Array.from(nodes, (node) => node.r);
  // d3's start: a phyllotaxis spiral, evenly spread whatever the count.
  for (let i = 0; i < n; i += 1) {
    const radius = 10 * Math.sqrt(0.5 + i);
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    x[i] = radius * Math.cos(angle);
    y[i] = radius * Math.sin(angle);
  }
  const degree = new Float64Array(n);
  for (const link of links) {
    degree[link.source] = (degree[link.source] ?? 0) + 1;
    degree[link.target] = (degree[link.target] ?? 0) + 1;
  }
  const decay = 1 - ALPHA_MIN ** (1 / ticks);
  let alpha = 1;
  for (let tick = 0; tick < ticks; tick += 1) {
    alpha += -alpha * decay;
    springs(links, degree, linkDistance, alpha, { x, y, vx, vy }, jiggle);
    repulse(n, charge * alpha, { x, y, vx, vy }, jiggle);
    for (let i = 0; i < n; i += 1) {
      vx[i] = ((vx[i] as number) - (x[i] as number) * gravityX * alpha) * VELOCITY_KEPT;
      vy[i] = ((vy[i] as number) - (y[i] as number) * gravityY * alpha) * VELOCITY_KEPT;
      x[i] = (x[i] as number) + (vx[i] as number);
      y[i] = (y[i] as number) + (vy[i] as number);
    }
    separate(n, r, x, y);
  }
  return { x, y };
}

interface State {
  x: Float64Array;
  y: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
}

/** d3's link force: each end moves in proportion to the other end's degree. */
function springs(
  links: readonly ForceLink[],
  degree: Float64Array,
  distance: number,
  alpha: number,
  { x, y, vx, vy }: State,
  jiggle: () => number,
) {
  for (const { source: s, target: t, strength } of links) {
    const ds = degree[s] as number;
    const dt = degree[t] as number;
    let dx = (x[t] as number) + (vx[t] as number) - (x[s] as number) - (vx[s] as number) || jiggle();
    let dy = (y[t] as number) + (vy[t] as number) - (y[s] as number) - (vy[s] as number) || jiggle();
    const length = Math.sqrt(dx * dx + dy * dy);
    const pull = (((length - distance) / length) * alpha * strength) / Math.min(ds, dt);
    dx *= pull;
    dy *= pull;
    const bias = ds / (ds + dt);
    vx[t] = (vx[t] as number) - dx * bias;
    vy[t] = (vy[t] as number) - dy * bias;
    vx[s] = (vx[s] as number) + dx * (1 - bias);
    vy[s] = (vy[s] as number) + dy * (1 - bias);
  }
}

/** Every pair pushes apart, weaker with distance (d3's many-body force, without approximation). */
function repulse(n: number, strength: number, { x, y, vx, vy }: State, jiggle: () => number) {
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      let dx = (x[j] as number) - (x[i] as number);
      let dy = (y[j] as number) - (y[i] as number);
      if (dx === 0 && dy === 0) {
        dx = jiggle();
        dy = jiggle();
      }
      // d3's floor on the squared distance keeps two close nodes from being shot apart.
      const d2 = Math.max(dx * dx + dy * dy, 1);
      const w = strength / d2;
      vx[i] = (vx[i] as number) + dx * w;
      vy[i] = (vy[i] as number) + dy * w;
      vx[j] = (vx[j] as number) - dx * w;
      vy[j] = (vy[j] as number) - dy * w;
    }
  }
}

/** Overlapping circles move apart, each by half the overlap. */
function separate(n: number, r: Float64Array, x: Float64Array, y: Float64Array) {
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const dx = (x[j] as number) - (x[i] as number);
      const dy = (y[j] as number) - (y[i] as number);
      const min = (r[i] as number) + (r[j] as number) + COLLISION_GAP;
      const d2 = dx * dx + dy * dy;
      if (d2 >= min * min || d2 === 0) continue;
      const d = Math.sqrt(d2);
      const push = ((min - d) / d) * 0.25;
      x[i] = (x[i] as number) - dx * push;
      y[i] = (y[i] as number) - dy * push;
      x[j] = (x[j] as number) + dx * push;
      y[j] = (y[j] as number) + dy * push;
    }
  }
}
