// Each network remembers when its digest may next be due, so that a tick skips it until
// then; a schedule changed meanwhile must not wait for the old instant.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { networks } from '../../db/schema.ts';
import { createStore, repositories } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import type { PostOptions, Publisher } from '../../src/core/ports.ts';
import { digestJob } from '../../src/core/scheduling/digest-job.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { onlyNetworks } from '../support/only-networks.ts';

describeDatabases('scheduler: remembered due instants', (database) => {
  let core: Core;
  // A Thursday, 10:00 in Paris.
  const clock = new FakeClock(new Date('2045-03-02T09:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  it('posts at the new time a digest whose schedule changed after its next instant was remembered', async () => {
    const where = newSpace('slack');
    await say(core, where, 'diagnostic ici');
    await say(core, where, 'diagnostic horaire "chaque lundi à 9h"');
    const repos = repositories(database().db);
    const found = await repos.networks.findSpace(where.platform, where.space.externalId);
    const networkId = found?.network.id ?? '';
    const posted: Array<string | undefined> = [];
    const publisher: Publisher = {
      post: async (_s, _c, _m, _l, options?: PostOptions) => {
        posted.push(options?.idempotencyKey);
        return { ok: true };
      },
      direct: async () => ({ ok: true }),
    };
    const scheduler = createScheduler({
      store: createStore(database().db),
      clock,
      logger: new RecordingLogger(),
      publisher,
      processId: 'hints',
      jobs: [onlyNetworks(digestJob, (id) => id === networkId)],
    });
    const dueAt = async () =>
      (await database().db.select().from(networks).where(eq(networks.id, networkId)))[0]?.digestDueAt;

    await scheduler.tick();
    // Nothing due before Monday 9:00 in Paris.
    expect(await dueAt()).toEqual(new Date('2045-03-06T08:00:00Z'));

    await say(core, where, 'diagnostic horaire "tous les jours à 14h"');
    clock.current = new Date('2045-03-02T13:00:30Z');
    expect(await scheduler.tick()).toEqual({ ran: 1, replayed: 0 });
    expect(posted).toEqual([`digest:${networkId}:2045-03-02T13:00:00.000Z`]);
    // Then tomorrow's.
    await scheduler.tick();
    expect(await dueAt()).toEqual(new Date('2045-03-03T13:00:00Z'));
  });
});
