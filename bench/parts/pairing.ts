// Part 5, the café coopération's pairing: 10,000 opted-in members over 400 organisations
// (skewed sizes, 10 % without one, 15 % of organisation pairs met) with 20 past rounds.
// (a) The pairing alone, in memory, next to a trivial pairing (a seeded shuffle, then
// neighbours together) of the same members. (b) The whole round on the PostgreSQL server as
// the scheduled job does it in its transaction (load who takes part, the last 4 rounds' pairs
// and the organisations that met, pair, store 5,000 groups), next to the same loading and
// storing in bare SQL around the trivial pairing. Target < 1 s.
import {
  type PairingCandidate,
  type PairingInput,
  pairKey,
  pairMembers,
} from '../../src/core/cafe/pairing.ts';
import { seededRandom, shuffleInPlace } from '../../src/core/cafe/seeded-random.ts';
import { sampleSideBySide } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { generateHistory, generatePairingNetwork, type PairingNetwork } from '../generate-pairing.ts';
import { cafeRoundOnServer } from './pairing-round.ts';

export interface PairingScale {
  members: number;
  organisations: number;
  history: number;
  warmUp: number;
  runs: number;
  /** Rounds timed on the server, after the history (each adds to it). */
  serverRuns: number;
}

const FULL: PairingScale = {
  members: 10_000,
  organisations: 400,
  history: 20,
  warmUp: 2,
  runs: 10,
  serverRuns: 3,
};
const SMOKE: PairingScale = {
  members: 300,
  organisations: 12,
  history: 3,
  warmUp: 1,
  runs: 3,
  serverRuns: 1,
};

/** The trivial pairing: shuffled, then neighbours together (a trio at the end when odd). */
export function trivialPairing(ids: readonly string[], seed: string): string[][] {
  const order = [...ids];
  shuffleInPlace(order, seededRandom(seed));
  const groups: string[][] = [];
  for (let i = 0; i + 1 < order.length; i += 2) groups.push(order.slice(i, i + 2));
  if (order.length % 2 === 1 && groups.length > 0) groups.at(-1)?.push(order.at(-1) as string);
  return groups;
}

/** Groups with two people of one organisation, groups with organisations that met, pairs of the last 4 rounds. */
function quality(input: PairingInput, groups: string[][]) {
  const byId = new Map(input.members.map((member) => [member.id, member]));
  const counts = { sameOrganisation: 0, metOrganisations: 0, repeatedPairs: 0 };
  for (const group of groups) {
    const members = group.map((id) => byId.get(id) as PairingCandidate);
    const pairs = members.flatMap((a, i) => members.slice(i + 1).map((b) => [a, b] as const));
    const orgs = ([a, b]: readonly [PairingCandidate, PairingCandidate]) =>
      a.organisationId !== null && b.organisationId !== null
        ? pairKey(a.organisationId, b.organisationId)
        : '';
    if (pairs.some(([a, b]) => a.organisationId !== null && a.organisationId === b.organisationId))
      counts.sameOrganisation += 1;
    if (pairs.some((pair) => input.metOrganisations.has(orgs(pair)))) counts.metOrganisations += 1;
    counts.repeatedPairs += pairs.filter(([a, b]) => input.recentPairs.has(pairKey(a.id, b.id))).length;
  }
  return counts;
}

/** Below this many same-organisation groups no grouping goes: the largest organisation's surplus. */
function sameOrganisationBound(network: PairingNetwork): number {
  const sizes = new Map<string, number>();
  for (const { organisationId } of network.members) {
    if (organisationId !== null) sizes.set(organisationId, (sizes.get(organisationId) ?? 0) + 1);
  }
  return Math.max(0, Math.max(0, ...sizes.values()) - Math.floor(network.members.length / 2));
}

async function inMemory(context: PartContext, scale: PairingScale) {
  const network = generatePairingNetwork({ members: scale.members, organisations: scale.organisations });
  const historyStarted = Date.now();
  const recentPairs = generateHistory(network, scale.history);
  const historySeconds = (Date.now() - historyStarted) / 1000;
  const input: PairingInput = { ...network, recentPairs, seed: `round-${scale.history + 1}` };
  const ids = network.members.map((m) => m.id);
  const { maillage, bare } = await sampleSideBySide(
    () => pairMembers(input),
    () => trivialPairing(ids, input.seed),
    scale,
  );
  const label = `${scale.members.toLocaleString('en')} members, ${scale.history} rounds of history`;
  context.record({
    metric: `pairing alone (${label}), median`,
    value: maillage.median,
    unit: 'ms',
    target: { op: '<', limit: 1000 },
    baseline: { value: bare.median, label: 'a seeded shuffle, neighbours paired' },
  });
  const result = quality(input, pairMembers(input).groups);
  const trivial = quality(input, trivialPairing(ids, input.seed));
  context.record({
    metric: 'groups of one organisation (the bound: largest organisation’s surplus)',
    value: result.sameOrganisation,
    unit: 'count',
    target: { op: '<=', limit: sameOrganisationBound(network) },
    baseline: { value: trivial.sameOrganisation, label: 'trivial pairing' },
  });
  context.record({
    metric: 'pairs repeated from the last 4 rounds',
    value: result.repeatedPairs,
    unit: 'count',
    baseline: { value: trivial.repeatedPairs, label: 'trivial pairing' },
  });
  context.detail('inMemory', {
    scale,
    historySeconds,
    maillage,
    bare,
    quality: result,
    trivialQuality: trivial,
  });
}

export const pairingPart: BenchPart = {
  name: 'pairing',
  title: '5. Pairing (café coopération)',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    await inMemory(context, scale);
    await cafeRoundOnServer(context, scale);
  },
};
