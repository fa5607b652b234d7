// The diagnostic permanent on Slack, end to end through the fake: a workspace admin runs
// `/coop diagnostic ici` in a channel, the clock passes the next slot (Mondays 09:00,
// Europe/Paris, by default), a scheduler tick posts the digest once in that channel — a
// second tick posts nothing more — and a channel the bot was not invited to gets nothing,
// while the facilitator is told privately what to fix.
import { sql } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterEach, expect, it } from 'vitest';
import { POST_EVENT_TYPE } from '../../adapters/slack/publisher.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';
import type { Payload } from './fake-slack.ts';
import { blocksText, CHANNEL, type SlackBot, startSlackBot, USERS, until } from './slack-bot.ts';

/** Friday 20 November 2026, 11:00 in Paris; the next slot is Monday 23, 09:00 (08:00 UTC). */
const FRIDAY = new Date('2026-11-20T10:00:00Z');
const SLOT = new Date('2026-11-23T08:00:00Z');

describeDatabases('Slack scheduled digest', (database) => {
  let bot: SlackBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  const start = async (clock: FakeClock) => {
    bot = await startSlackBot(database().db, { clock });
    return bot;
  };
  const digestsIn = (b: SlackBot, channel: string) =>
    b.fake
      .messagesIn(channel)
      .filter((m) => (m.metadata as Payload | undefined)?.event_type === POST_EVENT_TYPE);

  it('posts the digest once in the channel chosen with `diagnostic ici`', async () => {
    const clock = new FakeClock(FRIDAY);
    const b = await start(clock);
    const channel = 'CDIGEST01';
    await b.command('diagnostic ici', { channel, user: USERS.alice });
    await until(() => b.fake.messagesIn(channel).some((m) => blocksText(m).includes('diagnostic')));
    // An organisation in the network: the digest comes with its map.
    await b.command('profil structure "CCAS de Cergy" type CCAS', { channel, user: USERS.alice });
    // The command is answered after its ack: wait for the organisation, then date its arrival
    // (organisations take it from the database's clock, not the test's).
    const networkId = await b.networkId();
    const backdated = async () => {
      const rows = await database().db.execute(
        sql`update organisations set created_at = '2026-11-01T00:00:00Z' where network_id = ${networkId} returning id`,
      );
      return (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows).length > 0;
    };
    await until(backdated);

    // Before the slot, nothing is due.
    clock.current = new Date(SLOT.getTime() - 60_000);
    await b.app.scheduler.tick();
    expect(digestsIn(b, channel)).toHaveLength(0);

    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    const posted = digestsIn(b, channel);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    const keys = new Set(posted.map((m) => (m.metadata as Payload).event_payload.key));
    expect([...keys]).toEqual([`digest:${networkId}:${SLOT.toISOString()}`]);
    expect(posted.map((m) => (m.metadata as Payload).event_payload.part)).toEqual(posted.map((_, i) => i));
    expect(blocksText(posted[0])).toContain('Diagnostic permanent');

    // The map, uploaded once into the same channel: a PNG Slack could show, with its alt text.
    const [map, ...more] = b.fake.files.sharedIn(channel);
    expect(more).toHaveLength(0);
    expect(map?.filename).toMatch(/^diagnostic-2026-11-16-2026-11-23-[0-9a-f]{8}\.png$/);
    const png = PNG.sync.read(map?.bytes ?? Buffer.alloc(0));
    expect([png.width, png.height]).toEqual([1600, 1200]);
    expect(map?.alt).toContain('1 structure');

    // Ticks after it (this replica or another) post nothing more.
    await b.app.scheduler.tick();
    clock.advance(10 * 60_000);
    await b.app.scheduler.tick();
    expect(digestsIn(b, channel)).toHaveLength(posted.length);
    expect(b.fake.files.sharedIn(channel)).toHaveLength(1);
    // Nowhere else either.
    expect(digestsIn(b, CHANNEL)).toHaveLength(0);
  });

  it('tells the facilitator privately when the bot may not post in the chosen channel', async () => {
    const clock = new FakeClock(FRIDAY);
    const b = await start(clock);
    // Alice administers the workspace; she is also named facilitator of the network, so
    // the scheduler (which tells the network's facilitators) knows whom to tell.
    await b.command(`config facilitateur ajouter <@${USERS.alice.id}|alice>`, { user: USERS.alice });
    const closed = 'CPRIVATE1';
    b.fake.closedChannels.add(closed);
    const chosen = await b.command('diagnostic ici', { channel: closed, user: USERS.alice });
    // The confirmation could not be posted there: Alice was answered privately.
    await until(() => b.fake.responsesTo(chosen.responseUrl).length > 0);

    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    const refused = b.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === closed);
    expect(refused.at(-1)?.answer?.error).toBe('not_in_channel');
    expect(digestsIn(b, closed)).toHaveLength(0);

    const dm = `D${USERS.alice.id.slice(1)}`;
    const told = await until(() =>
      b.fake.messagesIn(dm).find((m) => blocksText(m).includes('ne peut pas publier le diagnostic')),
    );
    expect(blocksText(told)).toContain('diagnostic ici');

    // The next ticks (before the retry's wait is over) neither post nor tell again.
    await b.app.scheduler.tick();
    expect(b.fake.messagesIn(dm).filter((m) => blocksText(m).includes('ne peut pas publier'))).toHaveLength(
      1,
    );

    // Once the bot is invited, the retry posts the digest, once.
    b.fake.closedChannels.delete(closed);
    clock.advance(6 * 60_000);
    await b.app.scheduler.tick();
    await b.app.scheduler.tick();
    expect(new Set(digestsIn(b, closed).map((m) => (m.metadata as Payload).event_payload.part)).size).toBe(
      digestsIn(b, closed).length,
    );
    expect(digestsIn(b, closed).length).toBeGreaterThanOrEqual(1);
  });
});
