// Retention on real databases: the daily job purges the notes of exchanges older than the
// network's retention period and who voted what in public polls closed before it, keeps
// everything more recent, leaves counts (poll results, digest) as they were, logs counts
// only, and runs once per network and day even when two schedulers (two connection pools
// on the server) tick at the same instant.
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { createStore, repositories } from '../../db/store.ts';
import { digestMessage } from '../../src/core/digest/digest-message.ts';
import { messageText } from '../../src/core/message.ts';
import { monthsBefore, RETENTION_KIND, retentionJob } from '../../src/core/scheduling/retention-jobs.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };

const OLD = new Date('2026-01-12T10:00:00Z');
const RECENT = new Date('2026-06-15T10:00:00Z');
/** A year and a bit later: with 12 months of retention, the limit is 1 February 2026. */
const LATER = new Date('2027-02-01T10:00:00Z');

const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');
const silent = () => ({
  post: async () => ({ ok: true }) as const,
  direct: async () => ({ ok: true }) as const,
});

describeDatabases('retention purge', (database) => {
  async function notes(db: Database, networkId: string) {
    const rows = await db
      .select({ on: schema.exchanges.occurredOn, note: schema.exchanges.note })
      .from(schema.exchanges)
      .where(eq(schema.exchanges.networkId, networkId));
    return Object.fromEntries(rows.map((r) => [r.on, r.note]));
  }

  async function voteRows(db: Database, networkId: string, ref: number) {
    const [poll] = await db
      .select({ id: schema.polls.id })
      .from(schema.polls)
      .where(and(eq(schema.polls.networkId, networkId), eq(schema.polls.ref, ref)));
    const rows = await db
      .select()
      .from(schema.pollVotes)
      .where(eq(schema.pollVotes.pollId, poll?.id ?? ''));
    return rows.length;
  }

  /** A network with notes and public polls on both sides of the limit. */
  async function history() {
    const clock = new FakeClock(OLD);
    const core = testCore(database().db, clock);
    const where = newSpace('slack');
    await say(core, where, 'aide', marie);
    await say(core, where, 'aide', jean);
    const logged = await say(
      core,
      where,
      'echange appel @"Marie Curie" date hier note "préparation du forum"',
    );
    expect(logged.failed).toBe(false);
    await say(core, where, 'sondage "Quel créneau pour le forum ?" "Lundi" "Mardi" public duree 2h');
    await say(core, where, 'vote 1 1');
    await say(core, where, 'vote 1 1', marie);
    await say(core, where, 'vote 1 2', jean);
    expect((await say(core, where, 'sondage fermer 1')).failed).toBe(false);

    // Either side of the limit, to the day: 31 January goes, 1 February stays.
    clock.current = new Date('2026-02-02T10:00:00Z');
    await say(core, where, 'echange rencontre @"Jean Dupont" date 31/01/2026 note "bilan des permanences"');
    await say(core, where, 'echange rencontre @"Jean Dupont" date 01/02/2026 note "suite du bilan"');

    clock.current = RECENT;
    await say(core, where, 'echange orientation @"Marie Curie" date hier note "atelier logement"');
    await say(core, where, 'sondage "Date de la réunion ?" "Jeudi" "Vendredi" public duree 2h');
    await say(core, where, 'vote 2 2', marie);
    await say(core, where, 'vote 2 2', jean);
    await say(core, where, 'sondage fermer 2');
    clock.current = LATER;
    const repos = repositories(database().db);
    const found = await repos.networks.findSpace(where.platform, where.space.externalId);
    if (!found) throw new Error('no network');
    return { core, where, clock, network: found.network, repos };
  }

  it('computes the limit in calendar months, the 31st becoming the month’s last day', () => {
    expect(monthsBefore('2027-02-01', 12)).toBe('2026-02-01');
    expect(monthsBefore('2027-03-31', 1)).toBe('2027-02-28');
    expect(monthsBefore('2028-03-31', 1)).toBe('2028-02-29');
    expect(monthsBefore('2027-01-15', 13)).toBe('2025-12-15');
    expect(monthsBefore('2027-06-30', 60)).toBe('2022-06-30');
  });

  it('purges exactly the old notes and old public voters, keeping counts and recent data', async () => {
    const { core, where, network, repos } = await history();
    const db = database().db;
    expect(await notes(db, network.id)).toEqual({
      '2026-01-11': 'préparation du forum',
      '2026-01-31': 'bilan des permanences',
      '2026-02-01': 'suite du bilan',
      '2026-06-14': 'atelier logement',
    });
    expect(await voteRows(db, network.id, 1)).toBe(3);
    const before = plain((await say(core, where, 'sondage 1')).text);
    expect(before).toContain('Marie Curie');
    const poll = await repos.polls.getByRef(network.id, 1);
    if (!poll) throw new Error('no poll');
    const tallyBefore = await repos.polls.tally(network.id, poll);
    const week = { start: new Date(OLD.getTime() - 86_400_000), end: new Date(OLD.getTime() + 86_400_000) };
    const digestBefore = messageText(await digestMessage(repos, network, week, 'fr'));
    expect(plain(digestBefore)).toContain('Quel créneau pour le forum');

    const logger = new RecordingLogger();
    const scheduler = createScheduler({
      store: createStore(db),
      clock: new FakeClock(LATER),
      logger,
      publisher: silent(),
      processId: 'retention-test',
      jobs: [retentionJob(logger)],
    });
    await scheduler.tick();

    expect(await notes(db, network.id)).toEqual({
      '2026-01-11': null,
      '2026-01-31': null,
      '2026-02-01': 'suite du bilan',
      '2026-06-14': 'atelier logement',
    });
    expect(await voteRows(db, network.id, 1)).toBe(0);
    expect(await voteRows(db, network.id, 2)).toBe(2);

    // The results keep their counts and lose the names; the digest is unchanged.
    const after = plain((await say(core, where, 'sondage 1')).text);
    expect(after).not.toContain('Marie Curie');
    expect(after).not.toContain('Jean Dupont');
    for (const line of ['**Lundi** — 2 votes (67 %)', '**Mardi** — 1 vote (33 %)', '3 participants'])
      for (const shown of [before, after]) expect(shown).toContain(line);
    const tallyAfter = await repos.polls.tally(network.id, poll);
    expect([...tallyAfter.counts]).toEqual([...tallyBefore.counts]);
    expect(tallyAfter.participants).toBe(3);
    expect(messageText(await digestMessage(repos, network, week, 'fr'))).toBe(digestBefore);
    expect(plain((await say(core, where, 'sondage 2')).text)).toContain('Marie Curie');

    // Counts only in the logs: no note, no name, no member id.
    const mine = logger.entries.filter((e) => (e.context as { networkId?: string }).networkId === network.id);
    expect(mine).toEqual([
      expect.objectContaining({ context: expect.objectContaining({ notes: 2, votes: 3, months: 12 }) }),
    ]);
    const members = await repos.members.list(network.id);
    const logged = JSON.stringify(logger.entries);
    for (const secret of ['forum', 'bilan', 'Marie', 'Jean', ...members.map((m) => m.id)])
      expect(logged).not.toContain(secret);
  });

  it('runs once per network and day when two schedulers tick at the same instant', async () => {
    const { network } = await history();
    const pools =
      database().kind === 'postgres'
        ? [(await database().openAnother()).db, (await database().openAnother()).db]
        : [database().db, database().db];
    const clock = new FakeClock(LATER);
    const loggers = [new RecordingLogger(), new RecordingLogger()];
    const schedulers = pools.map((db, i) =>
      createScheduler({
        store: createStore(db),
        clock,
        logger: loggers[i] ?? new RecordingLogger(),
        publisher: silent(),
        processId: `replica-${i}`,
        jobs: [retentionJob(loggers[i] ?? new RecordingLogger())],
      }),
    );
    const runsOf = () =>
      loggers.flatMap((l) =>
        l.entries.filter((e) => (e.context as { networkId?: string }).networkId === network.id),
      );

    await Promise.all(schedulers.map((s) => s.tick()));
    await Promise.all(schedulers.map((s) => s.tick()));
    expect(runsOf()).toHaveLength(1);
    const claims = await database()
      .db.select()
      .from(schema.scheduledRuns)
      .where(eq(schema.scheduledRuns.kind, RETENTION_KIND));
    const ours = claims.filter((c) => c.networkId === network.id);
    // The run of 1 February in Paris: its slot is the day's start there.
    expect(ours.map((c) => c.slot?.toISOString())).toEqual(['2027-01-31T23:00:00.000Z']);
    expect(ours[0]?.completedAt).not.toBeNull();

    // The next day in Paris (23:30 UTC) is a new run: 1 February 2026 is now over the limit.
    clock.current = new Date('2027-02-01T23:30:00Z');
    const firstDay = runsOf();
    await Promise.all(schedulers.map((s) => s.tick()));
    // Either replica may have run either day: the new entry is the one not seen before.
    const nextDay = runsOf().filter((e) => !firstDay.includes(e));
    expect(nextDay).toHaveLength(1);
    expect(nextDay[0]?.context).toMatchObject({ notes: 1, votes: 0 });
    expect(await notes(database().db, network.id)).toMatchObject({
      '2026-02-01': null,
      '2026-06-14': 'atelier logement',
    });
  });
});
