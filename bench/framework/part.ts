// What a part of the benchmark suite is and what it reports. A part measures one thing the
// operators experience (a digest, a café round, a start-up) next to a baseline measured in
// the same run (the bare SQL, a bare process), so the ratio holds on a noisy machine.

export type Unit = 'ms' | 's' | 'MB' | 'µs' | 'req/s' | '/s' | '%' | 'count' | '×';

/** A target of the issue: `value op limit` passes (e.g. `<` 200 ms). */
export interface Target {
  op: '<' | '<=' | '>=' | '=';
  limit: number;
}

export interface Figure {
  metric: string;
  value: number;
  unit: Unit;
  target?: Target;
  /** The same work done bare (no Maillage code), in the same run: the ratio is value ÷ baseline. */
  baseline?: { value: number; label: string };
}

export interface PartContext {
  /** A tiny version of the part: checks it runs end to end; targets are not judged. */
  smoke: boolean;
  /** TEST_DATABASE_URL (a server where databases of their own are created); set when the part needs it. */
  serverUrl: string;
  /** Adds a row to the table and to results.json. */
  record(figure: Figure): void;
  /** Anything else worth keeping in results.json (breakdowns, sizes, samples), under the part. */
  detail(key: string, value: unknown): void;
  /** Progress, on standard error. */
  log(line: string): void;
  /** Runs when the part ends, even when it fails or the run is interrupted (last registered first). */
  cleanup(work: () => Promise<void> | void): void;
}

export interface BenchPart {
  /** Selects the part on the command line: `npm run bench -- digest`. */
  name: string;
  /** One line for the table's heading and the README (`4. Digest`). */
  title: string;
  /** Whether `npm run bench` without part names runs it (and `bench:smoke` its tiny version). */
  inSuite: boolean;
  /** Needs TEST_DATABASE_URL. */
  needsServer: boolean;
  run(context: PartContext): Promise<void>;
}

/** Whether a figure meets its target; undefined without one. */
export function meets(figure: Figure): boolean | undefined {
  const { target, value } = figure;
  if (!target) return undefined;
  switch (target.op) {
    case '<':
      return value < target.limit;
    case '<=':
      return value <= target.limit;
    case '>=':
      return value >= target.limit;
    case '=':
      return value === target.limit;
  }
}

/** value ÷ baseline, when there is a baseline. */
export function ratioOf(figure: Figure): number | undefined {
  if (!figure.baseline || figure.baseline.value === 0) return undefined;
  return figure.value / figure.baseline.value;
}
