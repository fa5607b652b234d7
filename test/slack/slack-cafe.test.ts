// The café coopération on Slack, end to end through the fake: members of different
// organisations join with `/coop cafe oui`, a workspace admin picks the channel and runs a
// round; a scheduler tick introduces each pair in one group DM (conversations.open with
// the pair) and announces the round in the channel, once; a week later each person is
// asked "did you meet?" with two buttons, and two "yes" clicks log a meeting. When the
// group DM is refused, each person gets their own DM; whoever cannot be written to is
// named in the channel with how to let Maillage write to them.
import { afterEach, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';
import { type ApiCall, dmOf, type FakeUser, type Payload, type StoredSlackMessage } from './fake-slack.ts';
import { blocksText, clickPayload, type SlackBot, startSlackBot, USERS, until } from './slack-bot.ts';

const CAFE_CHANNEL = 'CCAFE0001';
const DAY_MS = 86_400_000;
/**
 * Each test starts 60 days before the previous one: a suite shares its database, and the
 * scheduler serves every network in it, so an earlier test's round (its follow-up a week
 * later, its next weekly slot) is never due on a later test's clock.
 */
let nextStart = new Date('2027-03-05T09:00:00Z').getTime();
const startOfTest = () => {
  nextStart -= 60 * DAY_MS;
  return new Date(nextStart);
};

const ORGANISATIONS: Record<string, { name: string; type: string }> = {
  [USERS.alice.id]: { name: 'Mission locale de Cergy', type: 'ML' },
  [USERS.sam.id]: { name: 'Mission locale de Cergy', type: 'ML' },
  [USERS.marie.id]: { name: 'CCAS de Pontoise', type: 'CCAS' },
  [USERS.jean.id]: { name: 'Centre social des Touleuses', type: 'CS' },
};
const NAMES: Record<string, string> = {
  [USERS.alice.id]: 'Alice Martin',
  [USERS.sam.id]: 'Sam Taylor',
  [USERS.marie.id]: 'Marie Curie',
  [USERS.jean.id]: 'Jean Dupont',
};

describeDatabases('Slack café coopération', (database) => {
  let bot: SlackBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  async function start() {
    const clock = new FakeClock(startOfTest());
    bot = await startSlackBot(database().db, { clock });
    return { b: bot, clock };
  }

  /** Runs a command and waits for its private answer; returns its text. */
  async function ask(b: SlackBot, text: string, user: FakeUser, channel = CAFE_CHANNEL): Promise<string> {
    const sent = await b.command(text, { user, channel });
    expect(sent.status).toBe(200);
    const answer = await until(() => b.fake.responsesTo(sent.responseUrl)[0]);
    return blocksText(answer.body);
  }

  /** A member of the organisation chosen for them, opted in to the café. */
  async function join(b: SlackBot, user: FakeUser) {
    const organisation = ORGANISATIONS[user.id];
    if (!organisation) throw new Error(`no organisation for ${user.id}`);
    await ask(b, `profil structure "${organisation.name}" type ${organisation.type}`, user);
    expect(await ask(b, 'cafe oui', user)).toContain('café coopération');
  }

  /** `cafe ici` then, a minute later, `cafe lancer`, both confirmed in the café channel. */
  async function launch(b: SlackBot, clock: FakeClock) {
    await b.command('cafe ici', { user: USERS.alice, channel: CAFE_CHANNEL });
    await until(() => channelPosts(b).some((m) => blocksText(m).includes('accueille désormais')));
    clock.advance(60_000);
    await b.command('cafe lancer', { user: USERS.alice, channel: CAFE_CHANNEL });
    await until(() => channelPosts(b).some((m) => blocksText(m).includes('est lancé')));
  }

  const channelPosts = (b: SlackBot) => b.fake.messagesIn(CAFE_CHANNEL);
  const announcements = (b: SlackBot) =>
    channelPosts(b).filter((m) => /rencontres? proposées? \(/.test(blocksText(m)));
  const groupOpens = (b: SlackBot) =>
    b.fake.callsOf('conversations.open').filter((c) => String(c.params.users).includes(','));
  const usersOf = (call: ApiCall) => String(call.params.users).split(',');
  /** Private messages of the café (introductions and follow-ups), all DMs of the bot. */
  const cafeDms = (b: SlackBot, user: FakeUser) =>
    b.fake.directMessagesTo(user.id).filter((m) => blocksText(m).includes('Café coopération'));
  const buttonsOf = (message: StoredSlackMessage | undefined) =>
    (message?.blocks ?? [])
      .filter((block) => block.type === 'actions')
      .flatMap((block) => block.elements as Payload[]);

  async function click(b: SlackBot, message: StoredSlackMessage, command: string, user: FakeUser) {
    const payload = clickPayload(b.fake, message, { command }, user);
    expect((await b.click(payload)).status).toBe(200);
    return blocksText((await until(() => b.fake.responsesTo(payload.response_url)[0])).body);
  }

  it('introduces each pair in one group DM, announces the round once, and logs a meeting both confirm', async () => {
    const { b, clock } = await start();
    const people = [USERS.alice, USERS.marie, USERS.jean, USERS.sam];
    for (const user of people) await join(b, user);
    await launch(b, clock);

    expect((await b.app.scheduler.tick()).ran).toBeGreaterThanOrEqual(1);
    // Two pairs, each in its own group DM, everyone in exactly one, never two colleagues together.
    const opens = groupOpens(b);
    expect(opens).toHaveLength(2);
    expect(opens.every((c) => c.answer?.ok === true)).toBe(true);
    expect(opens.flatMap(usersOf).sort()).toEqual(people.map((u) => u.id).sort());
    for (const call of opens) {
      const [first, second] = usersOf(call);
      expect(usersOf(call)).toHaveLength(2);
      expect(ORGANISATIONS[first ?? '']?.name).not.toBe(ORGANISATIONS[second ?? '']?.name);
      // One message in the group, naming both people and their organisations.
      const group = String(call.answer?.channel?.id);
      expect(b.fake.groupDms.get(group)).toEqual(usersOf(call));
      const posted = b.fake.messagesIn(group);
      expect(posted).toHaveLength(1);
      for (const id of usersOf(call)) {
        expect(blocksText(posted[0])).toContain(NAMES[id]);
        expect(blocksText(posted[0])).toContain(ORGANISATIONS[id]?.name);
      }
    }
    // Nobody got an introduction of their own on top of the group's.
    for (const user of people) expect(cafeDms(b, user)).toHaveLength(0);
    const announced = announcements(b);
    expect(announced).toHaveLength(1);
    expect(blocksText(announced[0])).toContain('2 rencontres proposées (4 personnes)');
    expect(blocksText(announced[0])).not.toContain('pas pu écrire');

    // Exactly once: another tick now, or after a claim's grace period, sends nothing more.
    const sent = () =>
      b.fake.callsOf('chat.postMessage').length + b.fake.callsOf('conversations.open').length;
    const before = sent();
    await b.app.scheduler.tick();
    clock.advance(10 * 60_000);
    await b.app.scheduler.tick();
    expect(sent()).toBe(before);

    // A week after the round, everyone is asked privately whether they met, with two buttons.
    clock.advance(7 * DAY_MS + 60_000 - 10 * 60_000);
    await b.app.scheduler.tick();
    const asked = new Map<string, StoredSlackMessage>();
    for (const user of people) {
      const [question, ...more] = cafeDms(b, user);
      expect(more).toHaveLength(0);
      expect(question).toBeDefined();
      const commands = buttonsOf(question).map((button) => String(button.value));
      expect(commands).toHaveLength(2);
      expect(commands[0]).toMatch(/^(cafe rencontre \d+ oui|coffee met \d+ yes)$/);
      expect(commands[1]).toMatch(/^(cafe rencontre \d+ non|coffee met \d+ no)$/);
      if (question) asked.set(user.id, question);
    }
    await b.app.scheduler.tick();
    for (const user of people) expect(cafeDms(b, user)).toHaveLength(1);

    // Alice and her partner both click "yes": the meeting is logged, naming them.
    const pair = opens.map(usersOf).find((ids) => ids.includes(USERS.alice.id)) ?? [];
    const partner = people.find((u) => u.id !== USERS.alice.id && pair.includes(u.id));
    if (!partner) throw new Error('Alice has no partner');
    const yes = (user: FakeUser) => String(buttonsOf(asked.get(user.id))[0]?.value);
    const aliceAsked = asked.get(USERS.alice.id);
    const partnerAsked = asked.get(partner.id);
    if (!aliceAsked || !partnerAsked) throw new Error('a question is missing');
    expect(await click(b, aliceAsked, yes(USERS.alice), USERS.alice)).toContain(NAMES[partner.id]);
    expect(await click(b, partnerAsked, yes(partner), partner)).toMatch(
      /La rencontre est notée|meeting is logged/,
    );

    const logged = await ask(b, 'echange liste', USERS.alice);
    expect(logged).toMatch(/rencontre/i);
    expect(logged).toContain(NAMES[partner.id]);
    // The other pair said nothing: nothing logged for them.
    const other = people.find((u) => !pair.includes(u.id));
    if (!other) throw new Error('no other pair');
    expect(await ask(b, 'echange liste', other)).not.toMatch(/rencontre/i);
  });

  it('writes to each person on their own when Slack refuses the group DM', async () => {
    const { b, clock } = await start();
    // An app installed before it asked for mpim:write.
    b.fake.groupDmError = 'missing_scope';
    for (const user of [USERS.marie, USERS.jean]) await join(b, user);
    await launch(b, clock);

    await b.app.scheduler.tick();
    const [refused, ...more] = groupOpens(b);
    expect(more).toHaveLength(0);
    expect(usersOf(refused as ApiCall).sort()).toEqual([USERS.jean.id, USERS.marie.id].sort());
    expect(refused?.answer).toMatchObject({ ok: false, error: 'missing_scope' });
    expect(b.fake.groupDms.size).toBe(0);
    // Each is introduced to the other, by name and organisation, in their own DM.
    for (const [user, other] of [
      [USERS.marie, USERS.jean],
      [USERS.jean, USERS.marie],
    ] as const) {
      const [intro, ...again] = cafeDms(b, user);
      expect(again).toHaveLength(0);
      expect(blocksText(intro)).toContain(NAMES[other.id]);
      expect(blocksText(intro)).toContain(ORGANISATIONS[other.id]?.name);
      expect(blocksText(intro)).not.toContain(NAMES[user.id]);
    }
    const [announced, ...twice] = announcements(b);
    expect(twice).toHaveLength(0);
    expect(blocksText(announced)).toContain('1 rencontre proposée (2 personnes)');
    expect(blocksText(announced)).not.toContain('pas pu écrire');

    await b.app.scheduler.tick();
    expect(cafeDms(b, USERS.marie)).toHaveLength(1);
    expect(cafeDms(b, USERS.jean)).toHaveLength(1);
  });

  it('names in the channel whoever cannot be written to, with how to let Maillage write to them', async () => {
    const { b, clock } = await start();
    const people = [USERS.marie, USERS.jean, USERS.sam];
    for (const user of people) await join(b, user);
    b.fake.closeDms(USERS.jean.id);
    await launch(b, clock);

    await b.app.scheduler.tick();
    // The trio's group DM is refused because of Jean; Marie and Sam are introduced on their own.
    const [refused] = groupOpens(b);
    expect(usersOf(refused as ApiCall).sort()).toEqual(people.map((u) => u.id).sort());
    expect(refused?.answer).toMatchObject({ ok: false, error: 'user_disabled' });
    for (const user of [USERS.marie, USERS.sam]) {
      const [intro] = cafeDms(b, user);
      expect(blocksText(intro)).toContain(NAMES[USERS.jean.id]);
    }
    const toJean = () =>
      b.fake
        .callsOf('chat.postMessage')
        .filter((c) => c.params.channel === USERS.jean.id || c.params.channel === dmOf(USERS.jean.id));
    expect(toJean().map((c) => c.answer?.error)).toEqual(['channel_not_found']);
    expect(cafeDms(b, USERS.jean)).toHaveLength(0);

    const [announced, ...twice] = announcements(b);
    expect(twice).toHaveLength(0);
    const said = blocksText(announced);
    expect(said).toContain('1 rencontre proposée (3 personnes)');
    expect(said).toContain('Je n’ai pas pu écrire en privé à : Jean Dupont');
    expect(said).not.toContain('Marie Curie');
    expect(said).toContain('un administrateur peut le corriger');

    // A week later only the two who were introduced are asked; Jean is not written to again.
    clock.advance(7 * DAY_MS + 60_000);
    await b.app.scheduler.tick();
    for (const user of [USERS.marie, USERS.sam]) {
      const asked = cafeDms(b, user);
      expect(asked).toHaveLength(2);
      expect(buttonsOf(asked[1])).toHaveLength(2);
    }
    expect(toJean()).toHaveLength(1);
  });
});
