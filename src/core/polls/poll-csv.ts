// A closed poll's results as CSV (RFC 4180): option, votes, percent of participants, and
// for a public poll the voters' names. An anonymous poll has no voter column at all.
import type { Poll } from '../model.ts';
import type { PollTally } from '../ports.ts';
import { optionResults } from './poll-results.ts';

/**
 * One field: quoted when it holds a comma, a quote or a line break; a leading `=`, `+`,
 * `-` or `@` is defused with an apostrophe so that a spreadsheet does not run it.
 */
export function csvField(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function pollCsv(poll: Poll, tally: PollTally, names: ReadonlyMap<string, string>): string {
  const header = poll.anonymous ? ['option', 'votes', 'percent'] : ['option', 'votes', 'percent', 'voters'];
  const rows = optionResults(poll, tally).map(({ option, votes, percent, voters }) => {
    const row = [csvField(option.label), String(votes), percent.toFixed(1)];
    if (!poll.anonymous) {
      const who = voters.map((id) => names.get(id) ?? '').filter((name) => name !== '');
      row.push(csvField(who.sort((a, b) => a.localeCompare(b)).join('; ')));
    }
    return row.join(',');
  });
  return [header.join(','), ...rows].join('\n');
}
