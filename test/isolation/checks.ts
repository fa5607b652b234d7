// Checks the isolation test repeats: no marker of the other network in what the bot sent,
// no row of a network changed by what the other network did.
import { expect } from 'vitest';
import type { Database } from '../../db/client.ts';
import { nextId, type StoredMessage } from '../discord/fake-discord.ts';
import { rowCounts } from '../support/row-counts.ts';
import { markersIn } from './networks.ts';

/** Fails naming the markers of `network` found in `text`. */
export function expectNoneOf(network: 'A' | 'B', text: string): void {
  expect(markersIn(text, network), `markers of network ${network} in: ${text.slice(0, 600)}`).toEqual([]);
}

/** A message of the bot in a private conversation of its own, to click a button of. */
export function dmMessage(): StoredMessage {
  return {
    id: nextId(),
    channel_id: nextId(),
    type: 0,
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    author: { id: '223456789012345678', username: 'Maillage', discriminator: '0000', bot: true },
  };
}

/** Runs `work` and checks that no row of the network changed. */
export async function unchanged(db: Database, networkId: string, work: () => Promise<void>): Promise<void> {
  const before = await rowCounts(db, networkId);
  await work();
  expect(await rowCounts(db, networkId)).toEqual(before);
}
