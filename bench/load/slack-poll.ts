// A poll posted in Slack by the bot, and clicks on its vote buttons as Slack sends them
// (test/slack's clickPayload: block_actions, the button's value being the command it runs).
import postgres from 'postgres';
import type { ApiCall, FakeSlack, FakeUser, Payload } from '../../test/slack/fake-slack.ts';
import { blocksText, CHANNEL, clickPayload, USERS, until } from '../../test/slack/slack-bot.ts';
import type { SlackClient } from './slack-client.ts';
import { commandBody } from './slack-client.ts';

export interface LiveMessage {
  blocks: Payload[];
  channel: string;
  ts: string;
  /** The commands of its vote buttons (`vote 2 1`…), withdrawal aside. */
  votes: string[];
}

/** Alice creates a poll by text; its live message, as the bot posted it in the channel. */
export async function createPoll(client: SlackClient, port: number, text: string): Promise<LiveMessage> {
  const fake = client.fake;
  const before = fake.callsOf('chat.postMessage').length;
  const responseUrl = client.newResponseUrl();
  const body = commandBody(fake, USERS.alice, text, { responseUrl, triggerId: fake.nextId('trigger-') });
  await client.post(port, body);
  const call = await until(
    () =>
      fake
        .callsOf('chat.postMessage')
        .slice(before)
        .find((c) => c.params.channel === CHANNEL && c.answer?.ok),
    15_000,
  );
  const blocks = call.params.blocks as Payload[];
  const votes = blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as Payload[])
    .map((e) => String(e.value ?? ''))
    .filter((value) => /^vote \d+ \d+$/.test(value));
  if (votes.length === 0) throw new Error('the poll message has no vote button');
  return { blocks, channel: String(call.answer?.channel), ts: String(call.answer?.ts), votes };
}

/** A click's form body (the payload test/slack's harness sends) with its response_url. */
export function clickBody(
  fake: FakeSlack,
  message: LiveMessage,
  command: string,
  user: FakeUser,
  ids: { responseUrl: string; triggerId: string },
): string {
  const payload = clickPayload(fake, message, { command }, user, ids);
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The participants a poll message shows (`1 000 participants` → 1000, `1 participant` → 1), if it says. */
export function participantsShown(params: Payload): number | undefined {
  const match = /(\d[\d ]*) participants?\b/.exec(blocksText(params));
  return match?.[1] ? Number(match[1].replace(/\D/g, '')) : undefined;
}

/** The chat.update calls that edited this message, in order. */
export const updatesOf = (fake: FakeSlack, message: LiveMessage): ApiCall[] =>
  fake
    .callsOf('chat.update')
    .filter((c) => c.params.ts === message.ts && c.params.channel === message.channel);

/** Votes of the poll numbered `ref` as stored: rows, and distinct voters. */
export async function storedVotes(
  databaseUrl: string,
  ref: number,
): Promise<{ rows: number; voters: number }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`
      select count(*)::int as rows, count(distinct v.voter)::int as voters
      from poll_votes v join polls p on p.id = v.poll_id
      where p.ref = ${ref}`;
    return { rows: Number(row?.rows ?? 0), voters: Number(row?.voters ?? 0) };
  } finally {
    await sql.end();
  }
}
