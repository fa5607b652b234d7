// discord.js emits `rateLimited` each time a request waits for a bucket, its own global limit
// of 50 requests a second included. Under load that was thousands of warnings a second (45,622
// in one 25-second run of `npm run bench -- discord`), each costing CPU when there is none to
// spare. The first wait on a route (or on the global limit) is logged at once; the next ones
// within 10 s are counted, and the count goes with the next line logged for it.
import type { Logger } from '../../src/core/public.ts';

export interface RateLimitInfo {
  route: string;
  retryAfter: number;
  global: boolean;
}

export function rateLimitLog(
  logger: Logger,
  options: { windowMs?: number; now?: () => number } = {},
): (info: RateLimitInfo) => void {
  const windowMs = options.windowMs ?? 10_000;
  const now = options.now ?? Date.now;
  const last = new Map<string, { at: number; more: number }>();
  return (info) => {
    const key = info.global ? 'global' : info.route;
    const at = now();
    const seen = last.get(key);
    if (seen && at - seen.at < windowMs) {
      seen.more += 1;
      return;
    }
    const more = seen?.more ? { moreSinceLastLine: seen.more } : {};
    logger.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global, ...more },
      'Discord rate limit',
    );
    last.set(key, { at, more: 0 });
  };
}
