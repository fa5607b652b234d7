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

/** The adjacency lists packed in two arrays (neighbours of v: targets[offsets[v] .. offsets[v+1]]). */
function packed(graph: Adjacency) {
  const offsets = new Int32Array(graph.length + 1);
  graph.forEach((neighbours, v) => {
    offsets[v + 1] = (offsets[v] as number) + neighbours.length;
  });
  const targets = new Int32Array(offsets[graph.length] as number);
  graph.forEach((neighbours, v) => {
    targets.set(neighbours, offsets[v] as number);
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
      const v = order[head] as number;
      const next = (distance[v] as number) + 1;
      const paths = sigma[v] as number;
      for (let k = offsets[v] as number, end = offsets[v + 1] as number; k < end; k++) {
        const w = targets[k] as number;
        const reached = distance[w] as number;
        if (reached < 0) {
          distance[w] = next;
          order[tail++] = w;
          sigma[w] = paths;
        } else if (reached === next) sigma[w] = (sigma[w] as number) + paths;
      }
    }
    // Back from the farthest: a node's predecessors are its neighbours one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      const closer = (distance[w] as number) - 1;
      const dependency = delta[w] as number;
      const share = (1 + dependency) / (sigma[w] as number);
      for (let k = offsets[w] as number, end = offsets[w + 1] as number; k < end; k++) {
        const v = targets[k] as number;
        if ((distance[v] as number) === closer)
          delta[v] = (delta[v] as number) + (sigma[v] as number) * share;
      }
      raw[w] = (raw[w] as number) + dependency;
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
    if ((discovered[root] as number) >= 0) continue;
    let rootChildren = 0;
    const path = [root];
    discovered[root] = low[root] = time++;
    while (path.length > 0) {
      const v = path[path.length - 1] as number;
      const neighbours = graph[v] ?? [];
      const i = next[v] as number;
      if (i < neighbours.length) {
        next[v] = i + 1;
        const w = neighbours[i] as number;
        if ((discovered[w] as number) < 0) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          if (v === root) rootChildren++;
          path.push(w);
        } else if (w !== (parent[v] as number)) {
          low[v] = Math.min(low[v] as number, discovered[w] as number);
        }
        continue;
      }
      path.pop();
      const p = parent[v] as number;
      if (p < 0) continue;
      low[p] = Math.min(low[p] as number, low[v] as number);
      if (p !== root && (low[v] as number) >= (discovered[p] as number)) cut[p] = true;
    }
    if (rootChildren > 1) cut[root] = true;
  }
  return cut;
}
