// Replicas ticking as the cron ticker makes them (adapters/scheduler/cron-ticker.ts): every
// 20 seconds, a tick never starting while the previous one of the same replica runs — on
// fake time (manual-time.ts), so that minutes of scheduled work pass in a moment.
import type { Scheduler } from '../../src/core/scheduling/scheduler.ts';
import type { ManualTime } from './manual-time.ts';

export const TICK_MS = 20_000;

export interface Ticking {
  scheduler: Scheduler;
  /** When each tick started (fake time). */
  ticks: number[];
  /** Runs this replica took over from another. */
  replayed: number;
  running: Promise<void> | undefined;
}

export const ticking = (scheduler: Scheduler): Ticking => ({
  scheduler,
  ticks: [],
  replayed: 0,
  running: undefined,
});

const realPause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Real time after which a tick is taken as hanging. */
const HANG_MS = 1500;

/** Ticks every replica every 20 s of fake time for `ms`; a tick still running makes its replica skip one. */
export async function driveTicks(time: ManualTime, replicas: readonly Ticking[], ms: number): Promise<void> {
  const end = time.clock.now().getTime() + ms;
  while (time.clock.now().getTime() < end) {
    for (const r of replicas) {
      if (r.running) continue;
      r.ticks.push(time.clock.now().getTime());
      r.running = r.scheduler
        .tick()
        .then((done) => {
          r.replayed += done.replayed;
        })
        .finally(() => {
          r.running = undefined;
        });
    }
    // A tick that returns is done before time moves on (a loaded machine may take a while);
    // one that hangs on a real-time wait is left to hang, and its replica skips ticks.
    await Promise.race([Promise.all(replicas.map((r) => r.running)), realPause(HANG_MS)]);
    await time.advance(TICK_MS, { stepMs: 5000, pauseMs: 15 });
  }
}

/** The longest time a replica went without starting a tick, up to now (ms). */
export function longestTickGap(replicas: readonly Ticking[], now: number): number {
  const gaps = replicas.flatMap((r) => {
    const starts = [...r.ticks, now];
    return starts.slice(1).map((t, i) => t - (starts[i] ?? t));
  });
  return Math.max(0, ...gaps);
}
