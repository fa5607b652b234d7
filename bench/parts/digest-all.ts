// Every network's digest, as the scheduled job builds them: each network gets a digest
// channel, then one scheduler tick claims, builds and "posts" all of them (to a publisher that
// only counts), exactly as a replica does on Monday morning.
import type postgres from 'postgres';
import type { Database } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import { scheduledPeriod } from '../../src/core/digest/digest-periods.ts';
import type { Network } from '../../src/core/model.ts';
import type { Logger, Publisher } from '../../src/core/ports.ts';
import { digestJob } from '../../src/core/scheduling/digest-job.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { time } from '../framework/measure.ts';
import { type CapturedQuery, captureDigest, replay } from './digest-bare.ts';

/** A Slack space and a digest channel for every network that has none yet. */
export async function giveDigestChannels(sql: postgres.Sql): Promise<void> {
  await sql`insert into spaces (network_id, platform, external_id)
    select id, 'slack', 'T' || replace(id::text, '-', '') from networks where digest_space_id is null`;
  await sql`update networks n set digest_space_id = s.id, digest_channel_id = 'CDIGEST'
    from spaces s where s.network_id = n.id and n.digest_space_id is null`;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function countingPublisher() {
  let posted = 0;
  const publisher: Publisher = {
    async post() {
      posted += 1;
      return { ok: true };
    },
    async direct() {
      return { ok: true };
    },
  };
  return { publisher, posted: () => posted };
}

/**
 * One scheduler tick at `now` (a digest slot of every network) with only the digest job,
 * after forgetting earlier digest runs so that every digest is due again. Throws unless every
 * network's digest was built and posted.
 */
export async function tickAllDigests(db: Database, sql: postgres.Sql, now: Date, networks: number) {
  await sql`delete from scheduled_runs where kind = ${digestJob.kind}`;
  const counter = countingPublisher();
  const scheduler = createScheduler({
    store: createStore(db),
    clock: { now: () => now },
    logger: silent,
    publisher: counter.publisher,
    processId: 'bench',
    jobs: [digestJob],
  });
  const { ms, value } = await time(() => scheduler.tick());
  if (value.ran !== networks || counter.posted() !== networks) {
    throw new Error(`the tick built ${value.ran} digests and posted ${counter.posted()}, not ${networks}`);
  }
  return ms;
}

/**
 * Builds each network's digest once for the slot (warming the caches as the tick will find
 * them) and keeps the statements each sent, for the bare baseline. Returns them with the
 * slowest network's time.
 */
export async function captureAll(db: Database, client: postgres.Sql, slot: Date) {
  const networks: Network[] = await createStore(db).run((repos) => repos.networks.withDigestChannel());
  const captured: CapturedQuery[][] = [];
  let slowest = { ms: 0, networkId: '' };
  for (const network of networks) {
    const { ms, value } = await time(() =>
      // The period the scheduled job builds for this slot, so that the baseline sends its statements.
      captureDigest(client, network, scheduledPeriod(network.digestCron, network.timeZone, slot)),
    );
    captured.push(value);
    if (ms > slowest.ms) slowest = { ms, networkId: network.id };
  }
  return { captured, slowest };
}

/** The bare baseline of a tick: every network's statements sent again, bare. */
export async function replayAll(client: postgres.Sql, captured: readonly CapturedQuery[][]): Promise<number> {
  const { ms } = await time(async () => {
    for (const queries of captured) await replay(client, queries);
  });
  return ms;
}
