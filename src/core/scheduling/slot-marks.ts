// Slot-based scheduled work (the digest, the café's rounds): a run's slot is its scheduled
// instant, and the latest slot claimed is the last one run. A "start mark" is a completed
// claim at the instant a setting changed, so that slots before it are never run.
import type { Repositories } from '../ports.ts';
import type { RunRef } from './due-work.ts';

export const slotRun = (networkId: string, slot: Date): RunRef => ({ networkId, slot, subjectId: null });

/** Records, as a completed run of `kind`, that slots count from `at` on. */
export async function markSlotStart(
  repos: Repositories,
  kind: string,
  networkId: string,
  at: Date,
  by: string,
): Promise<void> {
  const run = slotRun(networkId, at);
  if (await repos.scheduledRuns.claim(kind, run, by, at)) await repos.scheduledRuns.complete(kind, run, at);
}
