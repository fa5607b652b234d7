// Time the test moves by hand, for code that waits (the scheduler's retries and the renewal
// of its claims): `sleep` registers a wake-up at a time of the fake clock, and `advance`
// moves that clock forward, waking each sleeper when its time comes and giving real I/O
// (the database, a fake platform over HTTP) a few real milliseconds after each wake-up.
// Minutes of scheduled work then take a fraction of a second.
import type { Sleep } from '../../src/core/scheduling/scheduler.ts';
import type { FakeClock } from './fakes.ts';

interface Sleeper {
  at: number;
  wake: () => void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ManualTime {
  private sleepers: Sleeper[] = [];

  constructor(readonly clock: FakeClock) {}

  readonly sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const sleeper: Sleeper = {
        at: this.clock.now().getTime() + ms,
        wake: () => {
          signal.removeEventListener('abort', abort);
          resolve();
        },
      };
      const abort = () => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
        reject(signal.reason);
      };
      signal.addEventListener('abort', abort, { once: true });
      this.sleepers.push(sleeper);
    });

  /** How many waits are pending. */
  get pending(): number {
    return this.sleepers.length;
  }

  /**
   * Moves the clock `ms` forward, at most `stepMs` at a time, stopping at each sleeper's
   * time to wake it; after each move, `pauseMs` real milliseconds pass.
   */
  async advance(ms: number, { stepMs = Number.POSITIVE_INFINITY, pauseMs = 5 } = {}): Promise<void> {
    const end = this.clock.now().getTime() + ms;
    for (;;) {
      const now = this.clock.now().getTime();
      const due = this.sleepers.filter((s) => s.at <= now).sort((a, b) => a.at - b.at);
      if (due.length > 0) {
        this.sleepers = this.sleepers.filter((s) => !due.includes(s));
        for (const sleeper of due) sleeper.wake();
        await pause(pauseMs);
        continue;
      }
      if (now >= end) return;
      const nextWake = Math.min(...this.sleepers.map((s) => s.at));
      this.clock.current = new Date(Math.min(end, now + stepMs, nextWake));
      await pause(pauseMs);
    }
  }

  /**
   * Moves the clock forward `stepMs` at a time until `done()` holds; fails past `limitMs`
   * of fake time or 10 s of real time (the awaited thing never happened).
   */
  async runUntil(
    done: () => boolean | Promise<boolean>,
    { stepMs = 1000, limitMs = 3_600_000, pauseMs = 5 } = {},
  ): Promise<void> {
    const start = this.clock.now().getTime();
    const realStart = Date.now();
    while (!(await done())) {
      if (this.clock.now().getTime() - start > limitMs || Date.now() - realStart > 10_000)
        throw new Error(`not done after ${this.clock.now().getTime() - start} ms of fake time`);
      await this.advance(stepMs, { pauseMs });
      await pause(pauseMs);
    }
  }
}
