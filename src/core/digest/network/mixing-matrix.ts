// Exchanges between groups of organisations (by type, by territory): who exchanges with whom,
// summed over the ties of a window.

/**
 * Symmetric: `cells[i][j]` is the number of exchanges between organisations of key i and of
 * key j (the diagonal: within key i). An exchange with three organisations counts once per
 * pair. Keys are sorted by their row's total, highest first, then by key; a missing value
 * (an organisation without territory) is the key '' (the caller labels it).
 */
export interface Matrix {
  keys: string[];
  cells: number[][];
}

export interface WeightedTie {
  first: string;
  second: string;
  count: number;
}

/** The matrix of `ties` grouped by `keyOf`; every key of `ids` has a row, even without exchange. */
export function mixingMatrix(
  ids: readonly string[],
  ties: readonly WeightedTie[],
  keyOf: (id: string) => string,
): Matrix {
  // Keys numbered in order of appearance, summed in a square, then reordered.
  const numbers = new Map<string, number>();
  const numberOf = (id: string) => {
    const key = keyOf(id);
    const known = numbers.get(key);
    if (known !== undefined) return known;
    numbers.set(key, numbers.size);
    return numbers.size - 1;
  };
  const numberOfId = new Map(ids.map((id) => [id, numberOf(id)]));
  const pairs = ties.map((t) => [
    numberOfId.get(t.first) ?? numberOf(t.first),
    numberOfId.get(t.second) ?? numberOf(t.second),
    t.count,
  ]);
  const size = numbers.size;
  const sums = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const [a = 0, b = 0, count = 0] of pairs) {
    (sums[a] as number[])[b] = ((sums[a] as number[])[b] as number) + count;
    if (a !== b) (sums[b] as number[])[a] = ((sums[b] as number[])[a] as number) + count;
  }
  const total = (n: number) => (sums[n] as number[]).reduce((sum, value) => sum + value, 0);
  const order = [...numbers].map(([key, n]) => ({ key, n, total: total(n) }));
  order.sort((x, y) => y.total - x.total || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return {
    keys: order.map((k) => k.key),
    cells: order.map((row) => order.map((column) => (sums[row.n] as number[])[column.n] as number)),
  };
}
