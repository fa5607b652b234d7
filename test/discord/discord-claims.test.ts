// The claim experiment of issue 18 on Discord: the real discord.js against the fake Discord,
// two schedulers (two replicas, each on its own connection pool on the server) posting
// through the bot's publisher (the fake gateway serves one connection), ticking every 20 s
// as the cron ticker does, on a fake clock the test moves — minutes pass in a moment.
//
// - Channel posts answer 429 (retry_after 65 s) for 5 minutes in one server: the replica
//   closing the poll there waits, renewing its claim; the other one never takes it over;
//   the results are posted once, soon after the limit; another server's poll, due
//   meanwhile, is posted on time; neither replica skips a tick.
// - Discord creates the results but every answer is lost for minutes, longer than it
//   remembers nonces (2 minutes here): the retry 5 minutes later reads the channel and does
//   not post them again; without Read Message History in the channel it cannot, and posts
//   them once more.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import { pollClosing } from '../../src/core/scheduling/poll-closing.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, RecordingLogger } from '../support/fakes.ts';
import { ManualTime } from '../support/manual-time.ts';
import { onlyNetworks } from '../support/only-networks.ts';
import { driveTicks, longestTickGap, TICK_MS, type Ticking, ticking } from '../support/ticking.ts';
import type { RecordedCall, StoredMessage } from './fake-discord.ts';
import { type Interactions, newMember } from './fixtures.ts';
import { answersTo, type Bot, networkIdOf, startBot } from './harness.ts';

const MINUTE = 60_000;

interface Replica extends Ticking {
  logger: RecordingLogger;
}

describeDatabases('Discord: a claim stays with its live holder, a result is posted once', (database) => {
  const clock = new FakeClock(new Date('2043-09-08T07:00:00Z'));
  const time = new ManualTime(clock);
  /** The networks whose polls this file's schedulers close. */
  const ours = new Set<string>();
  let bot: Bot;
  let replicas: Replica[] = [];

  beforeAll(async () => {
    bot = await startBot(database().db, {}, undefined, { clock });
    bot.fake.now = () => clock.now().getTime();
    const adapter = bot.app.adapters.find((a) => a.platform === 'discord');
    if (!adapter) throw new Error('no Discord adapter');
    const job = onlyNetworks(pollClosing, (id) => ours.has(id));
    const pools: Database[] = [
      database().db,
      database().kind === 'postgres' ? (await database().openAnother()).db : database().db,
    ];
    replicas = pools.map((db, i) => {
      const logger = new RecordingLogger();
      const scheduler = createScheduler({
        store: createStore(db),
        clock,
        logger,
        publisher: adapter.publisher,
        processId: `discord-replica-${i}`,
        jobs: [job],
        sleep: time.sleep,
      });
      return { ...ticking(scheduler), logger };
    });
  });
  afterAll(async () => {
    for (const r of replicas) await r.scheduler.stop();
    await bot?.stop();
  });

  const drive = (ms: number) => driveTicks(time, replicas, ms);
  const route = (g: Interactions) => new RegExp(`^/channels/${g.guild.channelId}/messages$`);

  /** A new server with a poll closing in `minutes`; its live message. */
  async function openPoll(question: string, minutes: number) {
    const g = await bot.newGuild();
    const from = bot.fake.calls.length;
    const i = g.command(newMember(), 'sondage creer', {
      question,
      options: 'Oui;Non',
      duree: `${minutes}min`,
    });
    await answersTo(bot.fake, i);
    const live = bot.fake.calls
      .slice(from)
      .find((c) => c.method === 'POST' && route(g).test(c.path) && c.status === 200)
      ?.response as StoredMessage;
    if (!live) throw new Error('the poll was not posted');
    ours.add(await networkIdOf(database().db, g.guild.id));
    return { g, live };
  }

  const resultsOf = (live: StoredMessage) =>
    bot.fake
      .messagesIn(live.channel_id)
      .filter((m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === live.id);
  const postsIn = (g: Interactions): RecordedCall[] =>
    bot.fake.calls.filter((c) => c.method === 'POST' && route(g).test(c.path));

  it('waits out a 5-minute rate limit holding its claim: no takeover, posted once, other polls on time', async () => {
    const start = clock.now().getTime();
    const limited = await openPoll('Atelier mobilité en mai ?', 10);
    const free = await openPoll('Permanence commune ?', 12);
    const createdAt = postsIn(limited.g).length;
    await drive(9 * MINUTE);
    bot.fake.rateLimitFor('POST', route(limited.g), 65, 5 * MINUTE);
    const limitEnds = clock.now().getTime() + 5 * MINUTE;
    await drive(10 * MINUTE);

    const tries = postsIn(limited.g).slice(createdAt);
    const posted = tries.filter((c) => c.status === 200);
    const freeAt = postsIn(free.g).find(
      (c) => c.status === 200 && c.fakeAt && c.fakeAt > start + MINUTE,
    )?.fakeAt;
    const gaps = tries.slice(1).map((c, i) => (c.fakeAt ?? 0) - (tries[i]?.fakeAt ?? 0));
    expect({
      resultsPosted: resultsOf(limited.live).length,
      otherPollPosted: resultsOf(free.live).length,
      takenOver: replicas.reduce((n, r) => n + r.replayed, 0),
      postponed: replicas
        .flatMap((r) => r.logger.entries)
        .filter((e) => e.message.startsWith('scheduled post refused')).length,
      otherPollDelaySeconds: ((freeAt ?? Number.NaN) - (start + 12 * MINUTE)) / 1000,
      longestTickGapSeconds: longestTickGap(replicas, clock.now().getTime()) / 1000,
      triesRefused: tries.filter((c) => c.status === 429).length,
      shortestWaitSeconds: Math.min(...gaps) / 1000,
      postedAfterLimitSeconds: ((posted[0]?.fakeAt ?? Number.NaN) - limitEnds) / 1000,
    }).toEqual({
      resultsPosted: 1,
      otherPollPosted: 1,
      takenOver: 0,
      postponed: 0,
      otherPollDelaySeconds: expect.toSatisfy((s: number) => s >= 0 && s <= (TICK_MS + 5000) / 1000),
      longestTickGapSeconds: expect.toSatisfy((s: number) => s <= (TICK_MS + 5000) / 1000),
      // Fake time runs on while a try's real I/O is in flight: a few seconds a try on a loaded machine.
      triesRefused: expect.toSatisfy((n: number) => n >= 3),
      shortestWaitSeconds: expect.toSatisfy((s: number) => s >= 65),
      postedAfterLimitSeconds: expect.toSatisfy((s: number) => s >= 0 && s <= 65 + 25),
    });
  });

  it('does not post again results Discord created when their answers were lost past its nonce window', async () => {
    bot.fake.nonceWindowMs = 2 * MINUTE;
    const read = await openPoll('Réunion des partenaires (lu) ?', 10);
    const hidden = await openPoll('Réunion des partenaires (caché) ?', 11);
    bot.fake.hideHistory(hidden.g.guild.channelId);
    await drive(9 * MINUTE + 40_000);
    // Every answer lost until after the quick retries (10:00–10:35, 11:00–11:35), and the
    // nonces forgotten before the retry 5 minutes later.
    for (const { g } of [read, hidden]) bot.fake.cutAfterStoring('POST', route(g), 3.5 * MINUTE);
    await drive(8 * MINUTE);
    expect({
      cut: [read, hidden].map(({ g }) => postsIn(g).some((c) => c.cut)),
      // With Read Message History, the retry finds them; without, one double at most.
      results: [resultsOf(read.live).length, resultsOf(hidden.live).length],
    }).toEqual({ cut: [true, true], results: [1, 2] });
    await Promise.all(replicas.map((r) => r.scheduler.idle()));
  });
});
