// The measures of the network of organisations over one window of days (how many are linked,
// density, mixing between types, the organisations that bridge groups, those left aside) and
// their trend over several windows. Organisations are the nodes; exchanges between them, ties.
import type { DayRange } from '../period.ts';
import { type Matrix, mixingMatrix, type WeightedTie } from './mixing-matrix.ts';
import type { NetworkFacts, OrgNode } from './network-facts.ts';
import { adjacency, betweenness, cutVertices } from './tie-graph.ts';

export type { Matrix } from './mixing-matrix.ts';

export interface Bridge {
  id: string;
  name: string;
  /** Normalised 0..1 (Brandes, undirected: scaled by 2/((n-1)(n-2))). */
  betweenness: number;
  /** Removing it splits a connected group of organisations. */
  cutVertex: boolean;
}

export interface NetworkMeasures {
  /** Organisations existing at the window's end. */
  organisations: number;
  /** Of those, with at least one tie in the window. */
  linked: number;
  /** Pairs with at least one exchange together in the window. */
  ties: number;
  /** The sum of the ties' exchanges (an exchange of three organisations counts thrice). */
  exchangesBetween: number;
  /** ties / (n(n-1)/2); 0 under two organisations. */
  density: number;
  /** Ties between organisations of different types / of the same type. */
  crossTies: number;
  withinTies: number;
  /** (cross - within) / (cross + within); null without tie. */
  eiIndex: number | null;
  /** Betweenness above 0, highest first (then by name), at most 5. */
  bridges: Bridge[];
  /** Organisations there before the window began that took part in no exchange in it, by name. */
  isolated: string[];
  byType: Matrix;
  byTerritory: Matrix;
}

export interface TrendPoint {
  window: DayRange;
  organisations: number;
  linked: number;
  ties: number;
  density: number;
  crossTies: number;
  withinTies: number;
  eiIndex: number | null;
}

const MAX_BRIDGES = 5;

interface WindowGraph {
  window: DayRange;
  nodes: OrgNode[];
  ties: WeightedTie[];
  linked: number;
  density: number;
  crossTies: number;
  withinTies: number;
  eiIndex: number | null;
}

/**
 * The organisations and ties of a window. An organisation counts from its creation day; one
 * with a tie in the window counts even if created later (an exchange dated back), so that
 * density stays within 0..1 and every tie has its two ends.
 */
function windowGraph(facts: NetworkFacts, index: number): WindowGraph {
  const window = facts.windows[index];
  if (!window) throw new RangeError(`no window ${index} among ${facts.windows.length}`);
  const inWindow = facts.ties
    .map((t) => ({ first: t.first, second: t.second, count: t.counts[index] ?? 0 }))
    .filter((t) => t.count > 0);
  const tied = new Set(inWindow.flatMap((t) => [t.first, t.second]));
  const nodes = facts.organisations.filter((o) => o.createdOn < window.to || tied.has(o.id));
  const typeOf = new Map(nodes.map((o) => [o.id, o.typeCode]));
  const ties = inWindow.filter((t) => typeOf.has(t.first) && typeOf.has(t.second));
  const crossTies = ties.filter((t) => typeOf.get(t.first) !== typeOf.get(t.second)).length;
  const withinTies = ties.length - crossTies;
  const n = nodes.length;
  return {
    window,
    nodes,
    ties,
    linked: new Set(ties.flatMap((t) => [t.first, t.second])).size,
    density: n < 2 ? 0 : ties.length / ((n * (n - 1)) / 2),
    crossTies,
    withinTies,
    eiIndex: ties.length === 0 ? null : (crossTies - withinTies) / ties.length,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Organisations whose betweenness is above 0 (the highest five), cut vertices flagged. */
function bridgesOf(graph: WindowGraph): Bridge[] {
  const indexOf = new Map(graph.nodes.map((o, i) => [o.id, i]));
  const edges = graph.ties.map((t): [number, number] => [
    indexOf.get(t.first) ?? 0,
    indexOf.get(t.second) ?? 0,
  ]);
  const tieGraph = adjacency(graph.nodes.length, edges);
  const scores = betweenness(tieGraph);
  const cut = cutVertices(tieGraph);
  return graph.nodes
    .map((o, i) => ({ id: o.id, name: o.name, betweenness: scores[i] ?? 0, cutVertex: cut[i] ?? false }))
    .filter((b) => b.betweenness > 1e-12)
    .sort((a, b) =>
      Math.abs(b.betweenness - a.betweenness) > 1e-12 ? b.betweenness - a.betweenness : byName(a, b),
    )
    .slice(0, MAX_BRIDGES);
}

function isolatedIn(facts: NetworkFacts, graph: WindowGraph, index: number): string[] {
  const active = new Set(facts.activity.filter((a) => (a.counts[index] ?? 0) > 0).map((a) => a.id));
  return graph.nodes
    .filter((o) => o.createdOn < graph.window.from && !active.has(o.id))
    .sort(byName)
    .map((o) => o.id);
}

export function measureWindow(facts: NetworkFacts, index: number): NetworkMeasures {
  const graph = windowGraph(facts, index);
  const ids = graph.nodes.map((o) => o.id);
  const nodeOf = new Map(graph.nodes.map((o) => [o.id, o]));
  return {
    organisations: graph.nodes.length,
    linked: graph.linked,
    ties: graph.ties.length,
    exchangesBetween: graph.ties.reduce((sum, t) => sum + t.count, 0),
    density: graph.density,
    crossTies: graph.crossTies,
    withinTies: graph.withinTies,
    eiIndex: graph.eiIndex,
    bridges: bridgesOf(graph),
    isolated: isolatedIn(facts, graph, index),
    byType: mixingMatrix(ids, graph.ties, (id) => nodeOf.get(id)?.typeCode ?? ''),
    byTerritory: mixingMatrix(ids, graph.ties, (id) => nodeOf.get(id)?.territory ?? ''),
  };
}

/** The headline figures of several windows (no betweenness: cheap for a year of months). */
export function trend(facts: NetworkFacts, indexes: readonly number[]): TrendPoint[] {
  return indexes.map((index) => {
    const { window, nodes, linked, ties, density, crossTies, withinTies, eiIndex } = windowGraph(
      facts,
      index,
    );
    return {
      window,
      organisations: nodes.length,
      linked,
      ties: ties.length,
      density,
      crossTies,
      withinTies,
      eiIndex,
    };
  });
}
