// The demo network on request (the shell's `demo`), a service beside the core rather than a
// method of it: the visitor enters the demo space as on any first contact, then the space
// is filled if it is still empty.
import { zonedDay } from '../args/human-date.ts';
import type { Core, Visitor } from '../core-api.ts';
import type { Clock, Store } from '../ports.ts';
import { type DemoSummary, seedDemoNetwork } from './seed-demo.ts';

export interface DemoSeeder {
  /** Creates the demo network's content if it is empty; the visitor's space must be the demo space. */
  seed(visitor: Visitor): Promise<DemoSummary>;
}

export interface DemoSeederDependencies {
  /** The core the visitor enters through (the space and the member are stored there). */
  core: Core;
  store: Store;
  clock: Clock;
}

export function createDemoSeeder(deps: DemoSeederDependencies): DemoSeeder {
  return {
    async seed(visitor) {
      await deps.core.enter(visitor);
      return deps.store.run(async (repos) => {
        const { platform, space, user } = visitor;
        const found = await repos.networks.findSpace(platform, space.externalId, user.externalId);
        if (!found) throw new Error('the demo space was not stored');
        const today = zonedDay(deps.clock.now(), found.network.timeZone);
        return seedDemoNetwork(repos, found.space, today, found.member?.id);
      });
    },
  };
}
