// How much the fuzz tests run, from the environment: FUZZ_RUNS (inputs per command, or
// per route on Slack and Discord) and FUZZ_SEED (fast-check's seed; fixed by default so a
// run is repeatable, printed with every failure so that one can be replayed).
import type { Parameters } from 'fast-check';

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** Inputs per command on the core path; the HTTP paths run a fraction of it (real requests). */
export const FUZZ_RUNS = positive('FUZZ_RUNS', 40);
export const FUZZ_SEED = (() => {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw.trim() === '') return 20_261_120;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error('FUZZ_SEED must be an integer');
  return value;
})();

/**
 * fast-check settings for `runs` inputs, with the run's seed shifted per property. Database
 * properties stop at the first failure (shrinking would replay hundreds of requests on a
 * state that moved on); pure ones shrink it to a small counterexample.
 */
export function settings(runs: number, salt: number, shrink = false): Parameters<unknown> {
  return { numRuns: runs, seed: FUZZ_SEED + salt, endOnFailure: !shrink, verbose: 1 };
}

/** A stable number per name, so each property gets its own stream of inputs from one seed. */
export function saltOf(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) | 0;
  return Math.abs(hash) % 1_000_003;
}

/** Counts inputs per label and prints them once (the report asks how many ran). */
export class RunCounter {
  readonly counts = new Map<string, number>();
  /** Inputs the core accepted (ran and changed or showed something), by label. */
  readonly accepted = new Map<string, number>();
  add(label: string, accepted?: boolean): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
    if (accepted !== undefined)
      this.accepted.set(label, (this.accepted.get(label) ?? 0) + (accepted ? 1 : 0));
  }
  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  print(title: string, startedAt: number): void {
    const lines = [...this.counts].map(([label, n]) => {
      const accepted = this.accepted.get(label);
      return `  ${label}: ${n}${accepted === undefined ? '' : ` (${accepted} accepted by the core)`}`;
    });
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    process.stdout.write(
      `[fuzz] ${title}: ${this.total()} inputs in ${seconds} s (seed ${FUZZ_SEED})\n${lines.join('\n')}\n`,
    );
  }
}
