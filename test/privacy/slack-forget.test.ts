// `oubli` on Slack, through the real Bolt app against the fake: Zéphyrine is named in
// public posts (made facilitator, a voter in a public poll's results, a newcomer in the
// digest), then forgets herself with the danger button. The test lists the bot's earlier
// posts that still carry her name — Slack's messages are not ours to rewrite, and the
// answer to `oubli confirmer` says so — and checks that the digest no longer names her.
import { sql } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import type { FakeUser, Payload } from '../slack/fake-slack.ts';
import {
  blocksText,
  CHANNEL,
  clickPayload,
  type SlackBot,
  startSlackBot,
  USERS,
  until,
} from '../slack/slack-bot.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';

const NAME = 'Zéphyrine Quatrebarbes';
const ZEPHYRINE: FakeUser = { id: 'UZEPHYR42', name: 'zephyrine', displayName: NAME };
/** Friday 20 November 2026, 11:00 in Paris; the digest's next slot is Monday 23, 09:00. */
const FRIDAY = new Date('2026-11-20T10:00:00Z');
const SLOT = new Date('2026-11-23T08:00:00Z');
const DIGEST_CHANNEL = 'CDIGEST01';

/** The bot's messages as Slack now holds them: each post, in its last edited version. */
function platformMessages(b: SlackBot) {
  const latest = new Map<string, { channel: string; thread: boolean; text: string }>();
  for (const call of b.fake.calls) {
    if (!call.answer?.ok || (call.method !== 'chat.postMessage' && call.method !== 'chat.update')) continue;
    const key = `${call.answer.channel}:${call.answer.ts}`;
    const thread =
      call.method === 'chat.update' ? (latest.get(key)?.thread ?? false) : Boolean(call.params.thread_ts);
    latest.set(key, {
      channel: String(call.answer.channel),
      thread,
      text: `${call.params.text ?? ''}\n${blocksText({ blocks: call.params.blocks })}`,
    });
  }
  return [...latest.values()];
}

/** Each post naming her, as the line that does (JSON-escaped block text, read plainly). */
function postsNaming(b: SlackBot, needle: string) {
  return platformMessages(b)
    .filter((m) => m.text.includes(needle))
    .map((m) => {
      const line = m.text.split(/\\n|\n/).find((l) => l.includes(needle)) ?? '';
      return { channel: m.channel, thread: m.thread, line: line.replace(/^.*"text":"/, '').trim() };
    });
}

describeDatabases('Slack: oubli and what the platform keeps', (database) => {
  let bot: SlackBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('erases her on the button and lists the earlier posts still naming her', async () => {
    const clock = new FakeClock(FRIDAY);
    const b = await startSlackBot(database().db, { clock });
    bot = b;
    b.fake.addUser(ZEPHYRINE);
    const networkId = await b.networkId();
    /** Runs a command and returns its private answer. */
    const reply = async (text: string, user: FakeUser) => {
      const sent = await b.command(text, { user });
      return (await until(() => b.fake.responsesTo(sent.responseUrl)[0])).body as Payload;
    };

    // Named in public: facilitator, voter in a public poll, newcomer of the digest.
    await b.command(`config facilitateur ajouter <@${ZEPHYRINE.id}|zephyrine>`, { user: USERS.alice });
    await until(() => postsNaming(b, NAME).length > 0);
    await b.command('sondage "Quel lieu pour le forum ?" "Mairie" "Centre social" public', {
      user: USERS.alice,
    });
    await until(() =>
      b.fake.callsOf('chat.postMessage').some((c) => blocksText(c.params).includes('Quel lieu')),
    );
    await reply('vote 1 1', ZEPHYRINE);
    await reply('vote 1 2', USERS.marie);
    await b.command('sondage fermer 1', { user: USERS.alice });
    await until(() => postsNaming(b, NAME).some((p) => p.thread));
    await b.command('diagnostic ici', { user: USERS.alice, channel: DIGEST_CHANNEL });
    await until(() => b.fake.messagesIn(DIGEST_CHANNEL).length > 0);
    await database().db.execute(
      sql`update members set created_at = '2026-11-18T00:00:00Z' where network_id = ${networkId}`,
    );
    clock.current = new Date(SLOT.getTime() + 60_000);
    await b.app.scheduler.tick();
    await until(() => postsNaming(b, NAME).some((p) => p.channel === DIGEST_CHANNEL));

    // She asks to be forgotten, and confirms with the danger button.
    const preview = await reply('oubli', ZEPHYRINE);
    expect(blocksText(preview)).toContain('Oubli : ce qui sera effacé');
    const button = clickPayload(
      b.fake,
      { blocks: preview.blocks as Payload[] },
      { label: 'Tout effacer' },
      ZEPHYRINE,
    );
    expect(button.actions[0].value).toContain('oubli confirmer');
    await b.click(button);
    const done = (await until(() => b.fake.responsesTo(button.response_url)[0])).body as Payload;
    expect(blocksText(done)).toContain('C’est fait : Maillage vous a oublié·e');
    expect(blocksText(done)).toContain(
      'Les messages déjà publiés sur Slack ou Discord (annonces, résultats de sondages, diagnostics) appartiennent à l’espace, pas à Maillage : nous ne pouvons pas les réécrire.',
    );

    const remaining = postsNaming(b, NAME);
    console.log(
      `Posts the bot made before the erasure that still name ${NAME} (Slack's, not ours to rewrite):\n${remaining
        .map((p) => `  ${p.channel}${p.thread ? ' (thread)' : ''}: ${p.line}`)
        .join('\n')}`,
    );
    expect(remaining).toEqual([
      {
        channel: CHANNEL,
        thread: false,
        line: `${NAME} est désormais facilitateur ou facilitatrice du réseau.`,
      },
      { channel: CHANNEL, thread: true, line: NAME },
      { channel: DIGEST_CHANNEL, thread: false, line: `• ${NAME}` },
    ]);

    // The digest of the same week, previewed now, names her no more.
    const digest = blocksText(await reply('diagnostic', USERS.alice));
    expect(digest).toContain('Diagnostic permanent');
    expect(digest).not.toContain(NAME);
    // Her Slack user id is not in the database any more.
    const left = await database().db.execute(
      sql`select 1 from member_identities where network_id = ${networkId} and external_id = ${ZEPHYRINE.id}`,
    );
    expect(Array.isArray(left) ? left : (left as unknown as { rows: unknown[] }).rows).toEqual([]);
  });
});
