// `npm run db:export` on a network of 20,000 exchanges, with notes that a careless
// rewrite of the dump would damage: the figures (size, time) are printed, and on the
// server every note comes back as stored, but the one line the dump tool drops.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openEmbedded } from '../../db/client.ts';
import { formatBytes } from '../../db/export-report.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import {
  countEveryTable,
  generateNetwork,
  NOTES_QUERY,
  psqlRestore,
  RestoreTarget,
  type Run,
  reportedCounts,
  runExport,
  STRIPPED_NOTE,
  serverQuery,
  TRICKY_NOTES,
} from './export-support.ts';

const adminUrl = inject('serverAdminUrl');
const root = mkdtempSync(join(tmpdir(), 'maillage-export-large-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Large {
  dataDir: string;
  file: string;
  exported: Run;
  notes: Array<{ ref: number; note: string | null }>;
}

/** A network of 20,000 exchanges (and the tricky notes) on an embedded database, exported. */
async function largeThenExport(): Promise<Large> {
  const dataDir = join(root, 'data');
  const opened = await openEmbedded(dataDir);
  await opened.migrate();
  await say(testCore(opened.db), newSpace(), 'aide');
  await opened.close();
  const pg = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
  const [network] = (await pg.query<{ id: string }>('select id from networks')).rows;
  await generateNetwork(pg, network?.id ?? '', LARGE);
  const notes = (await pg.query<{ ref: number; note: string | null }>(NOTES_QUERY)).rows;
  await pg.close();
  const file = join(dataDir, 'large.sql');
  const exported = await runExport({ DATA_DIR: dataDir }, [file], false);
  expect(exported.code, exported.stderr).toBe(0);
  const reported = exported.stdout.match(/written in ([\d.]+) s/)?.[1];
  console.info(
    `[db:export] ${LARGE.toLocaleString('en')} exchanges: ${formatBytes(statSync(file).size)}, ` +
      `export ${reported} s (process with start-up ${(exported.ms / 1000).toFixed(1)} s)`,
  );
  return { dataDir, file, exported, notes };
}
const LARGE = 20_000;
let largeOnce: Promise<Large> | undefined;
const large = () => {
  largeOnce ??= largeThenExport();
  return largeOnce;
};

describe('npm run db:export on a network of 20,000 exchanges', () => {
  let x: Large;
  beforeAll(async () => {
    x = await large();
  }, 300_000);

  it('reports every row, and warns of the one stored line the dump tool leaves out', async () => {
    const counts = reportedCounts(x.exported.stdout);
    expect(counts.exchanges).toBe(LARGE);
    expect(counts.exchange_participants).toBe(LARGE);
    expect(counts.members).toBe(301);
    expect(x.exported.stdout).toContain('WARNING: some stored texts have a line starting with \\restrict');
    expect(x.exported.stdout).toContain('  exchanges.note: 1 row(s)');
    // The warning names where, never what.
    expect(x.exported.stdout).not.toContain('clé');
  });
});

describe.skipIf(!adminUrl)('20,000 exchanges restored with psql on the PostgreSQL server', () => {
  let target: RestoreTarget;
  let x: Large;
  let check: postgres.Sql;
  let restoreMs = 0;
  beforeAll(async () => {
    x = await large();
    target = new RestoreTarget(adminUrl ?? '');
    await target.create();
    restoreMs = await psqlRestore(target.url, x.file);
    console.info(
      `[db:export] ${LARGE.toLocaleString('en')} exchanges: psql restore ${(restoreMs / 1000).toFixed(1)} s`,
    );
    check = postgres(target.url, { max: 1, onnotice: () => {} });
  }, 400_000);
  afterAll(async () => {
    await check?.end({ timeout: 5 });
    await target?.drop();
  });

  it('holds the same rows, and every note as stored but the line the dump tool leaves out', async () => {
    expect(await countEveryTable(serverQuery(check))).toEqual(reportedCounts(x.exported.stdout));
    const restored = (await check.unsafe(NOTES_QUERY)) as unknown as Array<{
      ref: number;
      note: string | null;
    }>;
    const expected = x.notes.map((n) =>
      n.note === STRIPPED_NOTE.stored ? { ...n, note: STRIPPED_NOTE.dumped } : n,
    );
    expect(restored.map((r) => ({ ref: r.ref, note: r.note }))).toEqual(expected);
    for (const note of TRICKY_NOTES) expect(restored.some((r) => r.note === note)).toBe(true);
  }, 60_000);
});
