// What the network measures and the map are computed from: the organisations of a network
// and the exchanges between them, counted per window of days. Totals only, never a member:
// organisations are the nodes, exchanges two organisations took part in together the ties.
import type { DayRange } from '../period.ts';

/** One organisation of the network. */
export interface OrgNode {
  id: string;
  name: string;
  typeCode: string;
  /** The territory most of its members give in their profile (ties: the first by name); null without one. */
  territory: string | null;
  /** The day it was added to the network, `YYYY-MM-DD` in the network's zone. */
  createdOn: string;
}

/** Two organisations (`first` < `second`, by id) and the exchanges they took part in together. */
export interface OrgTie {
  first: string;
  second: string;
  /** Exchanges both took part in, per window (same order as `NetworkFacts.windows`). */
  counts: number[];
  /** The day of their first exchange together, ever (`YYYY-MM-DD`). */
  firstMetOn: string;
}

/** Exchanges an organisation took part in, per window. */
export interface OrgActivity {
  id: string;
  counts: number[];
}

export interface NetworkFacts {
  /** The windows the counts are for, as asked. */
  windows: DayRange[];
  /** Every organisation of the network (those created after a window's end are not in it). */
  organisations: OrgNode[];
  /** Pairs with at least one exchange together in at least one window. */
  ties: OrgTie[];
  /** Organisations with at least one exchange in at least one window. */
  activity: OrgActivity[];
}
