// What the digest's map is drawn from: organisations (nodes) and the ties between them, with
// what the period changed. Names come from users: the SVG writer escapes them.
import type { Locale } from '../../locale.ts';

export interface MapNode {
  id: string;
  name: string;
  typeCode: string;
  typeLabel: string;
  /** Exchanges it took part in during the period: the node's size. */
  activity: number;
  /** No tie to another organisation: marked with a dashed ring. */
  isolated: boolean;
}

export interface MapEdge {
  first: string;
  second: string;
  /** Exchanges the two took part in together: the line's width. */
  weight: number;
  /** A tie the period made: drawn on top, in the highlight colour. */
  isNew: boolean;
}

export interface MapInput {
  nodes: MapNode[];
  edges: MapEdge[];
  locale: Locale;
  title: string;
  /** e.g. the network id + period: same input, same picture */
  seed: string;
}
