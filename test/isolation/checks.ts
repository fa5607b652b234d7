// Checks the isolation test repeats: no marker of the other network in what the bot sent,
// no row of a network changed by what the other network did.
import { expect } from 'vitest';
import type { Database } from '../../db/client.ts';
import { rowCounts } from '../support/row-counts.ts';
import { markersIn } from './networks.ts';

/** Fails naming the markers of `network` found in `text`. */
export function expectNoneOf(network: 'A' | 'B', text: string): void {
  expect(markersIn(text, network), `markers of network ${network} in: ${text.slice(0, 600)}`).toEqual([]);
}

/** Runs `work` and checks that no row of the network changed. */
export async function unchanged(db: Database, networkId: string, work: () => Promise<void>): Promise<void> {
  const before = await rowCounts(db, networkId);
  await work();
  expect(await rowCounts(db, networkId)).toEqual(before);
}
