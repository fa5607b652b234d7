// The real core, with every reply it gives to an adapter kept in order: the fuzz tests of
// the Slack and Discord adapters learn from it whether a fuzzed input was refused (then
// nothing may have been written) and when the core is done with it.
import type { Core, Reply } from '../../src/core/core.ts';

export interface WatchedCore {
  core: Core;
  readonly replies: Reply[];
}

export function watchCore(core: Core): WatchedCore {
  const replies: Reply[] = [];
  return {
    replies,
    core: {
      ...core,
      async handle(request) {
        const reply = await core.handle(request);
        replies.push(reply);
        return reply;
      },
      async submitForm(submission) {
        const reply = await core.submitForm(submission);
        replies.push(reply);
        return reply;
      },
    },
  };
}
