// Timing helpers shared by the parts: a monotonic clock, repeated runs after a warm-up, and
// quantiles taken the same way everywhere (nearest rank).

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The time `work` takes, in milliseconds, and what it returned. */
export async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = nowMs();
  const value = await work();
  return { ms: nowMs() - started, value };
}

/** Nearest-rank quantile of samples (0 < q ≤ 1). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export interface Samples {
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number[];
}

export function summarise(samples: readonly number[]): Samples {
  return {
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    min: Math.min(...samples),
    max: Math.max(...samples),
    samples: samples.map((s) => Math.round(s * 100) / 100),
  };
}

/** Runs `work` `warmUp` times untimed, then `runs` times timed (ms). */
export async function sample(
  work: () => Promise<unknown> | unknown,
  { warmUp, runs }: { warmUp: number; runs: number },
): Promise<Samples> {
  for (let i = 0; i < warmUp; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push((await time(work)).ms);
  return summarise(samples);
}

/**
 * Runs `maillage` and `bare` alternately (one of each per round, after a warm-up of each), so
 * both see the same moments of a noisy machine.
 */
export async function sampleSideBySide(
  maillage: () => Promise<unknown> | unknown,
  bare: () => Promise<unknown> | unknown,
  { warmUp, runs }: { warmUp: number; runs: number },
): Promise<{ maillage: Samples; bare: Samples }> {
  for (let i = 0; i < warmUp; i += 1) {
    await maillage();
    await bare();
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    ours.push((await time(maillage)).ms);
    theirs.push((await time(bare)).ms);
  }
  return { maillage: summarise(ours), bare: summarise(theirs) };
}
