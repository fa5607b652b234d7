// The app removed from a Slack workspace, through the real Bolt app and the fake Slack:
// a signed `app_uninstalled` (or `tokens_revoked` naming the bot) stops the digest there —
// the fake sees no post — and after the grace period the network's rows are all gone;
// installed again (a restart's auth.test) or used again within the grace period, nothing
// is deleted and the digest is posted again.
import { eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { POST_EVENT_TYPE } from '../../adapters/slack/publisher.ts';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { parseConfig } from '../../src/config.ts';
import { type RunningApp, slackOptions, startApp } from '../../src/main.ts';
import type { FakeSlack, Payload } from '../slack/fake-slack.ts';
import { blocksText, type SlackBot, startSlackBot, until } from '../slack/slack-bot.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, RecordingLogger } from '../support/fakes.ts';
import { keptWith, rowCounts } from '../support/row-counts.ts';

/** Friday 20 November 2026, 11:00 in Paris; the next digest slot is Monday 23, 09:00 (08:00 UTC). */
const FRIDAY = new Date('2026-11-20T10:00:00Z');
const SLOT = new Date('2026-11-23T08:00:00Z');
const DAY = 86_400_000;
const CHANNEL = 'CDIGEST01';

describeDatabases('Slack app removed from the workspace', (database) => {
  let bot: SlackBot | undefined;
  const extra: RunningApp[] = [];
  afterEach(async () => {
    for (const app of extra.splice(0)) await app.stop();
    await bot?.stop();
    bot = undefined;
  });

  const digestsIn = (fake: FakeSlack, channel: string) =>
    fake
      .messagesIn(channel)
      .filter((m) => (m.metadata as Payload | undefined)?.event_type === POST_EVENT_TYPE);

  const removedAt = async (teamId: string) => {
    const [row] = await database()
      .db.select({ at: schema.spaces.removedAt })
      .from(schema.spaces)
      .where(eq(schema.spaces.externalId, teamId));
    return row?.at ?? null;
  };

  /** A network with a digest channel and a little data in it. */
  async function installed(clock: FakeClock) {
    bot = await startSlackBot(database().db, { clock });
    const b = bot;
    await b.command('diagnostic ici', { channel: CHANNEL });
    await until(() => b.fake.messagesIn(CHANNEL).some((m) => blocksText(m).includes('diagnostic')));
    await b.command('profil metier "Éducatrice spécialisée"');
    const networkId = await b.networkId();
    await until(async () => ((await rowCounts(database().db, networkId)).members ?? 0) > 0);
    return { b, networkId };
  }

  /** Maillage started again on the same workspace (the operator's restart after reinstalling). */
  async function restart(fake: FakeSlack, db: Database, clock: FakeClock): Promise<RunningApp> {
    const parsed = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-fake-bot-token-reinstalled',
      SLACK_SIGNING_SECRET: 'signing-secret-of-the-fake-slack-app',
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      MAILLAGE_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    });
    if (!parsed.ok) throw new Error(parsed.error.join('; '));
    const app = await startApp({
      config: parsed.value,
      db,
      secret: 'test-secret-of-at-least-thirty-two-characters',
      logger: new RecordingLogger(),
      processId: 'slack-restarted',
      ticker: false,
      host: '127.0.0.1',
      clock,
      adapters: async (parts) => [createSlackAdapter(slackOptions(parts))],
    });
    extra.push(app);
    return app;
  }

  it('posts nothing after app_uninstalled, and deletes the network after the grace period', async () => {
    const clock = new FakeClock(FRIDAY);
    const { b, networkId } = await installed(clock);
    const before = await rowCounts(database().db, networkId);

    const sent = await b.event({ type: 'app_uninstalled' });
    expect(sent.status).toBe(200);
    await until(async () => (await removedAt(b.fake.team.id)) ?? false);
    expect(await removedAt(b.fake.team.id)).toEqual(FRIDAY);
    expect(b.logger.entries.map((e) => e.message)).toContain(
      'Slack access withdrawn: the bot no longer answers nor posts in this workspace until it is installed again',
    );

    const posts = b.fake.callsOf('chat.postMessage').length;
    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(digestsIn(b.fake, CHANNEL)).toHaveLength(0);
    expect(b.fake.callsOf('chat.postMessage')).toHaveLength(posts);

    clock.current = new Date(FRIDAY.getTime() + 29 * DAY);
    await b.app.scheduler.tick();
    expect(await rowCounts(database().db, networkId)).toEqual(before);

    clock.current = new Date(FRIDAY.getTime() + 30 * DAY + 60_000);
    await b.app.scheduler.tick();
    const after = await rowCounts(database().db, networkId);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(b.fake.callsOf('chat.postMessage')).toHaveLength(posts);
  });

  it('takes tokens_revoked naming the bot as a removal, and a restart after reinstalling as a return', async () => {
    const clock = new FakeClock(FRIDAY);
    const { b, networkId } = await installed(clock);
    const before = await rowCounts(database().db, networkId);

    // Only user tokens revoked: the bot's own token still works, nothing changes.
    await b.event({ type: 'tokens_revoked', tokens: { oauth: ['UALICE01'] } });
    await until(() => b.logger.entries.some((e) => e.message.startsWith('user tokens revoked')));
    expect(await removedAt(b.fake.team.id)).toBeNull();

    await b.event({ type: 'tokens_revoked', tokens: { bot: [b.fake.bot.userId] } });
    await until(async () => (await removedAt(b.fake.team.id)) ?? false);
    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(digestsIn(b.fake, CHANNEL)).toHaveLength(0);

    // Reinstalled ten days later: the operator starts Maillage with the new token.
    await b.app.stop();
    clock.current = new Date(FRIDAY.getTime() + 10 * DAY);
    const again = await restart(b.fake, database().db, clock);
    expect(await removedAt(b.fake.team.id)).toBeNull();
    await again.scheduler.tick();
    const posted = digestsIn(b.fake, CHANNEL);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    expect(blocksText(posted[0])).toContain('Diagnostic permanent');

    clock.current = new Date(FRIDAY.getTime() + 40 * DAY);
    await again.scheduler.tick();
    const after = await rowCounts(database().db, networkId);
    // Nothing removed; the digests posted since are numbered, a row each.
    expect(after).toEqual(keptWith(before, 2));
  });

  it('takes any use of the bot in the workspace as its return', async () => {
    const clock = new FakeClock(FRIDAY);
    const { b, networkId } = await installed(clock);
    await b.event({ type: 'app_uninstalled' });
    await until(async () => (await removedAt(b.fake.team.id)) ?? false);

    clock.current = new Date(FRIDAY.getTime() + DAY);
    await b.command('aide');
    await until(async () => (await removedAt(b.fake.team.id)) === null);
    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    expect(digestsIn(b.fake, CHANNEL).length).toBeGreaterThanOrEqual(1);
    clock.current = new Date(FRIDAY.getTime() + 31 * DAY);
    await b.app.scheduler.tick();
    expect((await rowCounts(database().db, networkId)).networks).toBe(1);
  });
});
