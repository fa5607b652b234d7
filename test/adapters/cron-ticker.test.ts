// The node-cron wrapper really ticks, never overlaps a slow tick, survives a failing
// tick, and stops.
import { describe, expect, it, vi } from 'vitest';
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

  it('says nothing on standard error when ticks are missed while the process is busy', async () => {
    const logger = new RecordingLogger();
    const warned = vi.spyOn(console, 'warn');
    const written = vi.spyOn(process.stderr, 'write');
    const ticker = startTicker(async () => {}, logger, '* * * * * *');
    try {
      await sleep(1100);
      const until = Date.now() + 2500;
      while (Date.now() < until) {
        // The process is busy: node-cron misses the ticks of these seconds.
      }
      await sleep(1200);
    } finally {
      await ticker.stop();
    }
    const printed = [...warned.mock.calls, ...written.mock.calls].map((c) => String(c[0])).join('');
    warned.mockRestore();
    written.mockRestore();
    expect(printed).not.toContain('NODE-CRON');
    expect(printed).not.toContain('missed execution');
    expect(logger.entries.some((e) => e.level === 'debug' && e.message.includes('skipped'))).toBe(true);
  });
});
