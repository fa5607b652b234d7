// Polls close themselves at their deadline: the scheduled job that does it.
import { closePoll } from '../polls/close-poll.ts';
import { resultsMessage } from '../polls/render-poll.ts';
import type { ScheduledJob } from './scheduler.ts';

const keyOf = (networkId: string, pollId: string) => `${networkId}:${pollId}`;
const pollIdOf = (key: string) => key.split(':')[1] ?? '';

export const pollClosing: ScheduledJob = {
  kind: 'poll-close',

  async due(repos, now) {
    const due = await repos.polls.due(now, 50);
    return due.map((d) => ({ networkId: d.networkId, key: keyOf(d.networkId, d.pollId) }));
  },

  async run(repos, network, key, now) {
    const message = await closePoll(repos, network, pollIdOf(key), now);
    const poll = await repos.polls.get(network.id, pollIdOf(key));
    return message && poll ? { spaceId: poll.spaceId, channelId: poll.channelId, message } : undefined;
  },

  async replay(repos, network, key) {
    const poll = await repos.polls.get(network.id, pollIdOf(key));
    if (poll?.status !== 'closed') return undefined;
    const tally = await repos.polls.tally(network.id, poll);
    const results = await resultsMessage(poll, tally, network, network.locale, repos);
    const message = {
      ...results,
      poll: { networkId: network.id, pollId: poll.id, ref: poll.ref, role: 'results' as const },
    };
    return { spaceId: poll.spaceId, channelId: poll.channelId, message };
  },
};
