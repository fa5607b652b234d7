// The organisations of a network and the exchanges between them per window of days, for the
// digest's network measures and map (src/core/digest/network/network-facts.ts).
// TODO(helper measures): one set-based query for the ties, one for the activity.
import type { NetworkFacts } from '../../src/core/digest/network/network-facts.ts';
import type { DayRange } from '../../src/core/digest/period.ts';
import type { Database } from '../client.ts';

export async function networkFacts(
  _db: Database,
  _networkId: string,
  windows: readonly DayRange[],
  _timeZone: string,
): Promise<NetworkFacts> {
  return { windows: [...windows], organisations: [], ties: [], activity: [] };
}
