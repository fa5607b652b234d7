// A poll's live message as it stands now, and where it was posted: what the refresher
// edits the posted message to after votes or a closing.
import type { Message } from '../message.ts';
import type { Network, Space } from '../model.ts';
import type { Repositories, Store } from '../ports.ts';
import { pollMessage } from './render-poll.ts';

export interface PollView {
  network: Network;
  space: Space;
  channelId: string | null;
  /** Where the live message was posted (the platform's own format), if it was. */
  messageRef: string | null;
  status: 'open' | 'closed';
  /** The poll's number in its network (`sondage publier 3`). */
  ref: number;
  /** The poll as it stands, in the network's language: with buttons while open. */
  message: Message;
}

/** Undefined when the network, the poll or its space is gone. */
export async function readPollView(
  repos: Repositories,
  networkId: string,
  pollId: string,
): Promise<PollView | undefined> {
  const network = await repos.networks.get(networkId);
  const poll = network ? await repos.polls.get(networkId, pollId) : undefined;
  const space = poll?.spaceId ? await repos.networks.getSpace(poll.spaceId) : undefined;
  if (!network || !poll || !space) return undefined;
  const tally = await repos.polls.tally(networkId, poll);
  const goal = poll.goalId
    ? (await repos.goals.list(networkId)).find((g) => g.id === poll.goalId)
    : undefined;
  const live = pollMessage(poll, tally, network, network.locale, { goalRef: goal?.ref });
  return {
    network,
    space,
    channelId: poll.channelId,
    messageRef: poll.messageRef,
    status: poll.status,
    ref: poll.ref,
    message: { ...live, poll: { networkId, pollId, ref: poll.ref, role: 'live' } },
  };
}

/** Reads each view in a transaction of its own. */
export const pollViews =
  (store: Store) =>
  (networkId: string, pollId: string): Promise<PollView | undefined> =>
    store.run((repos) => readPollView(repos, networkId, pollId));
