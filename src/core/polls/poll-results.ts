// The figures of a poll, shared by the results message and the CSV export: votes and the
// share of participants per option, and whether the breakdown may be shown at all.
import type { Network, Poll, PollOption } from '../model.ts';
import type { PollTally } from '../ports.ts';

export interface OptionResult {
  option: PollOption;
  votes: number;
  /** Share of participants who chose the option, 0–100 (unrounded). */
  percent: number;
  /** Public polls only: member ids of the voters. */
  voters: readonly string[];
}

export function optionResults(poll: Poll, tally: PollTally | undefined): OptionResult[] {
  const participants = tally?.participants ?? 0;
  return poll.options.map((option) => {
    const votes = tally?.counts.get(option.id) ?? option.votes ?? 0;
    return {
      option,
      votes,
      percent: participants > 0 ? (votes * 100) / participants : 0,
      voters: poll.anonymous ? [] : (tally?.voters?.get(option.id) ?? []),
    };
  });
}

/**
 * The threshold a poll's breakdown is held to: the higher of the network's and the one its
 * voters voted under (kept when it opened), so that lowering it never uncovers a past poll.
 */
export const breakdownMin = (poll: Poll, network: Network): number =>
  Math.max(network.pollMinBreakdown, poll.minBreakdown ?? 0);

/**
 * An anonymous poll answered by fewer people than its threshold shows no per-option
 * breakdown: in a small group it would tell who voted what. No answer at all reveals
 * nothing, and a public poll is open by nature.
 */
export function breakdownHidden(poll: Poll, participants: number, network: Network): boolean {
  return poll.anonymous && participants > 0 && participants < breakdownMin(poll, network);
}

/** Whole percentages for people to read; each rounded on its own. */
export const roundPercent = (percent: number): number => Math.round(percent);

/** The most participants an option drew (to mark the leading options). */
export const topVotes = (results: readonly OptionResult[]): number =>
  results.reduce((top, r) => Math.max(top, r.votes), 0);
