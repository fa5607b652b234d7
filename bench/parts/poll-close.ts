// Part 8, closing an anonymous poll of 1,000 votes: count the votes per option, store the
// counts, delete the votes and destroy the poll's key (rewriting the table of keys of every
// open anonymous poll), in one transaction, on the PostgreSQL server and on PGlite. Measured
// with no other open anonymous poll and with many (the rewrite copies their keys back),
// next to the bare SQL of counting and deleting the same votes.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Database, openEmbedded, openServer } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import type { Repositories } from '../../src/core/ports.ts';
import { type Samples, summarise, time } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';

interface Scale {
  votes: number;
  otherPolls: number[];
  runs: number;
}

const FULL: Scale = { votes: 1_000, otherPolls: [0, 500], runs: 5 };
const SMOKE: Scale = { votes: 20, otherPolls: [0, 5], runs: 1 };
const OPTIONS = ['Logement', 'Emploi', 'Santé', 'Mobilité'];

interface Author {
  networkId: string;
  spaceId: string;
  authorId: string;
}

let spaces = 0;
async function newNetwork(db: Database): Promise<Author> {
  spaces += 1;
  const defaults = {
    name: 'Bench',
    locale: 'fr',
    timeZone: 'Europe/Paris',
    digestCron: '0 9 * * 1',
  } as const;
  return createStore(db).run(async (repos) => {
    const { network, space } = await repos.networks.resolveSpace(
      'shell',
      `bench-${Date.now()}-${spaces}`,
      null,
      defaults,
    );
    const author = await repos.members.resolveIdentity(space, 'bench-author', 'Bench');
    return { networkId: network.id, spaceId: space.id, authorId: author.id };
  });
}

function openPoll(repos: Repositories, author: Author, question: string) {
  return repos.polls.create(author.networkId, {
    authorId: author.authorId,
    question,
    anonymous: true,
    multiple: false,
    maxChoices: null,
    goalId: null,
    spaceId: author.spaceId,
    channelId: null,
    closesAt: new Date(Date.now() + 86_400_000),
    options: OPTIONS,
  });
}

/** An open anonymous poll with `votes` voters (random keys), written as votes are. */
async function pollWithVotes(db: Database, author: Author, votes: number) {
  const { networkId } = author;
  const store = createStore(db);
  const poll = await store.run((repos) => openPoll(repos, author, 'Quelle priorité ?'));
  for (let i = 0; i < votes; i += 100) {
    await store.run(async (repos) => {
      for (let j = i; j < Math.min(votes, i + 100); j++) {
        const option = poll.options[j % poll.options.length]?.id ?? '';
        await repos.polls.setVote(networkId, poll.id, randomBytes(32).toString('base64url'), [option]);
      }
    });
  }
  return poll;
}

async function measure(db: Database, scale: Scale, otherPolls: number) {
  const store = createStore(db);
  const others = await newNetwork(db);
  await store.run(async (repos) => {
    for (let i = 0; i < otherPolls; i++) await openPoll(repos, others, `Autre sondage ${i}`);
  });
  const author = await newNetwork(db);
  const { networkId } = author;
  const ours: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < scale.runs; run++) {
    const poll = await pollWithVotes(db, author, scale.votes);
    ours.push((await time(() => store.run((repos) => repos.polls.close(networkId, poll.id, new Date())))).ms);
    const twin = await pollWithVotes(db, author, scale.votes);
    bare.push(
      (
        await time(() =>
          db.transaction(async (tx) => {
            await tx.execute(
              sql`select option_id, count(*) from poll_votes where poll_id = ${twin.id} group by 1`,
            );
            await tx.execute(sql`delete from poll_votes where poll_id = ${twin.id}`);
          }),
        )
      ).ms,
    );
  }
  return { ours: summarise(ours), bare: summarise(bare) };
}

function record(
  context: PartContext,
  where: string,
  otherPolls: number,
  votes: number,
  result: { ours: Samples; bare: Samples },
) {
  context.record({
    metric: `close an anonymous poll of ${votes.toLocaleString('en')} votes, ${otherPolls} other open (${where}), median`,
    value: result.ours.median,
    unit: 'ms',
    baseline: { value: result.bare.median, label: 'count and delete the votes, bare SQL' },
  });
  context.detail(`${where}-${otherPolls}`, result);
}

export const pollClosePart: BenchPart = {
  name: 'poll-close',
  title: '8. Closing an anonymous poll',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const scratch = await createScratchDatabase(context.serverUrl, 'pollclose');
    context.cleanup(() => scratch.drop());
    const server = await openServer(scratch.url, { max: 2 });
    context.cleanup(() => server.close());
    await server.migrate();
    const embedded = await openEmbedded(null);
    context.cleanup(() => embedded.close());
    await embedded.migrate();
    for (const otherPolls of scale.otherPolls) {
      context.log(`poll-close: server, ${otherPolls} other open polls`);
      record(context, 'server', otherPolls, scale.votes, await measure(server.db, scale, otherPolls));
      context.log(`poll-close: PGlite, ${otherPolls} other open polls`);
      record(context, 'PGlite', otherPolls, scale.votes, await measure(embedded.db, scale, otherPolls));
    }
  },
};
