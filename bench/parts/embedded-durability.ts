// Part 7, what durability costs on the embedded database: `echange` commands through the
// core on PGlite in a data directory, with fsync on (Maillage's default: one fsync(2) of the
// WAL per commit) next to PGlite as shipped (fsync off) in the same run, one command of each
// in turn so that both see the same moments of a noisy machine. Also the start after a crash,
// when PostgreSQL syncs every file of the data directory before recovering.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenDatabase, openEmbedded } from '../../db/client.ts';
import { embeddedSyncs } from '../../db/embedded-pglite.ts';
import { newSpace, say, testCore } from '../../test/support/fakes.ts';
import { quantile, sampleSideBySide, time } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';

interface Scale {
  commands: number;
  warmUp: number;
  crashes: number;
}

const FULL: Scale = { commands: 1500, warmUp: 50, crashes: 3 };
/** The start after a crash (about 8 s for both) is left out of the smoke run. */
const SMOKE: Scale = { commands: 20, warmUp: 2, crashes: 0 };
const OFF = 'the same commands on PGlite as shipped (fsync off)';
const EXCHANGE = 'echange appel structure "Mission locale" #logement note "point sur le forum"';

interface Databases {
  /** fsync on, as Maillage runs. */
  durable: OpenDatabase;
  /** PGlite as shipped, on a copy of the same data directory. */
  shipped: OpenDatabase;
  /** The database as a tarball taken while it ran, for the start after a crash. */
  tarball: Blob;
}

/** One migrated database, copied to a second directory; both open. */
async function openDatabases(context: PartContext): Promise<Databases> {
  const dirs = ['on', 'off'].map((name) => mkdtempSync(join(tmpdir(), `maillage-bench-fsync-${name}-`)));
  context.cleanup(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const [on = '', off = ''] = dirs;
  const made = await openEmbedded(on, { durable: false });
  await made.migrate();
  const tarball = await made.dumpDataDir?.();
  await made.close();
  if (!tarball) throw new Error('the embedded database cannot be dumped');
  cpSync(join(on, 'pgdata'), join(off, 'pgdata'), { recursive: true });
  const durable = await openEmbedded(on);
  const shipped = await openEmbedded(off, { durable: false });
  context.cleanup(async () => {
    await durable.close();
    await shipped.close();
  });
  return { durable, shipped, tarball };
}

/** One network, its facilitator in an organisation: each call logs one exchange. */
async function exchangeLogger(database: OpenDatabase) {
  const core = testCore(database.db);
  const space = newSpace();
  const created = await say(core, space, 'profil structure "Mission locale" type ML');
  if (created.text.length === 0) throw new Error('no answer to profil');
  return async () => {
    const reply = await say(core, space, EXCHANGE);
    if (!reply.text.startsWith('Échange n°')) throw new Error(`echange refused: ${reply.text.slice(0, 80)}`);
  };
}

async function exchangeLog(context: PartContext, scale: Scale, { durable, shipped }: Databases) {
  const [on, off] = await Promise.all([exchangeLogger(durable), exchangeLogger(shipped)]);
  const syncsBefore = embeddedSyncs();
  const { maillage, bare } = await sampleSideBySide(on, off, { warmUp: scale.warmUp, runs: scale.commands });
  const syncs = (embeddedSyncs() - syncsBefore) / (scale.commands + scale.warmUp);
  const at = `${scale.commands} echange, one at a time`;
  for (const [name, q] of [
    ['p50', 0.5],
    ['p99', 0.99],
  ] as const)
    context.record({
      metric: `${at}: ${name}, fsync on`,
      value: quantile(maillage.samples, q),
      unit: 'ms',
      baseline: { value: quantile(bare.samples, q), label: OFF },
    });
  const perSecond = (samples: number[]) => (1000 * samples.length) / samples.reduce((a, b) => a + b, 0);
  context.record({
    metric: `${at}: commands per second, fsync on`,
    value: perSecond(maillage.samples),
    unit: '/s',
    baseline: { value: perSecond(bare.samples), label: OFF },
  });
  context.record({ metric: 'fsync(2) calls per echange, fsync on', value: syncs, unit: 'count' });
  context.detail('exchangeLog', { fsyncOn: maillage, fsyncOff: bare, syncsPerCommand: syncs });
}

/** A tarball of a database in use opens as after a crash: PostgreSQL recovers from its WAL. */
async function startAfterCrash(context: PartContext, scale: Scale, tarball: Blob): Promise<void> {
  const runs = { on: [] as number[], off: [] as number[] };
  for (let i = 0; i < scale.crashes; i++) {
    for (const durable of [true, false]) {
      const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-crash-'));
      try {
        const opened = await time(() => openEmbedded(dir, { loadDataDir: tarball, durable }));
        await opened.value.close();
        runs[durable ? 'on' : 'off'].push(opened.ms);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  context.record({
    metric: 'start after a crash (unpack, recover), median, fsync on',
    value: quantile(runs.on, 0.5),
    unit: 'ms',
    baseline: { value: quantile(runs.off, 0.5), label: 'the same start with fsync off' },
  });
  context.detail('startAfterCrash', runs);
}

export const embeddedDurabilityPart: BenchPart = {
  name: 'fsync',
  title: '7. Embedded database: the cost of fsync (exchange log)',
  inSuite: true,
  needsServer: false,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const started = Date.now();
    const databases = await openDatabases(context);
    context.log(`  migrated databases ready in ${Date.now() - started} ms`);
    context.log(`  ${scale.commands} echange with fsync on and off, in turn`);
    await exchangeLog(context, scale, databases);
    if (scale.crashes === 0) return;
    context.log(`  ${scale.crashes} start(s) after a crash, fsync on and off`);
    await startAfterCrash(context, scale, databases.tarball);
  },
};
