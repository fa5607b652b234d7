// The café coopération on Discord, end to end through the fake: members of several
// organisations opt in with `/coop cafe oui`, a member with Manage Server chooses the
// channel and runs a round; one scheduler tick introduces each person privately (a DM
// channel opened, then a message in it) and announces the round once in the channel —
// naming whoever keeps their DMs closed, with how to open them. A week later, each person
// is asked by DM whether they met, with two buttons that act in the guild; two "yes" of a
// pair log a meeting that `/coop echange liste` shows.
import { afterEach, expect, it } from 'vitest';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock } from '../support/fakes.ts';
import type { StoredMessage } from './fake-discord.ts';
import { type FakeMember, type Interactions, newMember } from './fixtures.ts';
import { answersTo, type Bot, buttonsOf, startBot, textOf } from './harness.ts';

type Json = Record<string, unknown>;

/** Friday 20 November 2026, 11:00 in Paris: no regular café slot (Mondays) is near. */
const FRIDAY = new Date('2026-11-20T10:00:00Z');
const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;

interface Person {
  member: FakeMember;
  name: string;
  organisation: string;
}

const PEOPLE: ReadonlyArray<[name: string, organisation: string, type: string]> = [
  ['Inès Morel', 'Mission locale de Cergy', 'ML'],
  ['Karim Benali', 'Mission locale de Cergy', 'ML'],
  ['Louise Martin', 'CCAS de Pontoise', 'CCAS'],
  ['Zoé Lambert', 'Association Le Relais', 'Association'],
];

describeDatabases('Discord café coopération', (database) => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  /** A guild whose four members filled their organisation and opted in; the café channel chosen. */
  async function cafeGuild(clock: FakeClock, guildName: string) {
    bot = await startBot(database().db, {}, undefined, { clock });
    const b = bot;
    const g = await b.newGuild(guildName);
    const people: Person[] = [];
    for (const [name, organisation, type] of PEOPLE) {
      const member = newMember({ nick: name });
      const [saved] = await answersTo(b.fake, g.command(member, 'profil', { structure: organisation, type }));
      expect(textOf(saved)).toMatch(/est créée dans le réseau|Votre profil est à jour/);
      const [joined] = await answersTo(b.fake, g.command(member, 'cafe oui'));
      expect(joined?.flags).toBe(64);
      expect(textOf(joined)).toContain('vous participerez au prochain café coopération');
      people.push({ member, name, organisation });
    }
    const admin = newMember({ admin: true, nick: 'Alice Roux' });
    const [here] = await answersTo(b.fake, g.command(admin, 'cafe ici'));
    expect(textOf(here)).toContain('Ce canal accueille désormais le café coopération');
    return { b, g, admin, people };
  }

  /** `/coop cafe lancer` a minute later, then one tick at that instant. */
  async function runRound(b: Bot, g: Interactions, admin: FakeMember, clock: FakeClock) {
    clock.advance(MINUTE);
    const [run] = await answersTo(b.fake, g.command(admin, 'cafe lancer'));
    expect(textOf(run)).toContain('Un tour du café coopération est lancé');
    await b.app.scheduler.tick();
  }

  /** The DM channel Discord opened for this user, if the bot asked for one. */
  const dmChannelOf = (b: Bot, userId: string): string | undefined => {
    const open = b.fake.calls.find(
      (c) =>
        c.method === 'POST' &&
        c.path === '/users/@me/channels' &&
        (c.body as Json).recipient_id === userId &&
        c.status === 200,
    );
    return open ? String((open.response as Json).id) : undefined;
  };
  const dmsTo = (b: Bot, userId: string): StoredMessage[] => {
    const channel = dmChannelOf(b, userId);
    return channel ? b.fake.messagesIn(channel) : [];
  };
  /** Messages posted in the channel with the bot token (scheduled posts carry a nonce). */
  const postedIn = (b: Bot, channelId: string): StoredMessage[] =>
    b.fake.messagesIn(channelId).filter((m) => m.nonce !== undefined);
  const botPosts = (b: Bot) =>
    b.fake.calls.filter(
      (c) => c.method === 'POST' && /^\/(channels\/\d+\/messages|users\/@me\/channels)$/.test(c.path),
    );

  /** The other person of `person`'s pair, read from their introduction. */
  const partnerIn = (intro: string, person: Person, people: readonly Person[]): Person[] =>
    people.filter((p) => p !== person && intro.includes(p.name));

  it('introduces each opted-in member privately to someone of another organisation, and announces the round once', async () => {
    const clock = new FakeClock(FRIDAY);
    const { b, g, admin, people } = await cafeGuild(clock, 'Réseau café de Cergy');
    await runRound(b, g, admin, clock);

    for (const person of people) {
      const channel = dmChannelOf(b, person.member.id);
      expect(channel).toBeDefined();
      const sent = b.fake.calls.filter(
        (c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`,
      );
      expect(sent.map((c) => c.status)).toEqual([200]);
      expect(sent[0]?.headers.authorization).toBe('Bot fake-bot-token.for-tests');
      const [intro] = dmsTo(b, person.member.id).map((m) => textOf(m));
      expect(intro).toContain('Café coopération');
      expect(intro).toMatch(/Binôme n°\s?\d+/);
      const partners = partnerIn(intro ?? '', person, people);
      expect(partners).toHaveLength(1);
      const [partner] = partners;
      expect(intro).toContain(`**${partner?.name}** — ${partner?.organisation}`);
      expect(partner?.organisation).not.toBe(person.organisation);
      // The partner was introduced to this person, under the same pair number.
      const back = textOf(dmsTo(b, partner?.member.id ?? '')[0]);
      expect(back).toContain(person.name);
      expect(back.match(/Binôme n°\s?(\d+)/)?.[1]).toBe(intro?.match(/Binôme n°\s?(\d+)/)?.[1]);
    }
    expect(dmChannelOf(b, admin.id)).toBeUndefined();

    const [announcement, ...more] = postedIn(b, g.guild.channelId);
    expect(more).toHaveLength(0);
    expect(textOf(announcement)).toContain('2 rencontres proposées (4 personnes)');
    expect(textOf(announcement)).not.toContain('pas pu écrire');

    const before = botPosts(b).length;
    await b.app.scheduler.tick();
    clock.advance(10 * MINUTE);
    await b.app.scheduler.tick();
    expect(botPosts(b)).toHaveLength(before);
    for (const person of people) expect(dmsTo(b, person.member.id)).toHaveLength(1);
  });

  it('names in the channel announcement whoever keeps their DMs closed, and says how to open them', async () => {
    const clock = new FakeClock(FRIDAY);
    const { b, g, admin, people } = await cafeGuild(clock, 'Réseau café de Pontoise');
    const closed = people.find((p) => p.name === 'Zoé Lambert') as Person;
    b.fake.closeDms(closed.member.id);
    await runRound(b, g, admin, clock);

    // Discord opens the DM channel, then refuses the message (50007).
    const channel = dmChannelOf(b, closed.member.id);
    expect(channel).toBeDefined();
    const refused = b.fake.calls.filter(
      (c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`,
    );
    expect(refused.map((c) => c.status)).toEqual([403]);
    expect(refused[0]?.response).toMatchObject({ code: 50007 });
    expect(dmsTo(b, closed.member.id)).toHaveLength(0);
    for (const person of people.filter((p) => p !== closed))
      expect(dmsTo(b, person.member.id).map((m) => textOf(m))).toEqual([
        expect.stringContaining('Café coopération'),
      ]);

    const [announcement, ...more] = postedIn(b, g.guild.channelId);
    expect(more).toHaveLength(0);
    const said = textOf(announcement);
    expect(said).toContain('2 rencontres proposées (4 personnes)');
    expect(said).toContain('Je n’ai pas pu écrire en privé à : Zoé Lambert.');
    expect(said).toContain('autorisez les messages privés des membres de ce serveur');
    expect(said).toContain('Paramètres de confidentialité › Messages privés');
    for (const person of people.filter((p) => p !== closed)) expect(said).not.toContain(person.name);

    const before = botPosts(b).length;
    await b.app.scheduler.tick();
    expect(botPosts(b)).toHaveLength(before);
  });

  it('asks a week later, by DM with two buttons, whether people met; two yes of a pair log a meeting', async () => {
    const clock = new FakeClock(FRIDAY);
    const { b, g, admin, people } = await cafeGuild(clock, 'Réseau café de Sarcelles');
    await runRound(b, g, admin, clock);
    const round = clock.now();
    for (const person of people) expect(dmsTo(b, person.member.id)).toHaveLength(1);

    clock.current = new Date(round.getTime() + WEEK - MINUTE);
    await b.app.scheduler.tick();
    for (const person of people) expect(dmsTo(b, person.member.id)).toHaveLength(1);

    clock.current = new Date(round.getTime() + WEEK + MINUTE);
    await b.app.scheduler.tick();
    const asked = new Map<Person, { message: StoredMessage; yes: string; no: string; ref: string }>();
    for (const person of people) {
      const [, question, ...more] = dmsTo(b, person.member.id);
      expect(more).toHaveLength(0);
      expect(question).toBeDefined();
      const message = question as StoredMessage;
      expect(textOf(message)).toContain('Vous êtes-vous rencontrés ?');
      const buttons = buttonsOf(message);
      expect(buttons.map((x) => x.label)).toEqual(['Oui, on s’est vus', 'Pas encore']);
      const [yes, no] = buttons.map((x) => x.custom_id);
      const ref = yes?.match(new RegExp(`^coopg:${g.guild.id}:cafe rencontre (\\d+) oui$`))?.[1];
      expect(ref).toBeDefined();
      expect(no).toBe(`coopg:${g.guild.id}:cafe rencontre ${ref} non`);
      asked.set(person, { message, yes: yes ?? '', no: no ?? '', ref: ref ?? '' });
    }
    const [first, ...rest] = people as [Person, ...Person[]];
    const partner = rest.find((p) => asked.get(p)?.ref === asked.get(first)?.ref) as Person;
    expect(partner).toBeDefined();
    expect(textOf(asked.get(first)?.message)).toContain(partner.name);
    const others = rest.filter((p) => p !== partner);
    expect(new Set(others.map((p) => asked.get(p)?.ref))).toEqual(
      new Set([others[0] && asked.get(others[0])?.ref]),
    );
    expect(asked.get(others[0] as Person)?.ref).not.toBe(asked.get(first)?.ref);

    const click = async (person: Person, which: 'yes' | 'no') => {
      const ask = asked.get(person);
      const [answer] = await answersTo(
        b.fake,
        g.dmButton(person.member, ask?.[which] ?? '', ask?.message as StoredMessage),
      );
      return answer;
    };
    const waiting = await click(first, 'yes');
    expect(waiting?.flags).toBe(64);
    expect(textOf(waiting)).toContain(`Dès que ${partner.name} confirme aussi`);
    const logged = await click(partner, 'yes');
    expect(textOf(logged)).toMatch(
      new RegExp(
        `La rencontre est notée : échange n°\\s?(\\d+) \\(rencontre, entre (${first.name} et ${partner.name}|${partner.name} et ${first.name})\\)`,
      ),
    );
    const notYet = await click(others[0] as Person, 'no');
    expect(textOf(notYet)).toContain('Il n’est pas trop tard');

    const list = (await answersTo(b.fake, g.command(first.member, 'echange liste'))).map(textOf).join('\n');
    expect(list).toContain(`Rencontre avec ${partner.name}`);
    const theirs = (await answersTo(b.fake, g.command(others[0]?.member as FakeMember, 'echange liste')))
      .map(textOf)
      .join('\n');
    expect(theirs).not.toContain(first.name);

    const before = botPosts(b).length;
    await b.app.scheduler.tick();
    expect(botPosts(b)).toHaveLength(before);
  });
});
