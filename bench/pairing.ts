// How long the café coopération's pairing takes and how good its groups are: 10,000 members over
// 400 organisations (skewed sizes, 10% without one, 15% of organisation pairs met) after 20 rounds
// of history, then 1,000 and 100,000 members for scaling (one organisation per 25 members).
// Run with: npx tsx bench/pairing.ts

import { type PairingCandidate, type PairingInput, pairKey, pairMembers } from '../src/core/cafe/pairing.ts';
import { generateHistory, generatePairingNetwork } from './generate-pairing.ts';

const WARM_UP = 2;
const RUNS = 10;
const HISTORY_ROUNDS = 20;

function timed(work: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < WARM_UP; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

type Pair = readonly [PairingCandidate, PairingCandidate];

/** Same-organisation groups, groups with organisations that met, and pairs of the last 4 rounds. */
function quality(input: PairingInput, groups: string[][]): { same: number; met: number; repeated: number } {
  const byId = new Map(input.members.map((member) => [member.id, member]));
  const same = ([a, b]: Pair) => a.organisationId !== null && a.organisationId === b.organisationId;
  const met = ([a, b]: Pair) =>
    a.organisationId !== null &&
    b.organisationId !== null &&
    input.metOrganisations.has(pairKey(a.organisationId, b.organisationId));
  const counts = { same: 0, met: 0, repeated: 0 };
  for (const group of groups) {
    const members = group.map((id) => byId.get(id) as PairingCandidate);
    const pairs = members.flatMap((a, i) => members.slice(i + 1).map((b): Pair => [a, b]));
    if (pairs.some(same)) counts.same += 1;
    if (pairs.some(met)) counts.met += 1;
    counts.repeated += pairs.filter(([a, b]) => input.recentPairs.has(pairKey(a.id, b.id))).length;
  }
  return counts;
}

function largestOrganisation(members: readonly PairingCandidate[]): number {
  const sizes = new Map<string, number>();
  for (const { organisationId } of members) {
    if (organisationId !== null) sizes.set(organisationId, (sizes.get(organisationId) ?? 0) + 1);
  }
  return Math.max(members.length > 0 ? 1 : 0, ...sizes.values());
}

console.log(
  `${'members'.padStart(8)} ${'orgs'.padStart(5)} ${'largest'.padStart(7)} ${'history s'.padStart(9)} ` +
    `${'median ms'.padStart(9)} ${'p95 ms'.padStart(7)} ${'same-org'.padStart(8)} ${'bound'.padStart(5)} ` +
    `${'met-org'.padStart(7)} ${'repeated'.padStart(8)}   (${RUNS} runs after ${WARM_UP} warm-ups)`,
);
for (const members of [10_000, 1_000, 100_000]) {
  const organisations = members / 25;
  const network = generatePairingNetwork({ members, organisations });
  const historyStarted = Date.now();
  const recentPairs = generateHistory(network, HISTORY_ROUNDS);
  const historySeconds = (Date.now() - historyStarted) / 1000;
  const input: PairingInput = { ...network, recentPairs, seed: `round-${HISTORY_ROUNDS + 1}` };
  const { median, p95 } = timed(() => pairMembers(input));
  const { same, met, repeated } = quality(input, pairMembers(input).groups);
  const largest = largestOrganisation(network.members);
  // Below this many same-organisation groups no grouping goes: the largest organisation's surplus.
  const bound = Math.max(0, largest - Math.floor(members / 2));
  console.log(
    `${String(members).padStart(8)} ${String(organisations).padStart(5)} ${String(largest).padStart(7)} ` +
      `${historySeconds.toFixed(1).padStart(9)} ${median.toFixed(1).padStart(9)} ${p95.toFixed(1).padStart(7)} ` +
      `${String(same).padStart(8)} ${String(bound).padStart(5)} ` +
      `${String(met).padStart(7)} ${String(repeated).padStart(8)}`,
  );
}
