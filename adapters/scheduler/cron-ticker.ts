// The clock of scheduled work: node-cron calls the core's tick on every process. The
// tick decides what is due and claims it in the database, so ticking everywhere is safe.
import cron from 'node-cron';
import type { Logger } from '../../src/core/ports.ts';

export interface Ticker {
  stop(): Promise<void>;
}

/** Ticks every 20 seconds (polls close within a minute of their deadline), never overlapping. */
export function startTicker(
  tick: () => Promise<unknown>,
  logger: Logger,
  expression = '*/20 * * * * *',
): Ticker {
  const task = cron.schedule(
    expression,
    async () => {
      try {
        await tick();
      } catch (error) {
        logger.error({ error: (error as Error).message }, 'scheduler tick failed');
      }
    },
    { name: 'maillage-tick', noOverlap: true },
  );
  return {
    stop: async () => {
      await task.stop();
      await task.destroy();
    },
  };
}
