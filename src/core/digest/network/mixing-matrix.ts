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
  const pairs = ties.map((t) => ({
    a: numberOfId.get(t.first) ?? numberOf(t.first),
    b: numberOfId.get(t.second) ?? numberOf(t.second),
    count: t.count,
  }));
  const size = numbers.size;
  const sums = new Array<number>(size * size).fill(0);
  const cell = (a: number, b: number) => sums[a * size + b] ?? 0;
  for (const { a, b, count } of pairs) {
    sums[a * size + b] = cell(a, b) + count;
    if (a !== b) sums[b * size + a] = cell(b, a) + count;
  }
  const order = [...numbers].map(([key, n]) => ({
    key,
    n,
    total: sums.slice(n * size, (n + 1) * size).reduce((x, y) => x + y, 0),
  }));
  order.sort((x, y) => y.total - x.total || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return {
    keys: order.map((k) => k.key),
    cells: order.map((row) => order.map((column) => cell(row.n, column.n))),
  };
}
