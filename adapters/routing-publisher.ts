// The core's publisher when several platforms run in one process (the scheduler's posts, the
// poll refresher's edits): each space's messages go through the adapter of its platform.
import type { Logger, Publisher } from '../src/core/public.ts';
import type { PlatformAdapter } from './platform.ts';

export function routingPublisher(adapters: readonly PlatformAdapter[], logger: Logger): Publisher {
  const adapterOf = (platform: string) => adapters.find((a) => a.platform === platform);
  const publisher: Publisher = {
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
  // Only where some platform edits: otherwise the core does not read polls again for nothing.
  if (!adapters.some((a) => a.publisher.edit)) return publisher;
  return {
    ...publisher,
    async edit(space, ref, message, locale) {
      const edit = adapterOf(space.platform)?.publisher.edit;
      if (!edit) return { ok: true } as const; // nothing to edit where messages are only printed
      return edit(space, ref, message, locale);
    },
  };
}
