// The node-cron wrapper really ticks, never overlaps a slow tick, survives a failing
// tick, and stops.
import { describe, expect, it } from 'vitest';
import { startTicker } from '../../adapters/scheduler/cron-ticker.ts';
import { RecordingLogger } from '../support/fakes.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the cron ticker', () => {
  it('calls the tick every second with a per-second expression, and stops', async () => {
    let ticks = 0;
    const ticker = startTicker(
      async () => {
        ticks++;
      },
      new RecordingLogger(),
      '* * * * * *',
    );
    await sleep(2600);
    await ticker.stop();
    const seen = ticks;
    expect(seen).toBeGreaterThanOrEqual(2);
    await sleep(1200);
    expect(ticks).toBe(seen);
  });

  it('logs a failing tick and keeps ticking', async () => {
    const logger = new RecordingLogger();
    let ticks = 0;
    const ticker = startTicker(
      async () => {
        ticks++;
        throw new Error('database unreachable');
      },
      logger,
      '* * * * * *',
    );
    await sleep(2600);
    await ticker.stop();
    expect(ticks).toBeGreaterThanOrEqual(2);
    expect(logger.entries.filter((e) => e.message === 'scheduler tick failed').length).toBe(ticks);
  });
});
