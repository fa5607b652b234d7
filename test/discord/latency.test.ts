// Interaction-to-callback latency: from the INTERACTION_CREATE the fake gateway sends to the
// answer the fake REST receives, over 200 sequential vote clicks by 200 members (each one a
// first use: member created, vote stored, poll refresh signalled). Figures are printed, not
// asserted: they depend on the machine.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import type { StoredMessage } from './fake-discord.ts';
import { newMember } from './fixtures.ts';
import { answersTo, type Bot, startBot } from './harness.ts';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

describeDatabases('Discord latency', (database) => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot(database().db);
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('answers 200 sequential interactions, and prints the median and p99 latency', async () => {
    const g = await bot.newGuild();
    const from = bot.fake.calls.length;
    await answersTo(
      bot.fake,
      g.command(newMember(), 'sondage creer', { question: 'Mesure ?', options: 'A;B;C' }),
      0,
    );
    const poll = bot.fake.calls
      .slice(from)
      .find((c) => c.method === 'POST' && c.path === `/channels/${g.guild.channelId}/messages`)
      ?.response as StoredMessage;
    const latencies: number[] = [];
    for (let n = 0; n < 200; n++) {
      const sent = performance.now();
      const click = g.button(newMember(), `coop:vote 1 ${(n % 3) + 1}`, poll);
      const callback = await bot.fake.callbackOf(String(click.id));
      expect(callback.status).toBe(204);
      latencies.push(callback.at - sent);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = percentile(sorted, 50);
    const p99 = percentile(sorted, 99);
    console.log(
      `[discord latency, ${database().kind}] 200 vote clicks: median ${median.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`,
    );
    expect(latencies).toHaveLength(200);
    // 200 round trips one after the other: well under the default timeout on a quiet machine.
  }, 120_000);
});
