// The scheduler's publisher when several platforms run in one process: each space's
// messages go through the adapter of its platform.
import type { Logger, Publisher } from '../src/core/public.ts';
import type { PlatformAdapter } from './platform.ts';

export function routingPublisher(adapters: readonly PlatformAdapter[], logger: Logger): Publisher {
  const adapterOf = (platform: string) => adapters.find((a) => a.platform === platform);
  return {
    async post(space, channelId, message, locale, options) {
      const adapter = adapterOf(space.platform);
      if (!adapter) {
        logger.warn({ platform: space.platform }, 'no adapter for this space: scheduled message not posted');
        return { ok: false, reason: 'no-channel' } as const;
      }
      return adapter.publisher.post(space, channelId, message, locale, options);
    },
    async direct(space, externalUserId, message, locale) {
      const adapter = adapterOf(space.platform);
      if (!adapter) return { ok: false, reason: 'no-channel' } as const;
      return adapter.publisher.direct(space, externalUserId, message, locale);
    },
    // Where the platform has no group conversation, `no-access` makes the core write to each.
    async directGroup(space, externalUserIds, message, locale) {
      const adapter = adapterOf(space.platform);
      if (!adapter?.publisher.directGroup) return { ok: false, reason: 'no-access' } as const;
      return adapter.publisher.directGroup(space, externalUserIds, message, locale);
    },
  };
}
