// The clock of scheduled work: node-cron calls the core's tick on every process. The
// tick decides what is due and claims it in the database, so ticking everywhere is safe.
import cron from 'node-cron';
import type { Logger } from '../../src/core/public.ts';

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
    {
      name: 'maillage-tick',
      noOverlap: true,
      // node-cron's own messages go to our JSON logs, not as coloured lines on standard error.
      logger: {
        info: (message: string) => logger.debug({ source: 'node-cron' }, message),
        warn: (message: string) => logger.warn({ source: 'node-cron' }, message),
        error: (message: string) => logger.error({ source: 'node-cron' }, message),
        debug: (message: string) => logger.debug({ source: 'node-cron' }, message),
      },
    },
  );
  // A tick skipped while the process was busy is harmless (the next one does the work, and
  // work is claimed in the database): worth a debug line, not a warning.
  task.on('execution:missed', () =>
    logger.debug({ source: 'node-cron' }, 'a tick was skipped: the process was busy'),
  );
  return {
    stop: async () => {
      await task.stop();
      await task.destroy();
    },
  };
}
