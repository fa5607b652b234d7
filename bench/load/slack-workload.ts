// The commands of the Slack command path, seeded: `/coop echange KIND <@U…|name> … #theme`,
// each by one of a pool of Slack users naming one to three others of the pool (mentions as
// Slack sends them), kinds and themes varying. The users are made members first.
import type { FakeSlack, FakeUser, ResponseUrlCall } from '../../test/slack/fake-slack.ts';
import { blocksText } from '../../test/slack/slack-bot.ts';
import { prng } from '../generate-network.ts';

const KINDS = ['appel', 'rencontre', 'orientation', 'action', 'autre'];
const THEMES = ['#logement', '#emploi', '#sante', '#famille', '#mobilite'];

/** `count` Slack users known to the fake Slack (users.info answers for them). */
export function benchUsers(fake: FakeSlack, count: number, prefix = 'UBENCH'): FakeUser[] {
  return Array.from({ length: count }, (_, i) =>
    fake.addUser({
      id: `${prefix}${String(i).padStart(5, '0')}`,
      name: `membre${i}`,
      displayName: `Membre ${i}`,
    }),
  );
}

export interface Command {
  user: FakeUser;
  text: string;
}

/** The i-th command of a load: the same i and seed give the same command. */
export function exchangeCommand(users: readonly FakeUser[], seed: number, i: number): Command {
  const random = prng(seed * 1_000_003 + i);
  const author = users[i % users.length] as FakeUser;
  const others = users.filter((u) => u !== author);
  const named = new Set<FakeUser>();
  const wanted = 1 + random.int(3);
  while (named.size < wanted) named.add(random.pick(others));
  const mentions = [...named].map((u) => `<@${u.id}|${u.name}>`).join(' ');
  const text = `echange ${random.pick(KINDS)} ${mentions} ${random.pick(THEMES)}`;
  return { user: author, text };
}

/** Whether a reply is Maillage's "exchange logged" answer (not an error or a question). */
export function isLogged(reply: ResponseUrlCall): boolean {
  return /Échange n° ?\d+ noté/.test(blocksText(reply.body) + String(reply.body.text ?? ''));
}
