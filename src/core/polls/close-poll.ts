// Closing a poll, by its deadline (the scheduler) or early (`sondage fermer`): the
// repository closes it exactly once; whoever closed it gets the results to post.
import type { Message, PollAnchor } from '../message.ts';
import type { Network, Poll } from '../model.ts';
import type { Repositories } from '../ports.ts';
import { resultsMessage } from './render-poll.ts';

/**
 * Closes the poll and returns its public results message, in the network's language;
 * undefined when the poll does not exist or was already closed (by another process, or
 * a moment earlier), so that results are posted once.
 */
export async function closePoll(
  repos: Repositories,
  network: Network,
  pollId: string,
  at: Date,
): Promise<Message | undefined> {
  const closed = await repos.polls.close(network.id, pollId, at);
  if (!closed) return undefined;
  const poll = await repos.polls.get(network.id, pollId);
  if (!poll) return undefined;
  const tally = await repos.polls.tally(network.id, poll);
  const message = await resultsMessage(poll, tally, network, network.locale, repos);
  return { ...message, poll: resultsAnchor(network.id, poll) };
}

/** The results' anchor, answering the live message where there is one. */
export function resultsAnchor(networkId: string, poll: Poll): PollAnchor {
  const anchor: PollAnchor = { networkId, pollId: poll.id, ref: poll.ref, role: 'results' };
  return poll.messageRef ? { ...anchor, replyTo: poll.messageRef } : anchor;
}
