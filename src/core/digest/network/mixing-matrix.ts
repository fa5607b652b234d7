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
  const pairs = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>(ids.map((id) => [keyOf(id), 0]));
  const add = (a: string, b: string, count: number) => {
    const row = pairs.get(a) ?? new Map<string, number>();
    pairs.set(a, row);
    row.set(b, (row.get(b) ?? 0) + count);
    totals.set(a, (totals.get(a) ?? 0) + count);
  };
  for (const tie of ties) {
    const a = keyOf(tie.first);
    const b = keyOf(tie.second);
    add(a, b, tie.count);
    if (a !== b) add(b, a, tie.count);
  }
  const keys = [...totals.keys()].sort(
    (x, y) => (totals.get(y) ?? 0) - (totals.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
  );
  return { keys, cells: keys.map((a) => keys.map((b) => pairs.get(a)?.get(b) ?? 0)) };
}
