// A large, deterministic network for the café coopération's pairing: members over organisations of
// skewed sizes (a share without one), organisation pairs that already met, and past rounds made by
// pairMembers itself. The same options give the same network and history.
import { type PairingCandidate, pairKey, pairMembers } from '../src/core/cafe/pairing.ts';
import { seededRandom } from '../src/core/cafe/seeded-random.ts';

export interface PairingNetworkOptions {
  members: number;
  organisations: number;
  seed?: string;
  /** Share of members without an organisation. */
  withoutOrganisation?: number;
  /** Share of organisation pairs that ever logged an exchange together. */
  metShare?: number;
}

export interface PairingNetwork {
  members: PairingCandidate[];
  metOrganisations: Set<string>;
}

/** Organisation sizes follow a Zipf-like law: the k-th largest weighs 1 / k^0.8. */
function organisationPicker(organisations: number, next: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= organisations; k += 1) {
    total += 1 / k ** 0.8;
    cumulative.push(total);
  }
  return () => {
    const target = next() * total;
    let [low, high] = [0, organisations - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? total) < target) low = middle + 1;
      else high = middle;
    }
    return `org-${low}`;
  };
}

export function generatePairingNetwork(options: PairingNetworkOptions): PairingNetwork {
  const random = seededRandom(options.seed ?? 'maillage-pairing-bench');
  const pick = organisationPicker(options.organisations, random.next);
  const members = Array.from({ length: options.members }, (_, i) => ({
    id: `member-${String(i).padStart(6, '0')}`,
    organisationId: random.next() < (options.withoutOrganisation ?? 0.1) ? null : pick(),
  }));
  const metOrganisations = new Set<string>();
  const metShare = options.metShare ?? 0.15;
  for (let a = 0; a < options.organisations; a += 1) {
    for (let b = a + 1; b < options.organisations; b += 1) {
      if (random.next() < metShare) metOrganisations.add(pairKey(`org-${a}`, `org-${b}`));
    }
  }
  return { members, metOrganisations };
}

/** The pairs of each group: a trio gives three. */
export function pairsOfGroups(groups: readonly string[][]): string[] {
  return groups.flatMap((group) => group.flatMap((a, i) => group.slice(i + 1).map((b) => pairKey(a, b))));
}

/**
 * Past rounds, oldest first, each paired by pairMembers with the pairs of the 4 rounds before it
 * as recent: the groups of each round.
 */
export function historyRounds(network: PairingNetwork, rounds: number): string[][][] {
  const made: string[][][] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const recentPairs = new Set(made.slice(-4).flatMap(pairsOfGroups));
    made.push(pairMembers({ ...network, recentPairs, seed: `round-${round}` }).groups);
  }
  return made;
}

/** The pairs of the last 4 of `rounds` past rounds: the recentPairs of the next one. */
export function generateHistory(network: PairingNetwork, rounds: number): Set<string> {
  return new Set(historyRounds(network, rounds).slice(-4).flatMap(pairsOfGroups));
}
