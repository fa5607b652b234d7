// The Store port over drizzle: repositories bound to one transaction, rolled back
// whenever the work returns an error value, so a failed command changes nothing.
import type { Repositories, Store } from '../src/core/ports.ts';
import type { Result } from '../src/core/result.ts';
import type { Database } from './client.ts';
import { auditRepository } from './repositories/audit.ts';
import { cafeRepository } from './repositories/cafe.ts';
import { deliveryRepository } from './repositories/deliveries.ts';
import { digestRepository } from './repositories/digest.ts';
import { exchangeRepository } from './repositories/exchanges.ts';
import { glossaryRepository } from './repositories/glossary.ts';
import { goalRepository } from './repositories/goals.ts';
import { memberRepository } from './repositories/members.ts';
import { networkRepository } from './repositories/networks.ts';
import { organisationRepository } from './repositories/organisations.ts';
import { pollRepository } from './repositories/polls.ts';
import { privacyRepository } from './repositories/privacy.ts';
import { retentionRepository } from './repositories/retention.ts';
import { scheduledRunRepository } from './repositories/scheduled-runs.ts';

export function repositories(db: Database): Repositories {
  return {
    networks: networkRepository(db),
    members: memberRepository(db),
    organisations: organisationRepository(db),
    exchanges: exchangeRepository(db),
    goals: goalRepository(db),
    glossary: glossaryRepository(db),
    polls: pollRepository(db),
    scheduledRuns: scheduledRunRepository(db),
    deliveries: deliveryRepository(db),
    digest: digestRepository(db),
    cafe: cafeRepository(db),
    audit: auditRepository(db),
    privacy: privacyRepository(db),
    retention: retentionRepository(db),
  };
}

const ROLLBACK = Symbol('rollback');

export function createStore(db: Database): Store {
  return {
    async transaction<T, E>(work: (repos: Repositories) => Promise<Result<T, E>>) {
      let outcome: Result<T, E> | undefined;
      try {
        await db.transaction(async (tx) => {
          outcome = await work(repositories(tx as unknown as Database));
          if (!outcome.ok) throw ROLLBACK;
        });
      } catch (error) {
        if (error !== ROLLBACK) throw error;
      }
      if (!outcome) throw new Error('transaction ended without an outcome');
      return outcome;
    },

    run<T>(work: (repos: Repositories) => Promise<T>) {
      return db.transaction((tx) => work(repositories(tx as unknown as Database)));
    },
  };
}
