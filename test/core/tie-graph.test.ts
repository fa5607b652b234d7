// Betweenness and cut vertices checked against their definitions, computed the slow way on
// random small graphs (all shortest paths counted pair by pair; each node removed in turn),
// and the time measureWindow takes on 200 organisations and 5,000 ties.
import { describe, expect, it } from 'vitest';
import { measureWindow } from '../../src/core/digest/network/graph-measures.ts';
import type { NetworkFacts } from '../../src/core/digest/network/network-facts.ts';
import {
  type Adjacency,
  adjacency,
  betweenness,
  cutVertices,
} from '../../src/core/digest/network/tie-graph.ts';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomEdges(n: number, edges: number, next: () => number): [number, number][] {
  const seen = new Set<string>();
  const result: [number, number][] = [];
  while (result.length < edges) {
    const a = Math.floor(next() * n);
    const b = Math.floor(next() * n);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    result.push([a, b]);
  }
  return result;
}

/** Distances and numbers of shortest paths from `source`, skipping `removed`. */
function paths(graph: Adjacency, source: number, removed = -1) {
  const distance = graph.map(() => -1);
  const count = graph.map(() => 0);
  distance[source] = 0;
  count[source] = 1;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    for (const w of graph[v] ?? []) {
      if (w === removed) continue;
      if (distance[w] === -1) {
        distance[w] = (distance[v] as number) + 1;
        queue.push(w);
      }
      if (distance[w] === (distance[v] as number) + 1) count[w] = (count[w] as number) + (count[v] as number);
    }
  }
  return { distance, count };
}

/** The definition: sum over pairs s < t of the share of shortest s-t paths through v. */
function slowBetweenness(graph: Adjacency): number[] {
  const n = graph.length;
  const all = graph.map((_, s) => paths(graph, s));
  return graph.map((_, v) => {
    let sum = 0;
    for (let s = 0; s < n; s++) {
      for (let t = s + 1; t < n; t++) {
        const st = all[s] as ReturnType<typeof paths>;
        const dst = st.distance[t] as number;
        if (s === v || t === v || dst < 0) continue;
        const dsv = st.distance[v] as number;
        const dvt = all[v]?.distance[t] as number;
        if (dsv >= 0 && dvt >= 0 && dsv + dvt === dst) {
          sum += ((st.count[v] as number) * (all[v]?.count[t] as number)) / (st.count[t] as number);
        }
      }
    }
    return n > 2 ? (sum * 2) / ((n - 1) * (n - 2)) : 0;
  });
}

function groups(graph: Adjacency, removed = -1): number {
  const seen = new Set<number>();
  let found = 0;
  graph.forEach((_, s) => {
    if (s === removed || seen.has(s)) return;
    found++;
    paths(graph, s, removed).distance.forEach((d, v) => {
      if (d >= 0) seen.add(v);
    });
  });
  return found;
}

describe('betweenness and cut vertices', () => {
  it('match their definitions on 200 random graphs', () => {
    const next = random(22);
    for (let round = 0; round < 200; round++) {
      const n = 2 + Math.floor(next() * 12);
      const edges = Math.floor(next() * Math.min(20, (n * (n - 1)) / 2));
      const graph = adjacency(n, randomEdges(n, edges, next));
      const fast = betweenness(graph);
      slowBetweenness(graph).forEach((value, v) => {
        expect(fast[v]).toBeCloseTo(value, 10);
      });
      // A cut vertex: without it, more groups than with it (an isolated node is no cut vertex).
      const before = groups(graph);
      const expected = graph.map(
        (_, v) => groups(graph, v) > before - ((graph[v]?.length ?? 0) === 0 ? 1 : 0),
      );
      expect(cutVertices(graph)).toEqual(expected);
    }
  });

  it('handles a chain of 5,000 organisations without running out of stack', () => {
    const n = 5000;
    const chain = adjacency(
      n,
      Array.from({ length: n - 1 }, (_, i): [number, number] => [i, i + 1]),
    );
    const cut = cutVertices(chain);
    expect(cut.filter(Boolean)).toHaveLength(n - 2);
    expect([cut[0], cut[n - 1]]).toEqual([false, false]);
  });

  it('measures 200 organisations and 5,000 ties', () => {
    const next = random(2026);
    const ids = Array.from({ length: 200 }, (_, i) => `org-${String(i).padStart(3, '0')}`);
    const facts: NetworkFacts = {
      windows: [{ from: '2026-11-09', to: '2026-11-16' }],
      organisations: ids.map((id, i) => ({
        id,
        name: id,
        typeCode: `T${i % 7}`,
        territory: i % 5 === 0 ? null : `Territoire ${i % 11}`,
        createdOn: '2026-01-05',
      })),
      ties: randomEdges(200, 5000, next).map(([a, b]) => ({
        first: ids[Math.min(a, b)] as string,
        second: ids[Math.max(a, b)] as string,
        counts: [1 + Math.floor(next() * 4)],
        firstMetOn: '2026-01-05',
      })),
      activity: ids.map((id) => ({ id, counts: [1] })),
    };
    // Speed is measured by `npm run bench -- map`, not here.
    const m = measureWindow(facts, 0);
    expect(m.ties).toBe(5000);
    expect(m.density).toBeCloseTo(5000 / ((200 * 199) / 2), 10);
    expect(m.byType.keys).toHaveLength(7);
  });
});
