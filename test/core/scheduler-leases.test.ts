// A claim stays with its live holder, and one run waiting on a platform holds no other:
// two schedulers on separate connections (two replicas) tick every 20 s of fake time while
// a fake platform limits the rate of one channel; the holder waits as asked, renewing its
// claim, and the other replica never takes it over. A holder that stops hands its run over
// at once; one whose claim was taken over does not post again; runs go a few at a time.
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { scheduledRuns } from '../../db/schema.ts';
import { createStore, repositories } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import { type Message, messageText, publicMessage, text } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import type { PostOutcome, Publisher } from '../../src/core/ports.ts';
import { RENEW_EVERY_MS } from '../../src/core/scheduling/claim-lease.ts';
import { type RunRef, staleOf } from '../../src/core/scheduling/due-work.ts';
import {
  CLAIM_GRACE_MS,
  createScheduler,
  type ScheduledJob,
  type Scheduler,
} from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, testCore } from '../support/fakes.ts';
import { ManualTime } from '../support/manual-time.ts';
import { driveTicks, longestTickGap, TICK_MS, ticking } from '../support/ticking.ts';

const MINUTE = 60_000;

/** A platform that limits the rate of some channels until a time, and records what it accepted. */
class LimitingPlatform implements Publisher {
  readonly posts: Array<{ channelId: string | null; text: string; at: number }> = [];
  readonly tries: Array<{ channelId: string | null; at: number; retry: boolean }> = [];
  readonly limited = new Map<string, number>();
  /** Posts in progress at once, and the most seen. */
  inFlight = 0;
  mostInFlight = 0;
  hold: Promise<void> | undefined;
  constructor(private readonly clock: FakeClock) {}
  async post(
    _space: Space,
    channelId: string | null,
    message: Message,
    _l: unknown,
    o?: { retry?: boolean },
  ) {
    const at = this.clock.now().getTime();
    this.tries.push({ channelId, at, retry: o?.retry === true });
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      await this.hold;
      if (at < (this.limited.get(channelId ?? '') ?? 0))
        return { ok: false, reason: 'unavailable', retryAfterMs: 65_000 } as PostOutcome;
      this.posts.push({ channelId, text: messageText(message), at });
      return { ok: true } as const;
    } finally {
      this.inFlight--;
    }
  }
  async direct() {
    return { ok: true } as const;
  }
  postsIn(channelId: string) {
    return this.posts.filter((p) => p.channelId === channelId);
  }
}

describeDatabases('scheduled runs: live claims and runs side by side', (database) => {
  let core: Core;
  const clock = new FakeClock(new Date('2042-05-06T07:00:00Z'));
  const time = new ManualTime(clock);
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  /** A network with a space, and a job posting each of `channels` once, from `at` on. */
  async function setUp(kind: string, channels: Array<{ channel: string; at: number }>) {
    const where = newSpace();
    const { network } = await core.enter({
      ...where,
      user: { externalId: 'u1', displayName: 'Alice', isPlatformAdmin: true },
    });
    const found = await repositories(database().db).networks.findSpace(
      where.platform,
      where.space.externalId,
    );
    const spaceId = found?.space.id ?? '';
    // A channel's run is a slot of its own: the channel's place in the list, in seconds.
    const runOf = (channel: string): RunRef => ({
      networkId: network.id,
      slot: new Date(Date.UTC(2000, 0, 1) + 1000 * channels.findIndex((c) => c.channel === channel)),
      subjectId: null,
    });
    const outgoing = (run: RunRef) => {
      const channel = channels[run.slot?.getUTCSeconds() ?? -1]?.channel ?? null;
      return { spaceId, channelId: channel, message: publicMessage(text(`annonce ${channel}`)) };
    };
    const job: ScheduledJob = {
      kind,
      asks: () => ({}),
      // Each test has a kind of its own: the unfinished runs of its kind are its own.
      due: (found, now) => ({
        replays: staleOf(found, kind),
        runs: channels.filter((c) => c.at <= now.getTime()).map((c) => runOf(c.channel)),
      }),
      run: async (_repos, _network, run) => outgoing(run),
      replay: async (_repos, _network, run) => outgoing(run),
    };
    return { network, job, runOf };
  }

  async function replicas(job: ScheduledJob, platform: Publisher, count = 2, parallel?: number) {
    const out: Array<{ scheduler: Scheduler; logger: RecordingLogger; db: Database }> = [];
    for (let i = 0; i < count; i++) {
      const db =
        i > 0 && database().kind === 'postgres' ? (await database().openAnother()).db : database().db;
      const logger = new RecordingLogger();
      const scheduler = createScheduler({
        store: createStore(db),
        clock,
        logger,
        publisher: platform,
        processId: `${job.kind}-replica-${i}`,
        jobs: [job],
        sleep: time.sleep,
        ...(parallel ? { parallel } : {}),
      });
      out.push({ scheduler, logger, db });
    }
    return out;
  }

  const claimOf = async (kind: string) =>
    database().db.select().from(scheduledRuns).where(eq(scheduledRuns.kind, kind));

  it('keeps the claim of a run waiting out a rate limit: not taken over, posted once, others on time', async () => {
    const start = clock.now().getTime();
    const platform = new LimitingPlatform(clock);
    const { job, runOf } = await setUp('lease-limit', [
      { channel: 'CLIMITED', at: start },
      { channel: 'CFREE', at: start + 2 * MINUTE },
    ]);
    platform.limited.set('CLIMITED', start + 5 * MINUTE);
    const reps = (await replicas(job, platform)).map((r) => ticking(r.scheduler));
    await driveTicks(time, reps, 9 * MINUTE);

    const tries = platform.tries.filter((t) => t.channelId === 'CLIMITED');
    expect({
      posted: platform.postsIn('CLIMITED').length,
      takenOver: reps.reduce((n, r) => n + r.replayed, 0),
      // Each try 65 s after the previous one, as asked; the post within 65 s of the limit's end.
      shortestWaitSeconds: Math.min(...tries.slice(1).map((t, i) => t.at - (tries[i]?.at ?? 0))) / 1000,
      // (fake time runs on a little while a try's database work is in flight)
      postedAfterLimit: (platform.postsIn('CLIMITED')[0]?.at ?? Number.NaN) - (start + 5 * MINUTE) <= 90_000,
      // The other run, due 2 minutes in, posted at the tick it became due.
      otherDelaySeconds: ((platform.postsIn('CFREE')[0]?.at ?? Number.NaN) - (start + 2 * MINUTE)) / 1000,
      ticksSkipped: longestTickGap(reps, clock.now().getTime()) > TICK_MS,
    }).toEqual({
      posted: 1,
      takenOver: 0,
      shortestWaitSeconds: expect.toSatisfy((s: number) => s >= 65),
      postedAfterLimit: true,
      otherDelaySeconds: expect.toSatisfy((s: number) => s <= TICK_MS / 1000),
      ticksSkipped: false,
    });
    expect(tries.length).toBeGreaterThanOrEqual(4);
    expect(tries.slice(1).every((t) => t.retry)).toBe(true);
    const [claim] = (await claimOf('lease-limit')).filter(
      (c) => c.slot?.getTime() === runOf('CLIMITED').slot?.getTime(),
    );
    // Whichever replica claimed it first (under load either may) held it to the end: no replay above.
    expect(claim?.claimedBy).toMatch(/^lease-limit-replica-[01]$/);
    expect(claim?.completedAt).not.toBeNull();
  });

  it('hands a waiting run over at once when its process stops, and another replica posts it', async () => {
    const start = clock.now().getTime();
    const platform = new LimitingPlatform(clock);
    const { job } = await setUp('lease-stop', [{ channel: 'CSTOP', at: start }]);
    platform.limited.set('CSTOP', start + 2 * MINUTE);
    const [first, second] = await replicas(job, platform);
    if (!first || !second) throw new Error('no replicas');
    await first.scheduler.tick();
    expect(platform.tries).toHaveLength(1);
    await first.scheduler.stop();
    await time.advance(2 * MINUTE);
    // Well within the grace period, the other replica takes the run over and posts it.
    const taken = await second.scheduler.tick();
    expect(taken.replayed).toBe(1);
    expect(platform.postsIn('CSTOP')).toHaveLength(1);
    expect(platform.tries.at(-1)?.retry).toBe(true);
    await second.scheduler.stop();
  });

  it('does not post again a run whose claim was taken over while it waited (its process was presumed dead)', async () => {
    const start = clock.now().getTime();
    const platform = new LimitingPlatform(clock);
    const { job } = await setUp('lease-lost', [{ channel: 'CLOST', at: start }]);
    platform.limited.set('CLOST', start + 10 * MINUTE);
    const [holder] = await replicas(job, platform, 1);
    if (!holder) throw new Error('no replica');
    await holder.scheduler.tick();
    // Another process took the claim over (as if this one had been cut off for 5 minutes).
    await database()
      .db.update(scheduledRuns)
      .set({ claimedBy: 'another-process', claimedAt: clock.now() })
      .where(eq(scheduledRuns.kind, 'lease-lost'));
    platform.limited.delete('CLOST');
    await time.runUntil(() => holder.logger.entries.some((e) => e.message.includes('no longer ours')), {
      stepMs: 5000,
    });
    await holder.scheduler.idle();
    expect(platform.tries).toHaveLength(1);
    expect(platform.postsIn('CLOST')).toEqual([]);
    const [claim] = await claimOf('lease-lost');
    expect(claim?.claimedBy).toBe('another-process');
  });

  it('still takes over, after the grace period, the claim of a process that died', async () => {
    const start = clock.now().getTime();
    const platform = new LimitingPlatform(clock);
    const { job, runOf } = await setUp('lease-dead', [{ channel: 'CDEAD', at: start }]);
    await createStore(database().db).run((repos) =>
      repos.scheduledRuns.claim('lease-dead', runOf('CDEAD'), 'dead-process', clock.now()),
    );
    const [survivor] = await replicas(job, platform, 1);
    if (!survivor) throw new Error('no replica');
    const reps = [ticking(survivor.scheduler)];
    await driveTicks(time, reps, CLAIM_GRACE_MS - RENEW_EVERY_MS);
    expect(platform.postsIn('CDEAD')).toEqual([]);
    await driveTicks(time, reps, RENEW_EVERY_MS + 2 * TICK_MS);
    expect(platform.postsIn('CDEAD')).toHaveLength(1);
    expect(reps[0]?.replayed).toBe(1);
  });

  it('posts due runs side by side, a few at a time', async () => {
    const start = clock.now().getTime();
    const platform = new LimitingPlatform(clock);
    const channels = Array.from({ length: 10 }, (_, i) => ({ channel: `CMANY${i}`, at: start }));
    const { job } = await setUp('lease-many', channels);
    let release = () => {};
    platform.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const [one] = await replicas(job, platform, 1, 3);
    if (!one) throw new Error('no replica');
    const ticked = one.scheduler.tick();
    await time.runUntil(() => platform.inFlight === 3, { stepMs: 0 });
    release();
    await ticked;
    expect(platform.mostInFlight).toBe(3);
    expect(platform.posts.filter((p) => p.channelId?.startsWith('CMANY'))).toHaveLength(10);
  });
});
