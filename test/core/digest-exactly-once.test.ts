// The scheduled digest is posted exactly once: three bot instances (three schedulers, each
// on its own connection pool on the server) tick on a shared database, stopped and restarted
// at random over 50 hourly slots; a replica down across several slots posts only the latest;
// a failed post is retried and posted once; a refused post tells the facilitators privately.
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { scheduledRuns } from '../../db/schema.ts';
import { createStore, repositories } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import type { Locale } from '../../src/core/locale.ts';
import { type Message, messageText } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import type { PostOptions, PostOutcome, Publisher } from '../../src/core/ports.ts';
import { DIGEST_KIND, digestJob } from '../../src/core/scheduling/digest-job.ts';
import { CLAIM_GRACE_MS, createScheduler, QUICK_RETRY_MS } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { ManualTime } from '../support/manual-time.ts';
import { onlyNetworks } from '../support/only-networks.ts';

const HOUR = 3_600_000;

/** A fake platform: records each post and private message; `answer` decides each post's outcome. */
class FakePlatform implements Publisher {
  readonly posts: Array<{
    spaceId: string;
    channelId: string | null;
    key: string | undefined;
    visibility: string;
  }> = [];
  readonly directs: Array<{ spaceId: string; userId: string; text: string }> = [];
  answer: (key: string | undefined) => PostOutcome | 'throw' = () => ({ ok: true });
  async post(
    space: Space,
    channelId: string | null,
    message: Message,
    _locale: Locale,
    options?: PostOptions,
  ) {
    const answer = this.answer(options?.idempotencyKey);
    if (answer === 'throw') throw new Error('connection reset');
    if (answer.ok)
      this.posts.push({
        spaceId: space.id,
        channelId,
        key: options?.idempotencyKey,
        visibility: message.visibility,
      });
    return answer;
  }
  async direct(space: Space, userId: string, message: Message) {
    this.directs.push({ spaceId: space.id, userId, text: messageText(message) });
    return { ok: true } as const;
  }
  postsOf(networkId: string) {
    return this.posts.filter((p) => p.key?.startsWith(`${DIGEST_KIND}:${networkId}:`));
  }
}

/** A seeded PRNG (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// The suite's database holds every test's networks: each test's schedulers only run the
// networks it creates.
const onlyFor = (networks: Set<string>) => onlyNetworks(digestJob, (id) => networks.has(id));

describeDatabases('scheduled digest, exactly once', (database) => {
  let core: Core;
  // Far from the other files' clocks, so their schedulers and ours never meet on a slot.
  const clock = new FakeClock(new Date('2040-01-02T00:30:00Z'));
  const time = new ManualTime(clock);
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function digestNetwork(schedule: string) {
    const where = newSpace('slack');
    await say(core, where, 'diagnostic ici');
    await say(core, where, `diagnostic horaire "${schedule}"`);
    const repos = repositories(database().db);
    const found = await repos.networks.findSpace(where.platform, where.space.externalId);
    if (!found) throw new Error('no network');
    const admin = (await repos.members.list(found.network.id)).find((m) => m.displayName === 'Alice Admin');
    if (admin) await repos.members.setFacilitator(found.network.id, admin.id, true);
    return { ...found, repos };
  }

  /** One pool per instance on the server (as separate processes); PGlite is one session. */
  async function pools(count: number): Promise<Database[]> {
    const out: Database[] = [];
    for (let i = 0; i < count; i++)
      out.push(database().kind === 'postgres' ? (await database().openAnother()).db : database().db);
    return out;
  }

  function instance(db: Database, platform: Publisher, name: string, networks: Set<string>) {
    return createScheduler({
      store: createStore(db),
      clock,
      logger: new RecordingLogger(),
      publisher: platform,
      processId: name,
      jobs: [onlyFor(networks)],
      sleep: time.sleep,
    });
  }

  const slotKey = (networkId: string, at: Date) => {
    const slot = new Date(Math.floor(at.getTime() / HOUR) * HOUR);
    return `${DIGEST_KIND}:${networkId}:${slot.toISOString()}`;
  };

  it('posts every hourly digest exactly once with three instances stopped and restarted at random', async () => {
    const a = await digestNetwork('toutes les heures');
    const b = await digestNetwork('toutes les heures');
    const mine = new Set([a.network.id, b.network.id]);
    const platform = new FakePlatform();
    const instances = (await pools(3)).map((db, i) => instance(db, platform, `bot-${i}`, mine));
    const next = random(20_401);
    const up = [true, true, true];
    const expected: string[] = [];
    let downSteps = 0;
    for (let step = 0; step < 50; step++) {
      clock.advance(HOUR);
      for (let i = 0; i < up.length; i++) if (next() < 0.3) up[i] = !up[i];
      const running = instances.filter((_, i) => up[i]);
      if (running.length === 0) {
        downSteps++;
        continue;
      }
      for (const network of [a.network, b.network]) expected.push(slotKey(network.id, clock.now()));
      // Every running instance ticks at the same moment, some twice.
      await Promise.all([...running, ...running.filter(() => next() < 0.5)].map((s) => s.tick()));
    }
    const posted = [...platform.postsOf(a.network.id), ...platform.postsOf(b.network.id)];
    expect(downSteps).toBeGreaterThan(0);
    expect(posted.map((p) => p.key).sort()).toEqual([...expected].sort());
    expect(new Set(posted.map((p) => p.key)).size).toBe(posted.length);
    expect(posted.every((p) => p.channelId === 'c1' && p.visibility === 'public')).toBe(true);
  });

  it('posts only the latest missed digest when every replica was down across several slots', async () => {
    const net = await digestNetwork('toutes les heures');
    const platform = new FakePlatform();
    const [db] = await pools(1);
    const bot = instance(db as Database, platform, 'late-bot', new Set([net.network.id]));
    clock.advance(5 * HOUR);
    await bot.tick();
    await bot.tick();
    expect(platform.postsOf(net.network.id).map((p) => p.key)).toEqual([
      slotKey(net.network.id, clock.now()),
    ]);
    clock.advance(HOUR);
    await bot.tick();
    expect(platform.postsOf(net.network.id)).toHaveLength(2);
  });

  /** To the next 09:00 in Paris (08:00Z in winter), just past it. */
  function toNextNine(): Date {
    const now = clock.now();
    const nine = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 8, 0, 30));
    if (nine <= now) nine.setUTCDate(nine.getUTCDate() + 1);
    clock.current = nine;
    return nine;
  }

  /** The network's digest runs not finished, as the key each posts with, and their failed attempts. */
  const unfinishedOf = async (net: Awaited<ReturnType<typeof digestNetwork>>) => {
    const rows = await database()
      .db.select()
      .from(scheduledRuns)
      .where(
        and(
          eq(scheduledRuns.networkId, net.network.id),
          eq(scheduledRuns.kind, DIGEST_KIND),
          isNull(scheduledRuns.completedAt),
        ),
      );
    return rows.map((r) => ({
      key: `${DIGEST_KIND}:${r.networkId}:${r.slot?.toISOString()}`,
      attempts: r.attempts,
    }));
  };

  it.each(['unavailable', 'throw'] as const)(
    'tries again at once a post that failed (%s), holding its claim, and posts it once',
    async (failure) => {
      const net = await digestNetwork('tous les jours à 9h');
      const platform = new FakePlatform();
      let calls = 0;
      platform.answer = () =>
        ++calls === 1 ? (failure === 'throw' ? 'throw' : { ok: false, reason: 'unavailable' }) : { ok: true };
      const bots = (await pools(2)).map((db, i) =>
        instance(db, platform, `retry-${failure}-${i}`, new Set([net.network.id])),
      );
      const nine = toNextNine();
      await Promise.all(bots.map((b) => b.tick()));
      expect(platform.postsOf(net.network.id)).toHaveLength(0);
      // Held by the process that waits to try again: no failure recorded, nobody takes it over.
      expect((await unfinishedOf(net)).map((r) => r.attempts)).toEqual([0]);
      await time.runUntil(() => calls === 2);
      await Promise.all(bots.map((b) => b.idle()));
      expect(clock.now().getTime() - nine.getTime()).toBeGreaterThanOrEqual(QUICK_RETRY_MS[0] ?? 0);
      expect(platform.postsOf(net.network.id)).toHaveLength(1);
      expect(await unfinishedOf(net)).toEqual([]);
      expect(calls).toBe(2);
    },
  );

  it('postpones for any replica a post still failing after the quick retries, then posts it once', async () => {
    const net = await digestNetwork('tous les jours à 9h');
    const platform = new FakePlatform();
    let calls = 0;
    platform.answer = () =>
      ++calls <= 1 + QUICK_RETRY_MS.length ? { ok: false, reason: 'unavailable' } : { ok: true };
    const bots = (await pools(2)).map((db, i) =>
      instance(db, platform, `postpone-${i}`, new Set([net.network.id])),
    );
    const nine = toNextNine();
    await Promise.all(bots.map((b) => b.tick()));
    await time.runUntil(() => calls === 1 + QUICK_RETRY_MS.length);
    await Promise.all(bots.map((b) => b.idle()));
    expect(calls).toBe(1 + QUICK_RETRY_MS.length);
    expect(platform.postsOf(net.network.id)).toHaveLength(0);
    expect(await unfinishedOf(net)).toEqual([
      {
        key: `${DIGEST_KIND}:${net.network.id}:${new Date(nine.getTime() - 30_000).toISOString()}`,
        attempts: 1,
      },
    ]);
    // Not before the wait is over...
    clock.advance(60_000);
    await Promise.all(bots.map((b) => b.tick()));
    expect(platform.postsOf(net.network.id)).toHaveLength(0);
    // ...then once, whichever instance gets it.
    clock.advance(CLAIM_GRACE_MS);
    await Promise.all(bots.map((b) => b.tick()));
    await Promise.all(bots.map((b) => b.tick()));
    await Promise.all(bots.map((b) => b.idle()));
    expect(platform.postsOf(net.network.id)).toHaveLength(1);
  });

  it('finishes, after the grace period, a digest whose process died between claim and post', async () => {
    const net = await digestNetwork('toutes les heures');
    const platform = new FakePlatform();
    clock.advance(HOUR);
    const slot = new Date(Math.floor(clock.now().getTime() / HOUR) * HOUR);
    const run = { networkId: net.network.id, slot, subjectId: null };
    await net.repos.scheduledRuns.claim(DIGEST_KIND, run, 'dead-process', clock.now());
    const [db] = await pools(1);
    const bot = instance(db as Database, platform, 'survivor', new Set([net.network.id]));
    await bot.tick();
    expect(platform.postsOf(net.network.id)).toHaveLength(0);
    clock.advance(CLAIM_GRACE_MS + 1000);
    expect((await bot.tick()).replayed).toBe(1);
    await bot.tick();
    expect(platform.postsOf(net.network.id).map((p) => p.key)).toEqual([slotKey(net.network.id, slot)]);
  });

  it('tells the facilitators privately, once, when the bot may not post, and keeps the digest unfinished', async () => {
    const net = await digestNetwork('toutes les heures');
    const platform = new FakePlatform();
    let allowed = false;
    platform.answer = () => (allowed ? { ok: true } : { ok: false, reason: 'no-access' });
    const bots = (await pools(3)).map((db, i) =>
      instance(db, platform, `noaccess-${i}`, new Set([net.network.id])),
    );
    clock.advance(HOUR);
    const first = slotKey(net.network.id, clock.now());
    await Promise.all(bots.map((b) => b.tick()));
    clock.advance(CLAIM_GRACE_MS + 1000);
    await Promise.all(bots.map((b) => b.tick()));
    const told = platform.directs.filter((d) => d.spaceId === net.space.id);
    expect(told).toHaveLength(1);
    expect(told[0]?.userId).toBe('u-admin');
    expect(told[0]?.text).toContain('Maillage ne peut pas publier le diagnostic');
    expect(told[0]?.text).toContain('`diagnostic ici`');
    const open = await unfinishedOf(net);
    expect(open.map((r) => r.key)).toContain(first);
    expect(open.find((r) => r.key === first)?.attempts).toBeGreaterThanOrEqual(2);

    // Rights fixed, a new slot comes: the newer digest is posted, the stale one is not.
    allowed = true;
    clock.advance(HOUR);
    for (let i = 0; i < 3; i++) {
      await Promise.all(bots.map((b) => b.tick()));
      clock.advance(CLAIM_GRACE_MS * 12);
    }
    const keys = platform.postsOf(net.network.id).map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(
      slotKey(net.network.id, new Date(clock.now().getTime() - 3 * CLAIM_GRACE_MS * 12)),
    );
    expect(await unfinishedOf(net)).toEqual([]);
  });
});
