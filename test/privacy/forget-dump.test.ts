// After `oubli confirmer`, a full dump of the database holds neither her name nor her
// platform user id nor her old member id, in any case — pg_dump on the server, PGlite's
// own pg_dump on the embedded database. The dump taken before proves the test can fail.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { buildNetwork, NAME, USER_ID, ZEPHYRINE } from './privacy-network.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

async function fullDump(database: TestDatabase): Promise<string> {
  if (database.kind === 'postgres') {
    if (!database.url) throw new Error('no server url');
    const { stdout } = await promisify(execFile)('/usr/bin/pg_dump', ['--no-owner', database.url], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return stdout;
  }
  const pg = (database.db as unknown as { $client: PGlite }).$client;
  const { search_path: searchPath } =
    (await pg.query<{ search_path: string }>('show search_path')).rows[0] ?? {};
  const dump = await pgDump({ pg, args: ['--no-owner'] });
  // pglite-tools 0.4.8 leaves its read-only snapshot transaction open on the shared session,
  // and restores the search path inside it: end it, then restore the path for real.
  await pg.exec('rollback');
  await pg.exec(`set search_path = ${searchPath ?? 'public'}`);
  return dump.text();
}

/** The traces that would name her, in the forms they were written in. */
const traces = (oldId: string) => [NAME, 'Zéphyrine', 'Quatrebarbes', USER_ID, oldId];
const found = (dump: string, oldId: string) => {
  const lower = dump.toLowerCase();
  return traces(oldId).filter((trace) => lower.includes(trace.toLowerCase()));
};

describeDatabases('oubli leaves nothing in a full dump', (database) => {
  it('dumps neither her name nor her user id after the erasure', async () => {
    const core = testCore(database().db, new FakeClock(NOW));
    const where = newSpace();
    const ids = await buildNetwork(core, database().db, where, NOW);

    const before = await fullDump(database());
    expect(before).toContain('CREATE TABLE public.members');
    expect(found(before, ids.zephyrine)).toEqual(traces(ids.zephyrine));

    const erased = await say(core, where, 'oubli confirmer', ZEPHYRINE);
    expect(erased.failed, erased.text).toBe(false);

    const after = await fullDump(database());
    expect(after).toContain('CREATE TABLE public.members');
    expect(after).toContain('Ancien membre');
    expect(after).toContain('Marie Curie');
    expect(found(after, ids.zephyrine)).toEqual([]);
  });
});
