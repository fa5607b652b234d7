// The café coopération's pairing: groups of two (one trio when the count is odd) that mix
// organisations first, then prefer organisations that never logged an exchange together, then
// avoid the pairs of the last rounds. Pure, deterministic for a seed, near-linear in members.
import { type SeededRandom, seededRandom, shuffleInPlace } from './seeded-random.ts';

export interface PairingCandidate {
  id: string;
  organisationId: string | null;
}

export interface PairingInput {
  members: readonly PairingCandidate[];
  /** Pairs of organisations that ever logged an exchange together: keys from pairKey(orgA, orgB). */
  metOrganisations: ReadonlySet<string>;
  /** Pairs of members put together in the last 4 rounds: keys from pairKey(memberA, memberB). */
  recentPairs: ReadonlySet<string>;
  /** Any string (the round's key): the same input and seed always give the same groups. */
  seed: string;
}

export interface PairingResult {
  /** Groups of 2, and at most one group of 3 when the count is odd. */
  groups: string[][];
  /** Members who could not be paired (only when fewer than 2 members were given). */
  alone: string[];
}

// Each level outweighs everything below it within the two groups a swap touches (3 × 11 < 100).
const SAME_ORGANISATION = 100;
const MET_ORGANISATIONS = 10;
const REPEATED_PAIR = 1;
/** Random draws for a partner; once one costs 0, further draws only look for a larger organisation. */
const PARTNER_DRAWS = 48;
const CHEAP_PARTNER_DRAWS = 16;
/** Members of the largest other organisation compared when no draw was from another organisation. */
const FALLBACK_SCAN = 16;
/** Random other pairs tried for a swap, per pair that has a met or repeated cost. */
const SWAP_TRIES = 16;

type Cost = (a: number, b: number) => number;
type Pair = [number, number];
/** Pairs of member indexes, the cost of each, and the member left over when the count is odd (or -1). */
type Greedy = { pairs: Pair[]; costs: number[]; leftover: number };

/** Order-independent key of two ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** 100 for one organisation, 10 for organisations that met, 0 otherwise. */
function organisationCost(a: PairingCandidate, b: PairingCandidate, input: PairingInput): number {
  if (a.organisationId === null || b.organisationId === null) return 0;
  if (a.organisationId === b.organisationId) return SAME_ORGANISATION;
  return input.metOrganisations.has(pairKey(a.organisationId, b.organisationId)) ? MET_ORGANISATIONS : 0;
}

function repeatCost(a: PairingCandidate, b: PairingCandidate, input: PairingInput): number {
  return input.recentPairs.has(pairKey(a.id, b.id)) ? REPEATED_PAIR : 0;
}

/** Per pair in the group: 100 for one organisation, 10 for organisations that met, 1 for a recent pair. */
export function groupCost(group: readonly PairingCandidate[], input: PairingInput): number {
  let cost = 0;
  for (const [i, a] of group.entries()) {
    for (const b of group.slice(i + 1)) cost += organisationCost(a, b, input) + repeatCost(a, b, input);
  }
  return cost;
}

const get = (array: Int32Array | readonly number[], index: number): number => array[index] as number;

/** A permutation of 0..n-1 and the position of each item in it, for swaps in constant time. */
type Placed = { items: Int32Array; at: Int32Array };

function placed(items: Int32Array): Placed {
  const at = new Int32Array(items.length);
  items.forEach((item, i) => {
    at[item] = i;
  });
  return { items, at };
}

function swap({ items, at }: Placed, i: number, j: number): void {
  const [a, b] = [get(items, i), get(items, j)];
  [items[i], items[j], at[a], at[b]] = [b, a, j, i];
}

const identity = (length: number): Int32Array => Int32Array.from({ length }, (_, i) => i);

/**
 * The unpaired members by organisation, in consecutive slots from start[org]; the organisations
 * kept sorted by how many members they have left; and a pool of all unpaired members to draw from.
 */
class Unpaired {
  readonly orgOf: Int32Array;
  readonly left: Int32Array;
  private readonly start: Int32Array;
  private readonly slots: Placed;
  private readonly order: Placed;
  /** atLeast[c]: how many organisations have c or more members left (they come first in order). */
  private readonly atLeast: Int32Array;
  private readonly pool: Placed;
  size: number;

  constructor(orgOf: Int32Array, organisations: number) {
    const left = new Int32Array(organisations);
    for (const org of orgOf) left[org] = get(left, org) + 1;
    this.orgOf = orgOf;
    this.left = left;
    this.size = orgOf.length;
    this.slots = placed(identity(this.size).sort((a, b) => get(orgOf, a) - get(orgOf, b) || a - b));
    this.start = new Int32Array(organisations);
    for (let org = 1; org < organisations; org += 1) {
      this.start[org] = get(this.start, org - 1) + get(left, org - 1);
    }
    this.order = placed(identity(organisations).sort((x, y) => get(left, y) - get(left, x) || x - y));
    this.atLeast = new Int32Array(get(left, this.largest()) + 2);
    for (const count of left) this.atLeast[count] = get(this.atLeast, count) + 1;
    for (let c = this.atLeast.length - 2; c > 0; c -= 1) {
      this.atLeast[c] = get(this.atLeast, c) + get(this.atLeast, c + 1);
    }
    this.pool = placed(identity(this.size));
  }

  largest(): number {
    return get(this.order.items, 0);
  }

  /** The organisation other than org with the most members left, or -1 when only org has some. */
  largestOtherThan(org: number): number {
    const first = this.largest();
    const other = first === org ? this.order.items[1] : first;
    return other !== undefined && get(this.left, other) > 0 ? other : -1;
  }

  /** The k-th unpaired member of org, for k below left[org]. */
  memberOf(org: number, k: number): number {
    return get(this.slots.items, get(this.start, org) + k);
  }

  draw(random: SeededRandom): number {
    return get(this.pool.items, random.int(this.size));
  }

  take(member: number): void {
    const org = get(this.orgOf, member);
    const count = get(this.left, org);
    swap(this.slots, get(this.slots.at, member), get(this.start, org) + count - 1);
    // Moving org to the end of those with `count` left keeps the order sorted once it has one fewer.
    const last = get(this.atLeast, count) - 1;
    swap(this.order, get(this.order.at, org), last);
    this.atLeast[count] = last;
    this.left[org] = count - 1;
    this.size -= 1;
    swap(this.pool, get(this.pool.at, member), this.size);
  }
}

/** The cheapest partner found for a, and its cost. */
function partnerFor(a: number, unpaired: Unpaired, cost: Cost, random: SeededRandom): [number, number] {
  const org = get(unpaired.orgOf, a);
  const fallback = unpaired.largestOtherThan(org);
  let [best, bestCost, bestLeft] = [-1, Number.POSITIVE_INFINITY, 0];
  // Between equal costs, the organisation with more members left: it will be harder to pair later.
  const consider = (b: number): void => {
    const left = get(unpaired.left, get(unpaired.orgOf, b));
    if (bestCost === 0 && left <= bestLeft) return;
    const c = cost(a, b);
    if (c < bestCost || (c === bestCost && left > bestLeft)) [best, bestCost, bestLeft] = [b, c, left];
  };
  for (let draw = 0; draw < PARTNER_DRAWS && (bestCost > 0 || draw < CHEAP_PARTNER_DRAWS); draw += 1) {
    const b = unpaired.draw(random);
    if (fallback < 0 || get(unpaired.orgOf, b) !== org) consider(b);
  }
  // No draw came from another organisation, though one has members left: look there.
  const scan = best < 0 ? Math.min(FALLBACK_SCAN, get(unpaired.left, fallback)) : 0;
  for (let k = 0; k < scan && bestCost > 0; k += 1) consider(unpaired.memberOf(fallback, k));
  return [best, bestCost];
}

/**
 * Members of the organisation with the most left go first, each with the cheapest partner found
 * from another organisation. Any such partner keeps the largest organisation at no more than half
 * of those left whenever it started so, hence no same-organisation pair unless one is unavoidable.
 */
function greedyPairs(unpaired: Unpaired, cost: Cost, random: SeededRandom): Greedy {
  const [pairs, costs]: [Pair[], number[]] = [[], []];
  while (unpaired.size >= 2) {
    const a = unpaired.memberOf(unpaired.largest(), 0);
    unpaired.take(a);
    const [b, pairCost] = partnerFor(a, unpaired, cost, random);
    unpaired.take(b);
    pairs.push([a, b]);
    costs.push(pairCost);
  }
  return { pairs, costs, leftover: unpaired.size === 1 ? unpaired.draw(random) : -1 };
}

/** Swaps partners between two pairs when it lowers their total cost. */
function improvePairs(pairs: Pair[], costs: number[], cost: Cost, random: SeededRandom): void {
  for (let p = 0; p < pairs.length; p += 1) {
    // A pair of one organisation without a repeat cannot get cheaper: the count of such pairs is minimal.
    for (let tries = 0; tries < SWAP_TRIES && get(costs, p) % SAME_ORGANISATION > 0; tries += 1) {
      const q = random.int(pairs.length);
      const [a, b] = pairs[p] as Pair;
      const [c, d] = pairs[q] as Pair;
      for (const [partner, rest] of [[c, d] as const, [d, c] as const]) {
        const [mine, theirs] = [cost(a, partner), cost(b, rest)];
        if (q === p || mine + theirs >= get(costs, p) + get(costs, q)) continue;
        [pairs[p], pairs[q], costs[p], costs[q]] = [[a, partner], [b, rest], mine, theirs];
        break;
      }
    }
  }
}

/** The pair to which x adds the least cost, scanning from a random pair and stopping at 0. */
function cheapestPairFor(x: number, pairs: Pair[], cost: Cost, random: SeededRandom): number {
  const from = random.int(pairs.length);
  let [best, bestAdded] = [from, Number.POSITIVE_INFINITY];
  for (let k = 0; k < pairs.length && bestAdded > 0; k += 1) {
    const p = (from + k) % pairs.length;
    const [a, b] = pairs[p] as Pair;
    const added = cost(x, a) + cost(x, b);
    if (added < bestAdded) [best, bestAdded] = [p, added];
  }
  return best;
}

/** Sorted by id without repeated ids, so the order of the input does not change the groups. */
function distinctMembers(members: readonly PairingCandidate[]): PairingCandidate[] {
  const sorted = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.filter((member, i) => i === 0 || member.id !== sorted[i - 1]?.id);
}

/** Organisations numbered from 0; a member without one is an organisation of their own. */
function organisationIndexes(members: readonly PairingCandidate[]): { orgOf: Int32Array; count: number } {
  const indexes = new Map<string | PairingCandidate, number>();
  const orgOf = new Int32Array(members.length);
  members.forEach((member, i) => {
    const key = member.organisationId ?? member;
    if (!indexes.has(key)) indexes.set(key, indexes.size);
    orgOf[i] = indexes.get(key) as number;
  });
  return { orgOf, count: indexes.size };
}

export function pairMembers(input: PairingInput): PairingResult {
  const members = distinctMembers(input.members);
  if (members.length < 2) return { groups: [], alone: members.map((member) => member.id) };
  const random = seededRandom(input.seed);
  shuffleInPlace(members, random);
  const { orgOf, count } = organisationIndexes(members);
  const cost: Cost = (a, b) => {
    const [first, second] = [members[a] as PairingCandidate, members[b] as PairingCandidate];
    return organisationCost(first, second, input) + repeatCost(first, second, input);
  };
  const { pairs, costs, leftover } = greedyPairs(new Unpaired(orgOf, count), cost, random);
  improvePairs(pairs, costs, cost, random);
  const groups: number[][] = pairs.map((pair) => [...pair]);
  if (leftover >= 0) groups[cheapestPairFor(leftover, pairs, cost, random)]?.push(leftover);
  return { groups: groups.map((group) => group.map((i) => (members[i] as PairingCandidate).id)), alone: [] };
}
