// The bot removed from a workspace or server, through the core and real databases: while
// removed nothing is posted nor sent there (digest, poll results, café round, introductions
// and follow-up), polls still close (anonymous votes destroyed); after the grace period the
// network is deleted whole, exactly once across two schedulers; coming back within the
// grace period — a command, even a refused one, or the platform saying so — keeps it all.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { createStore, repositories } from '../../db/store.ts';
import type { Locale } from '../../src/core/locale.ts';
import { type Message, messageText } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import type { PostOptions, Publisher } from '../../src/core/ports.ts';
import { cafeFollowUpJob, cafeRoundJob } from '../../src/core/scheduling/cafe-jobs.ts';
import { digestJob } from '../../src/core/scheduling/digest-job.ts';
import { pollClosing } from '../../src/core/scheduling/poll-closing.ts';
import { NETWORK_DELETION_KIND, retentionJobs } from '../../src/core/scheduling/retention-jobs.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { keptWith, rowCounts } from '../support/row-counts.ts';

const DAY = 86_400_000;
const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };

class RecordingPublisher implements Publisher {
  readonly posts: Array<{ spaceId: string; key: string | undefined; text: string }> = [];
  readonly directs: Array<{ spaceId: string; userId: string; text: string }> = [];
  async post(
    space: Space,
    _channel: string | null,
    message: Message,
    _locale: Locale,
    options?: PostOptions,
  ) {
    this.posts.push({ spaceId: space.id, key: options?.idempotencyKey, text: messageText(message) });
    return { ok: true } as const;
  }
  async direct(space: Space, userId: string, message: Message) {
    this.directs.push({ spaceId: space.id, userId, text: messageText(message) });
    return { ok: true } as const;
  }
}

describeDatabases('bot removed from a space', (database) => {
  /** Each test has its own years, so one test's deletions never meet another's networks. */
  function setUp(start: string) {
    const clock = new FakeClock(new Date(start));
    const logger = new RecordingLogger();
    const core = testCore(database().db, clock, logger);
    const platform = new RecordingPublisher();
    const scheduler = (db: Database = database().db, log = logger) =>
      createScheduler({
        store: createStore(db),
        clock,
        logger: log,
        publisher: platform,
        processId: 'removal-test',
        jobs: [pollClosing, digestJob, cafeRoundJob, cafeFollowUpJob, ...retentionJobs(log, 30)],
      });
    return { clock, core, platform, logger, scheduler };
  }

  async function network(where: ReturnType<typeof newSpace>) {
    const found = await repositories(database().db).networks.findSpace(
      where.platform,
      where.space.externalId,
    );
    if (!found) throw new Error('no network');
    return found;
  }

  const removedAt = async (where: ReturnType<typeof newSpace>) => {
    const [row] = await database()
      .db.select({ at: schema.spaces.removedAt })
      .from(schema.spaces)
      .where(eq(schema.spaces.externalId, where.space.externalId));
    return row?.at ?? null;
  };

  it('posts nothing there while removed, closes polls all the same, and deletes the network after the grace period, once', async () => {
    // Friday 7 January 2028, 11:00 in Paris; the digest slot is Monday 10 January, 09:00.
    const { clock, core, platform, logger, scheduler } = setUp('2028-01-07T10:00:00Z');
    const where = newSpace('slack');
    await say(core, where, 'diagnostic ici');
    await say(core, where, 'aide', marie);
    await say(core, where, 'echange appel @"Marie Curie" note "préparation du forum"');
    await say(core, where, 'sondage "Quel créneau ?" "Lundi" "Mardi" duree 2h');
    for (const who of [{}, marie, jean]) await say(core, where, 'vote 1 1', who);
    const { network: net, space } = await network(where);
    const counts = await rowCounts(database().db, net.id);
    expect(counts.poll_votes).toBe(3);

    await core.spaceRemoved({ platform: 'slack', externalId: where.space.externalId });
    const removal = clock.now();
    expect(await removedAt(where)).toEqual(removal);
    // A second event (Slack sends two, and retries) keeps the first removal.
    clock.advance(60_000);
    await core.spaceRemoved({ platform: 'slack', externalId: where.space.externalId });
    expect(await removedAt(where)).toEqual(removal);
    const told = logger.entries.filter((e) => e.message.startsWith('bot removed from a space'));
    expect(told.map((e) => e.context)).toEqual([
      { platform: 'slack', space: where.space.externalId, networkId: net.id, graceDays: 30 },
      { platform: 'slack', space: where.space.externalId, networkId: net.id, graceDays: 30 },
    ]);

    // The poll closes at its deadline: counts kept, anonymous votes destroyed, nothing posted.
    clock.current = new Date('2028-01-07T13:00:00Z');
    await scheduler().tick();
    const poll = await repositories(database().db).polls.getByRef(net.id, 1);
    expect(poll?.status).toBe('closed');
    expect(poll?.options.map((o) => o.votes)).toEqual([3, 0]);
    expect((await rowCounts(database().db, net.id)).poll_votes).toBe(0);
    // The digest slot passes: nothing either.
    clock.current = new Date('2028-01-10T08:01:00Z');
    await scheduler().tick();
    expect(platform.posts.filter((p) => p.spaceId === space.id)).toEqual([]);
    expect(platform.directs.filter((p) => p.spaceId === space.id)).toEqual([]);

    // A day before the end of the grace period, everything is still there.
    clock.current = new Date(removal.getTime() + 29 * DAY);
    await scheduler().tick();
    expect(await rowCounts(database().db, net.id)).toEqual({ ...counts, poll_votes: 0, poll_keys: 0 });

    // After it, two replicas tick at once: the network is deleted, once.
    clock.current = new Date(removal.getTime() + 30 * DAY + 60_000);
    const second = database().kind === 'postgres' ? (await database().openAnother()).db : database().db;
    const otherLogger = new RecordingLogger();
    await Promise.all([scheduler().tick(), scheduler(second, otherLogger).tick()]);
    const all = await rowCounts(database().db, net.id);
    expect(Object.values(all).every((n) => n === 0)).toBe(true);
    const deletions = [...logger.entries, ...otherLogger.entries].filter((e) => {
      const context = e.context as { job?: string; networkId?: string };
      return context.networkId === net.id && context.job === NETWORK_DELETION_KIND;
    });
    expect(deletions).toHaveLength(1);
    const claims = await database()
      .db.select({ kind: schema.scheduledRuns.kind })
      .from(schema.scheduledRuns)
      .where(eq(schema.scheduledRuns.networkId, net.id));
    expect(claims).toEqual([{ kind: NETWORK_DELETION_KIND }]);
    expect(JSON.stringify(logger.entries)).not.toContain('forum');
  });

  it('keeps everything when the bot is used there again within the grace period, and posts again', async () => {
    // Friday 5 January 2029; digest slots on Mondays 8, 15… January, 09:00 in Paris.
    const { clock, core, platform, scheduler } = setUp('2029-01-05T10:00:00Z');
    const where = newSpace('discord');
    await say(core, where, 'diagnostic ici');
    await say(core, where, 'aide', marie);
    await say(core, where, 'echange appel @"Marie Curie"');
    const { network: net, space } = await network(where);
    const counts = await rowCounts(database().db, net.id);

    await core.spaceRemoved({ platform: 'discord', externalId: where.space.externalId });
    clock.current = new Date('2029-01-08T08:01:00Z');
    await scheduler().tick();
    expect(platform.posts.filter((p) => p.spaceId === space.id)).toEqual([]);

    // Ten days later someone types a command there — a mistaken one: the bot is back all the same.
    clock.current = new Date('2029-01-15T07:00:00Z');
    const wrong = await say(core, where, 'nimportequoi', marie);
    expect(wrong.failed).toBe(true);
    expect(await removedAt(where)).toBeNull();

    clock.current = new Date('2029-02-10T10:00:00Z');
    await scheduler().tick();
    const after = await rowCounts(database().db, net.id);
    expect(after).toEqual(keptWith(counts, 1));
    // The latest slot since the last digest (Monday 5 February) is posted, once.
    const posted = platform.posts.filter((p) => p.spaceId === space.id);
    expect(posted.map((p) => p.key)).toEqual([`digest:${net.id}:2029-02-05T08:00:00.000Z`]);
  });

  it('sends no café introduction nor follow-up there while removed, and asks once back', async () => {
    const { clock, core, platform, scheduler } = setUp('2030-01-07T08:00:00Z');
    const where = newSpace('slack');
    await say(core, where, 'cafe ici');
    for (const who of [{}, marie, jean]) await say(core, where, 'cafe oui', who);
    await say(core, where, 'cafe lancer');
    await scheduler().tick();
    const { network: net, space } = await network(where);
    const introduced = platform.directs.filter((d) => d.spaceId === space.id).length;
    expect(introduced).toBeGreaterThanOrEqual(2);

    await core.spaceRemoved({ platform: 'slack', externalId: where.space.externalId });
    // Two weeks on (Monday 21 January, 10:00 in Paris): the follow-up and the next round are due.
    clock.current = new Date('2030-01-21T09:01:00Z');
    await scheduler().tick();
    expect(platform.directs.filter((d) => d.spaceId === space.id)).toHaveLength(introduced);
    expect(platform.posts.filter((p) => p.spaceId === space.id && p.key?.startsWith('cafe:'))).toHaveLength(
      1,
    );
    expect((await rowCounts(database().db, net.id)).cafe_rounds).toBe(1);

    expect(await core.spaceReturned({ platform: 'slack', externalId: where.space.externalId })).toBe(true);
    expect(await core.spaceReturned({ platform: 'slack', externalId: where.space.externalId })).toBe(false);
    await scheduler().tick();
    const sent = platform.directs.filter((d) => d.spaceId === space.id).slice(introduced);
    const asked = sent.filter((d) => d.text.includes('Vous êtes-vous rencontrés'));
    expect(asked).toHaveLength(introduced);
    expect((await rowCounts(database().db, net.id)).cafe_rounds).toBe(2);
  });

  it('deletes a network only when every one of its spaces was removed before the grace period', async () => {
    const { clock, core, scheduler } = setUp('2031-03-03T10:00:00Z');
    const where = newSpace('slack');
    await say(core, where, 'aide');
    const { network: net } = await network(where);
    // A second space of the same network (a Discord server beside the Slack workspace).
    const discordId = `guild-${net.id}`;
    await database()
      .db.insert(schema.spaces)
      .values({ networkId: net.id, platform: 'discord', externalId: discordId });

    await core.spaceRemoved({ platform: 'slack', externalId: where.space.externalId });
    clock.advance(40 * DAY);
    await scheduler().tick();
    expect((await rowCounts(database().db, net.id)).networks).toBe(1);

    await core.spaceRemoved({ platform: 'discord', externalId: discordId });
    clock.advance(29 * DAY);
    await scheduler().tick();
    expect((await rowCounts(database().db, net.id)).spaces).toBe(2);
    clock.advance(DAY + 60_000);
    await scheduler().tick();
    expect((await rowCounts(database().db, net.id)).spaces).toBe(0);
    expect((await rowCounts(database().db, net.id)).networks).toBe(0);
  });
});
