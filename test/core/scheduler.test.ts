// Scheduled work runs exactly once across processes: two schedulers on separate
// connections race to close the same due poll; a claim left unfinished by a dead process
// is finished by another after the grace period. Results answer the poll's live message,
// and a live message's ref answered by the platform is stored.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { scheduledRuns } from '../../db/schema.ts';
import { createStore, repositories } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import type { Locale } from '../../src/core/locale.ts';
import { type Message, messageText } from '../../src/core/message.ts';
import type { Space } from '../../src/core/model.ts';
import { closePoll } from '../../src/core/polls/close-poll.ts';
import { pollMessage } from '../../src/core/polls/render-poll.ts';
import type { PostOptions, Publisher } from '../../src/core/ports.ts';
import { pollClosing } from '../../src/core/scheduling/poll-closing.ts';
import { CLAIM_GRACE_MS, createScheduler, type ScheduledJob } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, testCore } from '../support/fakes.ts';

class RecordingPublisher implements Publisher {
  readonly posts: Array<{
    space: Space;
    channelId: string | null;
    text: string;
    locale: Locale;
    options?: PostOptions | undefined;
  }> = [];
  /** The ref the platform answers for the next posts. */
  ref: string | undefined;
  async post(
    space: Space,
    channelId: string | null,
    message: Message,
    locale: Locale,
    options?: PostOptions,
  ) {
    this.posts.push({ space, channelId, text: messageText(message), locale, options });
    return this.ref ? ({ ok: true, ref: this.ref } as const) : ({ ok: true } as const);
  }
  async direct() {
    return { ok: true } as const;
  }
}

describeDatabases('scheduled poll closing', (database) => {
  let core: Core;
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  function schedulerOn(
    db: Database,
    publisher: Publisher,
    name: string,
    more: { jobs?: ScheduledJob[]; onPollChanged?: (networkId: string, pollId: string) => void } = {},
  ) {
    return createScheduler({
      store: createStore(db),
      clock,
      logger: new RecordingLogger(),
      publisher,
      processId: name,
      jobs: more.jobs ?? [pollClosing],
      ...(more.onPollChanged ? { onPollChanged: more.onPollChanged } : {}),
    });
  }

  async function duePoll(question: string) {
    const where = newSpace();
    const entered = await core.enter({
      ...where,
      user: { externalId: 'u1', displayName: 'Alice', isPlatformAdmin: true },
    });
    const repos = repositories(database().db);
    const space = await repos.networks.findSpace(where.platform, where.space.externalId);
    const poll = await repos.polls.create(entered.network.id, {
      authorId: entered.actor.id,
      question,
      options: ['Oui', 'Non'],
      anonymous: true,
      multiple: false,
      maxChoices: null,
      goalId: null,
      spaceId: space?.space.id ?? '',
      channelId: 'C42',
      closesAt: new Date(clock.now().getTime() + 60_000),
    });
    return { network: entered.network, poll, repos };
  }

  it('closes a due poll once and posts its results once, with two schedulers racing', async () => {
    const { network, poll, repos } = await duePoll('Quelle date pour l’atelier ?');
    const publisher = new RecordingPublisher();
    const otherDb = database().kind === 'postgres' ? (await database().openAnother()).db : database().db;
    const a = schedulerOn(database().db, publisher, 'process-a');
    const b = schedulerOn(otherDb, publisher, 'process-b');

    const early = await Promise.all([a.tick(), b.tick()]);
    expect(early.map((r) => r.ran)).toEqual([0, 0]);
    expect((await repos.polls.get(network.id, poll.id))?.status).toBe('open');

    clock.advance(61_000);
    const results = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(results.reduce((n, r) => n + r.ran, 0)).toBe(1);
    const ours = publisher.posts.filter((p) => p.text.includes('Quelle date pour l’atelier'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.channelId).toBe('C42');
    expect((await repos.polls.get(network.id, poll.id))?.status).toBe('closed');
    expect(await repos.polls.keyOf(network.id, poll.id)).toBeUndefined();
  });

  it('posts the results as a reply to the live message, then has the live message shown closed', async () => {
    const { network, poll, repos } = await duePoll('Réponse au message du sondage ?');
    await repos.polls.setMessageRef(network.id, poll.id, 'C42:1700000000.000100');
    const publisher = new RecordingPublisher();
    const changed: string[][] = [];
    const scheduler = schedulerOn(database().db, publisher, 'replier', {
      onPollChanged: (networkId, pollId) => changed.push([networkId, pollId]),
    });
    clock.advance(61_000);
    await scheduler.tick();
    const ours = publisher.posts.filter((p) => p.text.includes('Réponse au message du sondage'));
    expect(ours.map((p) => p.options?.replyTo)).toEqual(['C42:1700000000.000100']);
    expect(changed).toContainEqual([network.id, poll.id]);
  });

  it('stores the ref the platform answers for a live poll message it posted', async () => {
    const { network, poll, repos } = await duePoll('Où est le message ?');
    const job: ScheduledJob = {
      kind: 'test-live',
      asks: () => ({}),
      due: () => ({ replays: [], runs: [{ networkId: network.id, slot: null, subjectId: poll.id }] }),
      run: async () => ({
        spaceId: poll.spaceId,
        channelId: 'C42',
        message: {
          ...pollMessage(poll, undefined, network, network.locale, {}),
          poll: { networkId: network.id, pollId: poll.id, ref: poll.ref, role: 'live' },
        },
      }),
      replay: async () => undefined,
    };
    const publisher = new RecordingPublisher();
    publisher.ref = 'C42:1700000000.000200';
    await schedulerOn(database().db, publisher, 'live-poster', { jobs: [job] }).tick();
    expect(publisher.posts).toHaveLength(1);
    expect((await repos.polls.get(network.id, poll.id))?.messageRef).toBe('C42:1700000000.000200');
  });

  it('finishes, after the grace period, a run whose process died before posting', async () => {
    const { network, poll } = await duePoll('Sujet du prochain café ?');
    clock.advance(61_000);
    // A process claims and closes the poll, then dies before posting the results.
    const store = createStore(database().db);
    await store.transaction(async (tx) => {
      await tx.scheduledRuns.claim(
        'poll-close',
        { networkId: network.id, slot: null, subjectId: poll.id },
        'dead-process',
        clock.now(),
      );
      await closePoll(tx, network, poll.id, clock.now());
      return { ok: true as const, value: undefined };
    });
    const publisher = new RecordingPublisher();
    const scheduler = schedulerOn(database().db, publisher, 'survivor');
    await scheduler.tick();
    expect(publisher.posts.filter((p) => p.text.includes('Sujet du prochain café'))).toHaveLength(0);

    clock.advance(CLAIM_GRACE_MS + 1000);
    const first = await scheduler.tick();
    const second = await scheduler.tick();
    expect(first.replayed).toBeGreaterThanOrEqual(1);
    expect(second.replayed).toBe(0);
    expect(publisher.posts.filter((p) => p.text.includes('Sujet du prochain café'))).toHaveLength(1);
  });

  it('keeps no claim for a network deleted before its run, and runs nothing for it', async () => {
    // Another process deleted the network between this one listing it and claiming its run.
    const gone = randomUUID();
    const ran: string[] = [];
    const job: ScheduledJob = {
      kind: 'test-gone',
      asks: () => ({}),
      due: () => ({ replays: [], runs: [{ networkId: gone, slot: clock.now(), subjectId: null }] }),
      run: async (_repos, network) => {
        ran.push(network.id);
        return undefined;
      },
      replay: async () => undefined,
    };
    const scheduler = createScheduler({
      store: createStore(database().db),
      clock,
      logger: new RecordingLogger(),
      publisher: new RecordingPublisher(),
      processId: 'lister',
      jobs: [job],
    });
    expect(await scheduler.tick()).toEqual({ ran: 0, replayed: 0 });
    const claims = await database()
      .db.select({ networkId: scheduledRuns.networkId })
      .from(scheduledRuns)
      .where(eq(scheduledRuns.kind, 'test-gone'));
    expect(claims).toEqual([]);
    expect(ran).toEqual([]);
  });
});
