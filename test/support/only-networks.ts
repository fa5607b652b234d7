// A job limited to some networks, for tests whose suite database holds others' networks too:
// the filter is the test's own, on what the job found due (production handles every network).
import type { ScheduledJob } from '../../src/core/scheduling/scheduler.ts';

export function onlyNetworks(job: ScheduledJob, ours: (networkId: string) => boolean): ScheduledJob {
  return {
    ...job,
    due(found, now) {
      const due = job.due(found, now);
      return {
        ...due,
        replays: due.replays.filter((r) => ours(r.ref.networkId)),
        runs: due.runs.filter((r) => ours(r.networkId)),
      };
    },
  };
}
