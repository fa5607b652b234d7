// The unweighted graph of a window's ties, on dense indexes, and the two structural measures
// taken on it: betweenness (Brandes, O(V·E)) and cut vertices (Tarjan's lowlink). Both are
// iterative, so a long chain of organisations cannot overflow the stack.

/** Neighbours of each node, by index (undirected: each tie appears in both lists). */
export type Adjacency = readonly (readonly number[])[];

export function adjacency(size: number, edges: readonly (readonly [number, number])[]): Adjacency {
  const lists: number[][] = Array.from({ length: size }, () => []);
  for (const [a, b] of edges) {
    lists[a]?.push(b);
    lists[b]?.push(a);
  }
  return lists;
}

const at = (values: ArrayLike<number>, index: number): number => values[index] as number;

/** The adjacency lists packed in two arrays (neighbours of v: targets[offsets[v] .. offsets[v+1]]). */
function packed(graph: Adjacency) {
  const offsets = new Int32Array(graph.length + 1);
  graph.forEach((neighbours, v) => {
    offsets[v + 1] = at(offsets, v) + neighbours.length;
  });
  const targets = new Int32Array(at(offsets, graph.length));
  graph.forEach((neighbours, v) => {
    targets.set(neighbours, at(offsets, v));
  });
  return { offsets, targets };
}

/**
 * Betweenness of each node, normalised for an undirected graph of `graph.length` nodes:
 * the share of the pairs of other nodes whose shortest paths run through it (0..1).
 */
export function betweenness(graph: Adjacency): number[] {
  const n = graph.length;
  const { offsets, targets } = packed(graph);
  const raw = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Int32Array(n); // nodes in the order the search reached them (the stack)
  for (let source = 0; source < n; source++) {
    delta.fill(0);
    distance.fill(-1);
    sigma[source] = 1;
    distance[source] = 0;
    order[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = at(order, head);
      const next = at(distance, v) + 1;
      const paths = at(sigma, v);
      for (let k = at(offsets, v), end = at(offsets, v + 1); k < end; k++) {
        const w = at(targets, k);
        const reached = at(distance, w);
        if (reached < 0) {
          distance[w] = next;
          order[tail++] = w;
          sigma[w] = paths;
        } else if (reached === next) sigma[w] = at(sigma, w) + paths;
      }
    }
    // Back from the farthest: a node's predecessors are its neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = at(order, i);
      const closer = at(distance, w) - 1;
      const dependency = at(delta, w);
      const share = (1 + dependency) / at(sigma, w);
      for (let k = at(offsets, w), end = at(offsets, w + 1); k < end; k++) {
        const v = at(targets, k);
        if (at(distance, v) === closer) delta[v] = at(delta, v) + at(sigma, v) * share;
      }
      raw[w] = at(raw, w) + dependency;
    }
  }
  // Each unordered pair was counted from both ends (÷2), then scaled by 2/((n-1)(n-2)).
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  return Array.from(raw, (value) => value * scale);
}

/** Whether removing each node splits the connected group it belongs to. */
export function cutVertices(graph: Adjacency): boolean[] {
  const n = graph.length;
  const cut = new Array<boolean>(n).fill(false);
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // the next neighbour to look at, per node on the path
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (at(discovered, root) >= 0) continue;
    let rootChildren = 0;
    const path = [root];
    discovered[root] = low[root] = time++;
    while (path.length > 0) {
      const v = path[path.length - 1] as number;
      const neighbours = graph[v] ?? [];
      const i = at(next, v);
      if (i < neighbours.length) {
        next[v] = i + 1;
        const w = neighbours[i] as number;
        if (at(discovered, w) < 0) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          if (v === root) rootChildren++;
          path.push(w);
        } else if (w !== at(parent, v)) {
          low[v] = Math.min(at(low, v), at(discovered, w));
        }
        continue;
      }
      path.pop();
      const p = at(parent, v);
      if (p < 0) continue;
      low[p] = Math.min(at(low, p), at(low, v));
      if (p !== root && at(low, v) >= at(discovered, p)) cut[p] = true;
    }
    if (rootChildren > 1) cut[root] = true;
  }
  return cut;
}
