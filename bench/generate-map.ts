// A deterministic network for the digest's map: organisations of many types (a few frequent,
// a long tail, as in a real network), grouped in territories that mostly work among
// themselves, a share with no tie at all, and exchanges spread over the ties (a few strong,
// many weak), a share of ties made in the period. The same options give the same input.
import { seededRandom } from '../src/core/cafe/seeded-random.ts';
import type { MapEdge, MapInput, MapNode } from '../src/core/digest/map/map-input.ts';

export interface MapNetworkOptions {
  organisations: number;
  ties: number;
  exchanges: number;
  types?: number;
  /** Share of organisations with no tie. */
  isolatedShare?: number;
  /** Share of ties made in the period. */
  newShare?: number;
  seed?: string;
}

const KINDS = [
  'Association',
  'Centre social',
  'Tiers-lieu',
  'Collectif',
  'Coopérative',
  'Mairie',
  'Fondation',
];
const PLACES = [
  'des Tilleuls',
  'du Val d’Orge',
  'de la Croix-Rousse',
  'Saint-Martin',
  'du Haut-Jura',
  'des Quais',
];

export function generateMapInput(options: MapNetworkOptions): MapInput {
  const random = seededRandom(options.seed ?? 'map');
  const pick = <T>(items: readonly T[]) => items[random.int(items.length)] as T;
  const typeCount = options.types ?? 40;
  // Type k weighs 1 / k: a few types hold most organisations, many hold one or two.
  const typeOf = zipf(typeCount, 1, () => random.next());
  const nodes: MapNode[] = Array.from({ length: options.organisations }, (_, i) => {
    const type = typeOf();
    return {
      id: `org-${String(i).padStart(4, '0')}`,
      name: `${pick(KINDS)} ${pick(PLACES)}${i % 7 === 0 ? ' pour l’insertion et l’emploi des jeunes' : ''} ${i}`,
      typeCode: `type-${type}`,
      typeLabel: `Type ${type} ${type % 3 === 0 ? 'd’éducation populaire' : 'solidaire'}`,
      activity: 0,
      isolated: false,
    };
  });
  const isolated = Math.round(nodes.length * (options.isolatedShare ?? 0.04));
  const tied = nodes.slice(0, nodes.length - isolated);
  for (const node of nodes.slice(tied.length)) node.isolated = true;
  const edges = ties(tied, options.ties, () => random.next());
  const weightOf = zipf(edges.length, 1.1, () => random.next());
  // Each exchange goes to a tie (the k-th tie weighing 1 / k^1.1), and counts for both ends.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (let e = 0; e < options.exchanges; e += 1) {
    const edge = edges[weightOf() - 1] as MapEdge;
    edge.weight += 1;
    for (const id of [edge.first, edge.second]) (byId.get(id) as MapNode).activity += 1;
  }
  const kept = edges.filter((e) => e.weight > 0);
  for (const edge of kept) edge.isNew = edge.weight <= 2 && random.next() < (options.newShare ?? 0.1);
  return { nodes, edges: kept, locale: 'fr', title: 'Réseau de test — du 1er au 7 décembre', seed: 'test' };
}

/** Distinct pairs, 80 % of them within one of ten territories. */
function ties(nodes: MapNode[], count: number, next: () => number): MapEdge[] {
  const seen = new Set<string>();
  const edges: MapEdge[] = [];
  const territories = 10;
  const max = (nodes.length * (nodes.length - 1)) / 2;
  while (edges.length < Math.min(count, max * 0.9)) {
    const a = Math.floor(next() * nodes.length);
    let b = Math.floor(next() * nodes.length);
    if (next() < 0.8) b = b - (b % territories) + (a % territories);
    if (b >= nodes.length || a === b) continue;
    const [first, second] = [nodes[Math.min(a, b)] as MapNode, nodes[Math.max(a, b)] as MapNode];
    const key = `${first.id}|${second.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ first: first.id, second: second.id, weight: 0, isNew: false });
  }
  return edges;
}

/** Draws 1…n, k with weight 1 / k^s. */
function zipf(n: number, s: number, next: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k += 1) {
    total += 1 / k ** s;
    cumulative.push(total);
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}
