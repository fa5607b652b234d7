// Polls under load, on real databases: a burst of 1,000 distinct voters over several
// connection pools (as several bot processes would), 200 repeated clicks by one person,
// votes racing a close, and two processes racing to close the same poll.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { pollVotes } from '../../db/schema.ts';
import { createStore, repositories } from '../../db/store.ts';
import type { Core, IncomingCommand, Reply } from '../../src/core/core.ts';
import type { Message } from '../../src/core/message.ts';
import { closePoll } from '../../src/core/polls/close-poll.ts';
import { ok } from '../../src/core/result.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';

/** On the server, where several pools really run at once; on PGlite (one session) fewer suffice. */
const VOTERS = { postgres: 1000, pglite: 300 } as const;
const CLICKS = 200;

type User = IncomingCommand['user'];
const member = (i: number, prefix = 'voter'): User => ({
  externalId: `${prefix}-${i}`,
  displayName: `Votant ${prefix} ${i}`,
  isPlatformAdmin: false,
});

describeDatabases('polls under load', (database) => {
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));

  /** One core per connection pool: on the server, each acts as a separate bot process. */
  async function cores(): Promise<{ list: Core[]; dbs: Database[] }> {
    const main = database().db;
    if (database().kind === 'pglite') return { list: [testCore(main, clock)], dbs: [main] };
    const others = await Promise.all([1, 2, 3].map(async () => (await database().openAnother()).db));
    const dbs = [main, ...others];
    return { list: dbs.map((db) => testCore(db, clock)), dbs };
  }

  async function pollWithMembers(core: Core[], count: number, prefix: string) {
    const where = newSpace();
    await say(
      core[0] as Core,
      where,
      'sondage "Quel créneau pour l\'atelier ?" "Lundi" "Mardi" "Jeudi" duree 2h',
    );
    const users = Array.from({ length: count }, (_, i) => member(i, prefix));
    // Members exist before the burst, as in a workspace where people already used the bot.
    for (let start = 0; start < users.length; start += 100) {
      const batch = users.slice(start, start + 100);
      await Promise.all(batch.map((user, i) => (core[i % core.length] as Core).enter({ ...where, user })));
    }
    const entered = await (core[0] as Core).enter({ ...where, user: member(0, prefix) });
    const poll = await repositories(database().db).polls.getByRef(entered.network.id, 1);
    if (!poll) throw new Error('poll not created');
    return { where, users, network: entered.network, poll };
  }

  const vote = (core: Core, where: ReturnType<typeof newSpace>, user: User, text: string) =>
    core.handle({ ...where, user, channelId: 'c1', text });

  async function voteRows(pollId: string) {
    return database().db.select().from(pollVotes).where(eq(pollVotes.pollId, pollId));
  }

  it('counts 1,000 distinct members voting concurrently over several connections exactly once', async () => {
    const { list } = await cores();
    const voters = VOTERS[database().kind];
    const { where, users, network, poll } = await pollWithMembers(list, voters, 'burst');
    const started = performance.now();
    const replies = await Promise.all(
      users.map((user, i) => vote(list[i % list.length] as Core, where, user, `vote 1 ${(i % 3) + 1}`)),
    );
    const ms = performance.now() - started;
    expect(replies.filter((r) => r.failed).map((r) => r.messages)).toEqual([]);
    const tally = await repositories(database().db).polls.tally(network.id, poll);
    const counted = [...tally.counts.values()].reduce((a, b) => a + b, 0);
    const expected = [0, 1, 2].map((k) => users.filter((_, i) => i % 3 === k).length);
    expect(tally.participants).toBe(voters);
    expect(poll.options.map((o) => tally.counts.get(o.id))).toEqual(expected);
    expect((await voteRows(poll.id)).length).toBe(voters);
    console.log(
      `[polls] ${database().kind}: ${voters} votes by distinct members over ${list.length} connection pool(s) in ${Math.round(ms)} ms (${Math.round((voters * 1000) / ms)} votes/s); counted: ${counted} votes, ${tally.participants} participants`,
    );

    const results = await closePoll(repositories(database().db), network, poll.id, clock.now());
    const text = JSON.stringify(results);
    expect(text).toContain(`${voters} participants`);
    expect(text).toContain(`**Lundi** — ${expected[0]} votes (33\u202f%)`);
  }, 300_000);

  it('counts 200 repeated clicks by one member once, and mixed clicks leave a single choice', async () => {
    const { list } = await cores();
    const { where, network, poll } = await pollWithMembers(list, 2, 'clicks');
    const clicker = member(0, 'clicks');
    const same = await Promise.all(
      Array.from({ length: CLICKS }, (_, i) =>
        vote(list[i % list.length] as Core, where, clicker, 'vote 1 2'),
      ),
    );
    expect(same.filter((r) => r.failed)).toEqual([]);
    expect(
      same.filter((r) => r.messages.some((m) => JSON.stringify(m).includes('Vote enregistré.'))),
    ).toHaveLength(1);
    const repos = repositories(database().db);
    let tally = await repos.polls.tally(network.id, poll);
    expect(tally.participants).toBe(1);
    expect(poll.options.map((o) => tally.counts.get(o.id))).toEqual([0, 1, 0]);

    // Someone hesitating, clicking two options at once: one choice is kept, never both.
    const hesitant = member(1, 'clicks');
    const mixed = await Promise.all(
      Array.from({ length: CLICKS }, (_, i) =>
        vote(list[i % list.length] as Core, where, hesitant, `vote 1 ${i % 2 === 0 ? 1 : 3}`),
      ),
    );
    expect(mixed.filter((r) => r.failed)).toEqual([]);
    tally = await repos.polls.tally(network.id, poll);
    expect(tally.participants).toBe(2);
    expect((await voteRows(poll.id)).length).toBe(2);
  }, 120_000);

  it('counts every vote accepted before a close racing them, and leaves no vote row behind', async () => {
    const { list } = await cores();
    const { where, users, network, poll } = await pollWithMembers(list, 300, 'race');
    let done = 0;
    let closing: Promise<Reply> | undefined;
    const replies = await Promise.all(
      users.map(async (user, i) => {
        const reply = await vote(list[i % list.length] as Core, where, user, 'vote 1 1');
        done += 1;
        // Midway through the burst, the author closes the poll from another process.
        if (done === 100) closing = say(list[list.length - 1] as Core, where, 'sondage fermer 1');
        return reply;
      }),
    );
    const closed = await closing;
    expect(closed?.failed).toBe(false);
    const accepted = replies.filter((r) => !r.failed).length;
    const refused = replies.filter((r) => r.failed);
    expect(refused.every((r) => JSON.stringify(r.messages).includes('Ce sondage est clos.'))).toBe(true);
    expect(accepted).toBeGreaterThanOrEqual(100);
    const after = await repositories(database().db).polls.get(network.id, poll.id);
    expect(after?.status).toBe('closed');
    expect(after?.participants).toBe(accepted);
    expect(after?.options[0]?.votes).toBe(accepted);
    expect(await voteRows(poll.id)).toEqual([]);
  }, 120_000);

  it('closes a poll once when two processes race to close it', async () => {
    const { list, dbs } = await cores();
    const { where, network, poll } = await pollWithMembers(list, 3, 'close');
    for (const i of [0, 1, 2]) await vote(list[0] as Core, where, member(i, 'close'), 'vote 1 2');
    const stores = [dbs[0], dbs[dbs.length - 1]].map((db) => createStore(db as Database));
    const outcomes = await Promise.all(
      [...stores, ...stores].map((store) =>
        store.transaction(async (repos) => ok(await closePoll(repos, network, poll.id, clock.now()))),
      ),
    );
    const messages = outcomes.flatMap((o) => (o.ok && o.value ? [o.value as Message] : []));
    expect(messages).toHaveLength(1);
    expect(JSON.stringify(messages[0])).toContain('**Mardi** — 3 votes (100\u202f%)');
    const after = await repositories(database().db).polls.get(network.id, poll.id);
    expect(after?.status).toBe('closed');
    expect(after?.participants).toBe(3);
  }, 60_000);
});
