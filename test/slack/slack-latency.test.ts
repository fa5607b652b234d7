// Latency of the Slack adapter over HTTP: 200 signed slash commands in a row, each
// timed to its ack (Bolt's HTTP answer) and to its reply reaching response_url. The
// figures are printed, not asserted (they depend on the machine); that every command
// was answered, once, is.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { type SlackBot, startSlackBot, USERS, until } from './slack-bot.ts';

const COMMANDS = 200;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50).toFixed(1), p99: percentile(sorted, 99).toFixed(1) };
};

describeDatabases('Slack latency', (database) => {
  let bot: SlackBot;
  beforeAll(async () => {
    bot = await startSlackBot(database().db);
  });
  afterAll(async () => {
    await bot.stop();
  });

  it(`answers ${COMMANDS} sequential signed slash commands, and prints ack and response_url latency`, async () => {
    const users = [USERS.alice, USERS.marie, USERS.jean, USERS.sam];
    const acks: number[] = [];
    const replies: number[] = [];
    for (let i = 0; i < COMMANDS; i++) {
      const command = i % 2 === 0 ? 'sigle CCAS' : 'qui Cergy';
      const sent = await bot.command(command, { user: users[i % users.length] });
      expect(sent.status).toBe(200);
      const answer = await until(() => bot.fake.responsesTo(sent.responseUrl)[0]);
      acks.push(sent.ackMs);
      // The fake stamps what it receives with the same clock (performance.now()).
      replies.push(answer.at - sent.sentAt);
    }
    expect(bot.fake.responses).toHaveLength(COMMANDS);
    const ack = summary(acks);
    const reply = summary(replies);
    console.log(
      `[slack latency, ${database().kind}] ${COMMANDS} commands — ack: median ${ack.median} ms, p99 ${ack.p99} ms; ` +
        `reply at response_url: median ${reply.median} ms, p99 ${reply.p99} ms`,
    );
  });
});
