// Keys of slot-based scheduled work (the digest, the café's rounds): `networkId:<slot UTC>`.
// ISO instants in UTC sort as they follow each other, so the latest key is the latest slot;
// a "start mark" is a completed claim at the instant a setting changed, so that slots
// before it are never run.
import type { Repositories } from '../ports.ts';

export const slotKey = (networkId: string, at: Date) => `${networkId}:${at.toISOString()}`;

/** The slot a key names, or undefined when it names none. */
export function slotOfKey(key: string): Date | undefined {
  const at = new Date(key.slice(key.indexOf(':') + 1));
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** The slot of the network's latest claim of `kind` (done, being done, or a start mark). */
export async function latestSlot(
  repos: Repositories,
  kind: string,
  networkId: string,
): Promise<Date | undefined> {
  const latest = await repos.scheduledRuns.latestKey(kind, `${networkId}:`);
  return latest ? slotOfKey(latest) : undefined;
}

/** Records, as a completed run of `kind`, that slots count from `at` on. */
export async function markSlotStart(
  repos: Repositories,
  kind: string,
  networkId: string,
  at: Date,
  by: string,
): Promise<void> {
  const key = slotKey(networkId, at);
  if (await repos.scheduledRuns.claim(kind, key, by, at)) await repos.scheduledRuns.complete(kind, key, at);
}
