// Polls close themselves at their deadline: the scheduled job that does it (a run per poll).
import { closePoll, resultsAnchor } from '../polls/close-poll.ts';
import { resultsMessage } from '../polls/render-poll.ts';
import { staleOf } from './due-work.ts';
import { POLL_CLOSE_KIND } from './kinds.ts';
import type { ScheduledJob } from './scheduler.ts';

/** Polls closed per tick at most: the next tick takes the rest. */
const PER_TICK = 50;

export const pollClosing: ScheduledJob = {
  kind: POLL_CLOSE_KIND,

  asks: () => ({ polls: { limit: PER_TICK } }),

  due: (found) => ({
    replays: staleOf(found, POLL_CLOSE_KIND),
    runs: found.polls.map((p) => ({ networkId: p.networkId, slot: null, subjectId: p.pollId })),
  }),

  async run(repos, network, run, now) {
    const pollId = run.subjectId ?? '';
    const message = await closePoll(repos, network, pollId, now);
    const poll = await repos.polls.get(network.id, pollId);
    return message && poll ? { spaceId: poll.spaceId, channelId: poll.channelId, message } : undefined;
  },

  async replay(repos, network, run) {
    const poll = await repos.polls.get(network.id, run.subjectId ?? '');
    if (poll?.status !== 'closed') return undefined;
    const tally = await repos.polls.tally(network.id, poll);
    const results = await resultsMessage(poll, tally, network, network.locale, repos);
    const message = { ...results, poll: resultsAnchor(network.id, poll) };
    return { spaceId: poll.spaceId, channelId: poll.channelId, message };
  },
};
