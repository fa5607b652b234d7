// What people read about a poll: the poll itself, with its options as buttons (posted
// for everyone, updated as votes come in), and its results once closed. Both are written
// in the network's language: the same message is edited later with no user at hand.
import { formatDate } from '../args/human-date.ts';
import { sayer } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import {
  type Block,
  type Button,
  buttons,
  context,
  header,
  type Message,
  publicMessage,
  text,
} from '../message.ts';
import type { Network, Poll } from '../model.ts';
import type { PollTally, Repositories } from '../ports.ts';
import { pollMessages as m } from './messages.ts';
import { breakdownHidden, breakdownMin, optionResults, roundPercent } from './poll-results.ts';

export const pollDate = (at: Date, network: Network, locale: Locale): string =>
  formatDate(at, { timeZone: network.timeZone, locale, withTime: true });

/** How many choices a voter may make in this poll. */
export const maxChoices = (poll: Poll): number =>
  poll.multiple ? (poll.maxChoices ?? poll.options.length) : 1;

/** "3 participants"; with no answer, a sentence of its own, or a few words inside a line. */
export function participantsLabel(count: number, locale: Locale, inLine = false): string {
  const say = sayer(locale);
  if (count === 0) return say(inLine ? m['participants-zero'] : m['participants-none']);
  return count === 1 ? say(m['participants-one']) : say(m['participants-many'], { count });
}

export function votesLabel(count: number, locale: Locale): string {
  const say = sayer(locale);
  if (count === 0) return say(m['votes-none']);
  return count === 1 ? say(m['votes-one']) : say(m['votes-many'], { count });
}

function kindParams(poll: Poll, locale: Locale) {
  const say = sayer(locale);
  const choice = !poll.multiple
    ? say(m.single)
    : poll.maxChoices
      ? say(m['multiple-max'], { max: poll.maxChoices })
      : say(m.multiple);
  return { ref: poll.ref, mode: say(poll.anonymous ? m.anonymous : m.public), choice };
}

/** What the withdraw button runs, in the words of its reader's language. */
export const withdrawCommand = (ref: number, locale: Locale): string =>
  `vote ${ref} ${locale === 'fr' ? 'retirer' : 'withdraw'}`;

/**
 * The buttons that vote. A single-choice button sets the choice to its option; a
 * multiple-choice button adds its option to the voter's choices. Neither toggles, so a
 * repeated click changes nothing.
 */
export function voteButtons(poll: Poll, locale: Locale): Button[] {
  const sign = poll.multiple ? '+' : '';
  return [
    ...poll.options.map((o) => ({ label: o.label, command: `vote ${poll.ref} ${sign}${o.position}` })),
    { label: sayer(locale)(m['withdraw-button']), command: withdrawCommand(poll.ref, locale) },
  ];
}

function optionLines(poll: Poll, tally: PollTally | undefined, locale: Locale): string {
  const say = sayer(locale);
  // Live counts only for a public poll: an anonymous poll shows nothing before closing.
  const live = !poll.anonymous && poll.status === 'open';
  return optionResults(poll, tally)
    .map(({ option, votes, percent }) => {
      const params = { position: option.position, label: option.label };
      if (!live) return say(m['option-line'], params);
      const shown = { ...params, votes: votesLabel(votes, locale), percent: roundPercent(percent) };
      return say(m['option-line-live'], shown);
    })
    .join('\n');
}

export interface PollMessageDetails {
  /** The number of the shared goal the poll is attached to. */
  goalRef?: number | undefined;
}

export function pollMessage(
  poll: Poll,
  tally: PollTally | undefined,
  network: Network,
  locale: Locale,
  details: PollMessageDetails = {},
): Message {
  const say = sayer(locale);
  const open = poll.status === 'open';
  const date = pollDate(open ? poll.closesAt : (poll.closedAt ?? poll.closesAt), network, locale);
  const participants = tally?.participants ?? poll.participants ?? 0;
  const blocks: Block[] = [
    header(poll.question),
    context(say(open ? m['poll-context'] : m['poll-closed-context'], { ...kindParams(poll, locale), date })),
    text(optionLines(poll, tally, locale)),
    text(
      [
        participantsLabel(participants, locale),
        say(poll.anonymous ? m['anonymous-explain'] : m['public-explain']),
      ].join('\n'),
    ),
  ];
  if (!open) {
    blocks.push(text(say(m['closed-line'], { ref: poll.ref })));
    return publicMessage(...blocks);
  }
  blocks.push(buttons(...voteButtons(poll, locale)));
  const hint = poll.multiple
    ? say(m['vote-hint-multiple'], { ref: poll.ref, max: maxChoices(poll) })
    : say(m['vote-hint-single'], { ref: poll.ref, example: poll.options[0]?.label ?? '' });
  const goal = details.goalRef === undefined ? [] : [say(m['goal-line'], { ref: details.goalRef })];
  blocks.push(context([hint, ...goal].join('\n')));
  return publicMessage(...blocks);
}

/** Member id → display name, for the voters of a public poll. */
async function voterNames(repos: Pick<Repositories, 'members'>, networkId: string) {
  const members = await repos.members.list(networkId);
  return new Map(members.map((member) => [member.id, member.displayName]));
}

function resultLines(
  poll: Poll,
  tally: PollTally | undefined,
  locale: Locale,
  names: ReadonlyMap<string, string> | undefined,
): string {
  const say = sayer(locale);
  return optionResults(poll, tally)
    .map(({ option, votes, percent, voters }) => {
      const line = say(m['results-line'], {
        label: option.label,
        votes: votesLabel(votes, locale),
        percent: roundPercent(percent),
      });
      if (poll.anonymous || voters.length === 0) return line;
      const who = voters
        .map((id) => names?.get(id) ?? say(m['former-member']))
        .sort((a, b) => a.localeCompare(b));
      return `${line}\n    ${who.join(', ')}`;
    })
    .join('\n');
}

/**
 * The results, for everyone: votes and share of participants per option, the voters' names
 * for a public poll (resolved with `repos`), and no breakdown at all for an anonymous poll
 * answered by fewer people than the network's threshold.
 */
export async function resultsMessage(
  poll: Poll,
  tally: PollTally | undefined,
  network: Network,
  locale: Locale,
  repos?: Pick<Repositories, 'members'>,
): Promise<Message> {
  const say = sayer(locale);
  const participants = tally?.participants ?? poll.participants ?? 0;
  const date = pollDate(poll.closedAt ?? poll.closesAt, network, locale);
  const blocks: Block[] = [
    header(say(m['results-title'], { question: poll.question })),
    context(say(m['poll-closed-context'], { ...kindParams(poll, locale), date })),
  ];
  if (participants === 0) {
    blocks.push(text(say(m['results-none'])));
  } else if (breakdownHidden(poll, participants, network)) {
    blocks.push(text(say(m['results-few'], { min: breakdownMin(poll, network) })));
  } else {
    const names = !poll.anonymous && repos ? await voterNames(repos, network.id) : undefined;
    blocks.push(text(resultLines(poll, tally, locale, names)));
    blocks.push(text(participantsLabel(participants, locale)));
    if (poll.multiple) blocks.push(context(say(m['results-multiple-note'])));
  }
  return publicMessage(...blocks);
}
