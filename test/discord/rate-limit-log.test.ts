// Rate-limit waits of discord.js logged without flooding (adapters/discord/rate-limit-log.ts):
// the first wait on a route at once, the next ones within 10 s counted into the next line.
import { describe, expect, it } from 'vitest';
import { rateLimitLog } from '../../adapters/discord/rate-limit-log.ts';
import { RecordingLogger } from '../support/fakes.ts';

const messages = '/channels/:id/messages';
const edits = '/webhooks/:id/:token/messages/@original';

function setUp() {
  let time = 0;
  const logger = new RecordingLogger();
  const log = rateLimitLog(logger, { windowMs: 10_000, now: () => time });
  return {
    logger,
    log,
    at: (ms: number) => {
      time = ms;
    },
  };
}

describe('rateLimitLog', () => {
  it('logs the first wait on a route at once, with its route and delay', () => {
    const { logger, log } = setUp();
    log({ route: messages, retryAfter: 300, global: false });
    expect(logger.entries).toEqual([
      {
        level: 'warn',
        message: 'Discord rate limit',
        context: { route: messages, retryAfter: 300, global: false },
      },
    ]);
  });

  it('counts the waits of the next 10 s on that route into the next line', () => {
    const { logger, log, at } = setUp();
    log({ route: messages, retryAfter: 300, global: false });
    for (let i = 1; i <= 500; i += 1) {
      at(i * 10);
      log({ route: messages, retryAfter: 300, global: false });
    }
    expect(logger.entries).toHaveLength(1);
    at(10_000);
    log({ route: messages, retryAfter: 100, global: false });
    expect(logger.entries).toHaveLength(2);
    expect(logger.entries[1]?.context).toEqual({
      route: messages,
      retryAfter: 100,
      global: false,
      moreSinceLastLine: 500,
    });
  });

  it('keeps routes apart, and the global limit apart from them', () => {
    const { logger, log } = setUp();
    log({ route: messages, retryAfter: 300, global: false });
    log({ route: edits, retryAfter: 300, global: false });
    log({ route: edits, retryAfter: 20, global: true });
    log({ route: messages, retryAfter: 20, global: true });
    expect(
      logger.entries.map((e) => [
        (e.context as { route: string }).route,
        (e.context as { global: boolean }).global,
      ]),
    ).toEqual([
      [messages, false],
      [edits, false],
      [edits, true],
    ]);
  });
});
