// The core's publisher across platforms (adapters/routing-publisher.ts): each space's posts
// and edits go to the adapter of its platform, refs and options passing through unchanged;
// with no platform that edits, there is no `edit`, so the core reads no poll for nothing.
import { describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../adapters/platform.ts';
import { routingPublisher } from '../../adapters/routing-publisher.ts';
import type { Message } from '../../src/core/message.ts';
import type { Platform, Space } from '../../src/core/model.ts';
import type { PostOptions, Publisher } from '../../src/core/ports.ts';
import { RecordingLogger } from '../support/fakes.ts';

const message: Message = { visibility: 'public', blocks: [{ type: 'text', text: 'Bonjour' }] };
const space = (platform: Platform): Space =>
  ({ id: `s-${platform}`, platform, externalId: `x-${platform}`, removedAt: null }) as Space;

/** An adapter whose publisher records what it was asked, and answers a ref of its own. */
function adapter(platform: Platform, edits: boolean) {
  const calls: Array<{ what: string; ref?: string; options?: PostOptions | undefined }> = [];
  const publisher: Publisher = {
    async post(_space, _channelId, _message, _locale, options) {
      calls.push({ what: 'post', options });
      return { ok: true, ref: `${platform}:1` };
    },
    async direct() {
      return { ok: true };
    },
  };
  if (edits)
    publisher.edit = async (_space, ref) => {
      calls.push({ what: 'edit', ref });
      return { ok: true };
    };
  const platformAdapter = { platform, publisher, start: async () => {}, stop: async () => {} };
  return { adapter: platformAdapter satisfies PlatformAdapter, calls };
}

describe('the routing publisher', () => {
  it('posts through the adapter of the space, answering its ref, with the options given', async () => {
    const slack = adapter('slack', true);
    const discord = adapter('discord', true);
    const publisher = routingPublisher([slack.adapter, discord.adapter], new RecordingLogger());
    const posted = await publisher.post(space('discord'), 'c1', message, 'fr', { replyTo: 'c1:9' });
    expect(posted).toEqual({ ok: true, ref: 'discord:1' });
    expect(discord.calls).toEqual([{ what: 'post', options: { replyTo: 'c1:9' } }]);
    expect(slack.calls).toEqual([]);
  });

  it('edits through the adapter of the space, and answers ok where that platform never edits', async () => {
    const slack = adapter('slack', true);
    const shell = adapter('shell', false);
    const publisher = routingPublisher([slack.adapter, shell.adapter], new RecordingLogger());
    expect(await publisher.edit?.(space('slack'), 'C1:1.2', message, 'fr')).toEqual({ ok: true });
    expect(slack.calls).toEqual([{ what: 'edit', ref: 'C1:1.2' }]);
    expect(await publisher.edit?.(space('shell'), 'x', message, 'fr')).toEqual({ ok: true });
    expect(shell.calls).toEqual([]);
  });

  it('has no edit when no platform edits (the shell alone)', () => {
    const publisher = routingPublisher([adapter('shell', false).adapter], new RecordingLogger());
    expect(publisher.edit).toBeUndefined();
  });
});
