// An idle scheduler tick costs the same few statements whatever the number of networks:
// networks with a digest and a café channel and nothing due (a Thursday noon; both run on
// Mondays), the production job list, and every statement the tick sends counted through a
// drizzle logger on the suite's own database.
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { createStore } from '../../db/store.ts';
import type { Publisher } from '../../src/core/ports.ts';
import { cafeFollowUpJob, cafeRoundJob } from '../../src/core/scheduling/cafe-jobs.ts';
import { digestJob } from '../../src/core/scheduling/digest-job.ts';
import { pollClosing } from '../../src/core/scheduling/poll-closing.ts';
import { retentionJobs } from '../../src/core/scheduling/retention-jobs.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, RecordingLogger } from '../support/fakes.ts';

const TICK_MS = 20_000;
const nobody: Publisher = {
  post: async () => ({ ok: true }),
  direct: async () => ({ ok: true }),
};

describeDatabases('scheduler: statements per idle tick', (database) => {
  const clock = new FakeClock(new Date('2031-01-09T12:00:00Z'));
  let statements = 0;

  /** The suite's database again, each statement counted. */
  function counted(): Database {
    const { db, kind } = database();
    const logger = { logQuery: () => void statements++ };
    const client = (db as unknown as { $client: never }).$client;
    return (kind === 'pglite'
      ? drizzlePglite(client, { schema, logger })
      : drizzlePostgres(client, { schema, logger })) as unknown as Database;
  }

  async function addNetworks(count: number) {
    const { db } = database();
    await db.execute(sql`insert into networks (name, locale, time_zone, digest_cron)
      select 'Réseau ' || i, 'fr', 'Europe/Paris', '0 9 * * 1' from generate_series(1, ${count}) as i`);
    await db.execute(sql`insert into spaces (network_id, platform, external_id)
      select n.id, 'slack', 'T' || replace(n.id::text, '-', '') from networks n
      where not exists (select 1 from spaces s where s.network_id = n.id)`);
    await db.execute(sql`update networks n set digest_space_id = s.id, digest_channel_id = 'CDIGEST',
      cafe_space_id = s.id, cafe_channel_id = 'CCAFE' from spaces s
      where s.network_id = n.id and n.digest_space_id is null`);
  }

  /** Ticks until a tick runs nothing (the first ones purge each new network's day), then counts one more. */
  async function idleTickStatements(): Promise<number> {
    const scheduler = createScheduler({
      store: createStore(counted()),
      clock,
      logger: new RecordingLogger(),
      publisher: nobody,
      processId: 'counting-replica',
      jobs: [
        pollClosing,
        digestJob,
        cafeRoundJob,
        cafeFollowUpJob,
        ...retentionJobs(new RecordingLogger(), 30),
      ],
    });
    for (let i = 0; i < 5; i++) {
      clock.advance(TICK_MS);
      const done = await scheduler.tick();
      if (done.ran + done.replayed === 0) break;
    }
    clock.advance(TICK_MS);
    const before = statements;
    const done = await scheduler.tick();
    await scheduler.stop();
    expect(done).toEqual({ ran: 0, replayed: 0 });
    return statements - before;
  }

  it('sends one statement per idle tick, with 5 networks as with 40', async () => {
    await addNetworks(5);
    const few = await idleTickStatements();
    await addNetworks(35);
    const many = await idleTickStatements();
    expect({ few, many }).toEqual({ few: 1, many: 1 });
  });
});
