// The café coopération through the core and the scheduler, on real databases: opting in
// and out, facilitators' settings, bad input that changes nothing, rounds on their
// schedule (every 2 weeks by default), exactly once with several processes, introductions
// and the follow-up a week later, the meeting logged once two people say yes, the people
// who cannot be paired or written to told why, and the digest's café section.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { createStore, repositories } from '../../db/store.ts';
import { dueRoundSlot } from '../../src/core/cafe/cafe-schedule.ts';
import { cafe } from '../../src/core/commands/cafe.ts';
import type { Core } from '../../src/core/core.ts';
import { digestMessage } from '../../src/core/digest/digest-message.ts';
import { defaultPeriod } from '../../src/core/digest/period.ts';
import { checkArgs } from '../../src/core/grammar/check-args.ts';
import type { Locale } from '../../src/core/locale.ts';
import { type Message, messageText } from '../../src/core/message.ts';
import type { Network, Space } from '../../src/core/model.ts';
import type { PostOutcome, Publisher } from '../../src/core/ports.ts';
import { cafeFollowUpJob, cafeRoundJob } from '../../src/core/scheduling/cafe-jobs.ts';
import { createScheduler } from '../../src/core/scheduling/scheduler.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

/** A message's text, French typography's narrow spaces read as spaces. */
const plain = (message: Message) => messageText(message).replace(/[\u00a0\u202f]/g, ' ');

/**
 * Records what the bot says in one space (the suite's other networks have rounds too);
 * `closed` users cannot be written to privately.
 */
class FakePlatform implements Publisher {
  readonly posts: Array<{ channelId: string | null; text: string }> = [];
  readonly directs: Array<{ userId: string; text: string; message: Message }> = [];
  readonly closed = new Set<string>();
  constructor(private readonly where: ReturnType<typeof newSpace>) {}
  async post(space: Space, channelId: string | null, message: Message) {
    if (space.externalId === this.where.space.externalId)
      this.posts.push({ channelId, text: plain(message) });
    return { ok: true } as const;
  }
  async direct(space: Space, userId: string, message: Message, _locale: Locale): Promise<PostOutcome> {
    if (space.externalId !== this.where.space.externalId) return { ok: true };
    if (this.closed.has(userId)) return { ok: false, reason: 'no-access' };
    this.directs.push({ userId, text: plain(message), message });
    return { ok: true };
  }
  to(userId: string) {
    return this.directs.filter((d) => d.userId === userId);
  }
}

const user = (id: string, name: string) => ({ externalId: id, displayName: name, isPlatformAdmin: false });
const marie = user('u-marie', 'Marie Curie');
const jean = user('u-jean', 'Jean Dupont');
const zoe = user('u-zoe', 'Zoé Lambert');
const paul = user('u-paul', 'Paul Petit');
const nina = user('u-nina', 'Nina Simone');

// Friday 20 November 2026, 11:00 in Paris. Rounds: Mondays at 10:00 (09:00 UTC).
const FRIDAY = new Date('2026-11-20T10:00:00Z');
const MONDAY = new Date('2026-11-23T09:00:00Z');
const WEEK = 7 * 86_400_000;
const MINUTE = 60_000;

describe('café schedule', () => {
  const network = { cafeWeekday: 1, cafeEveryWeeks: 2, timeZone: 'Europe/Paris' } as Network;
  it('runs on the chosen weekday at 10:00, once the cadence has passed since the last round', () => {
    expect(dueRoundSlot(network, FRIDAY, undefined, new Date(MONDAY.getTime() + MINUTE))).toEqual(MONDAY);
    expect(dueRoundSlot(network, FRIDAY, undefined, new Date(MONDAY.getTime() - MINUTE))).toBeUndefined();
    const nextMonday = new Date(MONDAY.getTime() + WEEK + MINUTE);
    expect(dueRoundSlot(network, MONDAY, MONDAY, nextMonday)).toBeUndefined();
    const inTwoWeeks = new Date(MONDAY.getTime() + 2 * WEEK);
    expect(dueRoundSlot(network, MONDAY, MONDAY, new Date(inTwoWeeks.getTime() + MINUTE))).toEqual(
      inTwoWeeks,
    );
  });
  it('reads French and English day names', () => {
    const day = cafe.verbs?.find((verb) => verb.names?.[0] === 'jour');
    const weekdayOf = (word: string) => {
      const checked = day && checkArgs(day, { weekday: word }, 'fr');
      return checked?.ok ? Number(checked.value.weekday) : undefined;
    };
    expect(['lundi', 'Mardi', 'mercredis', 'thursday', 'Fri', 'dimanche'].map(weekdayOf)).toEqual([
      1, 2, 3, 4, 5, 7,
    ]);
    expect(weekdayOf('demain')).toBeUndefined();
  });
});

describeDatabases('café coopération', (database) => {
  let core: Core;
  const clock = new FakeClock(FRIDAY);
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  function scheduler(db: Database, platform: Publisher, name = 'bot') {
    return createScheduler({
      store: createStore(db),
      clock,
      logger: new RecordingLogger(),
      publisher: platform,
      processId: name,
      jobs: [cafeRoundJob, cafeFollowUpJob],
    });
  }

  async function networkOf(where: ReturnType<typeof newSpace>) {
    const found = await repositories(database().db).networks.findSpace(
      where.platform,
      where.space.externalId,
    );
    if (!found) throw new Error('no network');
    return found.network;
  }

  /** Four members of three organisations opted in, Nina (no organisation) not; the café in c1. */
  async function cafeNetwork() {
    clock.current = FRIDAY;
    const where = newSpace('slack');
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil thematiques logement, famille', marie);
    await say(core, where, 'profil structure "Mission locale de Cergy"', jean);
    await say(core, where, 'profil structure "Club de prévention Les Linandes" type PREVENTION', zoe);
    await say(core, where, 'profil thematiques famille', zoe);
    await say(core, where, 'profil structure "Centre social des Touleuses" type CS', paul);
    await say(core, where, 'profil', nina);
    for (const who of [marie, jean, zoe, paul])
      expect((await say(core, where, 'cafe oui', who)).failed).toBe(false);
    expect((await say(core, where, 'cafe ici')).text).toContain(
      'Ce canal accueille désormais le café coopération',
    );
    return where;
  }

  it('opts in and out, and says so', async () => {
    const where = newSpace();
    expect((await say(core, where, 'cafe oui', marie)).text).toContain('vous participerez au prochain café');
    expect((await say(core, where, 'cafe oui', marie)).text).toContain('participez déjà');
    const status = await say(core, where, 'cafe', marie);
    expect(status.text).toContain('Vous: inscrit·e');
    expect(status.text).toContain('Inscrits: 1');
    expect((await say(core, where, 'coffee no', { ...marie, locale: 'en' })).text).toContain(
      'you will not be paired',
    );
    expect((await say(core, where, 'cafe', marie)).text).toContain('pas inscrit·e');
  });

  describe.each([
    ['an unknown action', 'cafe peut-être', /Je ne connais pas cette action du café/],
    ['too many weeks', 'cafe rythme 9', /entre 1 et 8/],
    ['no weeks', 'cafe rythme', /entre 1 et 8/],
    ['weeks in words', 'cafe rythme deux', /entre 1 et 8/],
    ['an unknown day', 'cafe jour demain', /jour de la semaine/],
    ['an answer without number', 'cafe rencontre oui', /numéro du binôme/],
    ['an answer that is neither yes nor no', 'cafe rencontre 1 peut-être', /numéro du binôme/],
    ['a pair one is not in', 'cafe rencontre 99 oui', /pas dans le binôme n°\s?99/],
    ['words after oui', 'cafe oui merci', /Je ne connais pas cette action/],
  ])('refuses %s with a clear message and changes nothing', (_label, text, expected) => {
    it('answers and writes nothing', async () => {
      const where = await cafeNetwork();
      const before = await rowCounts(database().db, (await networkOf(where)).id);
      const reply = await say(core, where, text);
      expect(reply.failed).toBe(true);
      expect(reply.text).toMatch(expected);
      expect(reply.text).not.toMatch(/Error|at \w+ \(|SQL|undefined/);
      expect(await rowCounts(database().db, (await networkOf(where)).id)).toEqual(before);
    });
  });

  it('keeps settings to facilitators', async () => {
    const where = await cafeNetwork();
    for (const text of ['cafe ici', 'cafe rythme 1', 'cafe jour jeudi', 'cafe off', 'cafe lancer']) {
      const reply = await say(core, where, text, zoe);
      expect(reply.failed).toBe(true);
      expect(reply.text).toMatch(/réservée aux facilitateurs/);
    }
    expect((await say(core, where, 'cafe rythme 3')).text).toContain(
      'toutes les 3 semaines, le lundi à 10:00',
    );
    expect((await say(core, where, 'cafe jour jeudi')).text).toContain('le jeudi à 10:00');
  });

  it('pairs the opted-in members at the slot, across organisations, exactly once, and introduces them', async () => {
    const where = await cafeNetwork();
    const platform = new FakePlatform(where);
    const bot = scheduler(database().db, platform);
    clock.current = new Date(MONDAY.getTime() - MINUTE);
    await bot.tick();
    expect(platform.posts).toHaveLength(0);

    clock.current = new Date(MONDAY.getTime() + MINUTE);
    await bot.tick();
    await bot.tick();
    expect(platform.posts.map((p) => p.text)).toEqual([
      expect.stringContaining('2 rencontres proposées (4 personnes)'),
    ]);
    expect(platform.posts[0]?.channelId).toBe('c1');
    // Everyone opted in got exactly one introduction; Nina, who did not opt in, none.
    for (const who of [marie, jean, zoe, paul]) expect(platform.to(who.externalId)).toHaveLength(1);
    expect(platform.to(nina.externalId)).toHaveLength(0);
    // Marie and Jean share an organisation: never put together while others are free.
    expect(platform.to(marie.externalId)[0]?.text).not.toContain('Jean Dupont');
    const toZoe = platform.to(zoe.externalId)[0]?.text ?? '';
    expect(toZoe).toMatch(/je vous présente \*\*(Marie Curie|Jean Dupont|Paul Petit)\*\*/);
    expect(toZoe).toMatch(/Binôme n°\s?[12]/);

    // A week later: no new round (every 2 weeks), but everyone is asked "did you meet?".
    clock.current = new Date(MONDAY.getTime() + WEEK + MINUTE);
    await bot.tick();
    await bot.tick();
    expect(platform.posts).toHaveLength(1);
    for (const who of [marie, jean, zoe, paul]) {
      const [, asked] = platform.to(who.externalId);
      expect(asked?.text).toContain('Vous êtes-vous rencontrés ?');
      expect(platform.to(who.externalId)).toHaveLength(2);
    }
    // Two weeks after the first: the next round.
    clock.current = new Date(MONDAY.getTime() + 2 * WEEK + MINUTE);
    await bot.tick();
    expect(platform.posts).toHaveLength(2);
  });

  it('logs a meeting once two members of a pair say yes, naming only those who did', async () => {
    const where = await cafeNetwork();
    const platform = new FakePlatform(where);
    const bot = scheduler(database().db, platform);
    await say(core, where, 'cafe lancer');
    await bot.tick();
    const intro = platform.to(zoe.externalId)[0]?.text ?? '';
    const ref = /Binôme n°\s?(\d+)/.exec(intro)?.[1];
    const partnerName = /je vous présente \*\*([^*]+)\*\*/.exec(intro)?.[1];
    const partner = [marie, jean, paul].find((p) => p.displayName === partnerName);
    expect(partner).toBeDefined();
    if (!partner || !ref) return;

    clock.advance(WEEK + MINUTE);
    await bot.tick();
    const asked = platform.to(zoe.externalId)[1]?.message;
    const buttons = asked?.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : [])) ?? [];
    expect(buttons.map((b) => b.command)).toEqual([`cafe rencontre ${ref} oui`, `cafe rencontre ${ref} non`]);

    const first = await say(core, where, `cafe rencontre ${ref} oui`, zoe);
    expect(first.text).toContain(`Dès que ${partner.displayName} confirme aussi`);
    expect((await say(core, where, 'echange liste', zoe)).text).not.toContain('rencontre');
    const second = await say(core, where, `cafe rencontre ${ref} oui`, partner);
    expect(second.text).toMatch(/La rencontre est notée\s:\séchange n°\s?\d+/);
    const listed = (await say(core, where, 'echange liste', zoe)).text;
    expect(listed).toMatch(/rencontre/i);
    expect(listed).toContain(partner.displayName);
    // Answering again does not log it twice.
    expect((await say(core, where, `cafe rencontre ${ref} oui`, zoe)).text).toContain('déjà notée');
    const id = (await networkOf(where)).id;
    expect(await repositories(database().db).exchanges.count(id)).toBe(1);

    // The digest of the week counts the pairs made and the meeting reported.
    const network = await networkOf(where);
    const digest = await createStore(database().db).run((repos) =>
      digestMessage(
        repos,
        network,
        defaultPeriod(new Date(clock.now().getTime() + MINUTE), network.timeZone),
        'fr',
      ),
    );
    expect(messageText(digest)).toContain('**Café coopération**\n• 1 rencontre déclarée');
  });

  it('tells the one person opted in why there is no pair, and the channel why there is no round', async () => {
    const where = newSpace('slack');
    await say(core, where, 'cafe oui', marie);
    await say(core, where, 'cafe lancer');
    const platform = new FakePlatform(where);
    await scheduler(database().db, platform).tick();
    expect(platform.to(marie.externalId).map((d) => d.text)).toEqual([
      expect.stringContaining('vous êtes la seule personne inscrite'),
    ]);
    expect(platform.posts.map((p) => p.text)).toEqual([expect.stringContaining('pas assez de personnes')]);
  });

  it('names in the channel those it could not write to, with how to open their messages', async () => {
    const where = await cafeNetwork();
    await say(core, where, 'cafe lancer');
    const platform = new FakePlatform(where);
    platform.closed.add(paul.externalId);
    await scheduler(database().db, platform).tick();
    const posted = platform.posts[0]?.text ?? '';
    expect(posted).toContain('Je n’ai pas pu écrire en privé à : Paul Petit');
    expect(posted).toContain('un administrateur peut le corriger');
    expect(platform.to(paul.externalId)).toHaveLength(0);
    expect(platform.directs).toHaveLength(3);
  });

  it('runs a round once with several processes ticking together', async () => {
    const where = await cafeNetwork();
    await say(core, where, 'cafe lancer');
    const platform = new FakePlatform(where);
    const dbs =
      database().kind === 'postgres'
        ? await Promise.all([1, 2, 3].map(async () => (await database().openAnother()).db))
        : [database().db, database().db, database().db];
    const bots = dbs.map((db, i) => scheduler(db, platform, `bot-${i}`));
    await Promise.all(bots.map((b) => b.tick()));
    await Promise.all(bots.map((b) => b.tick()));
    expect(platform.posts).toHaveLength(1);
    expect(platform.directs).toHaveLength(4);
    const id = (await networkOf(where)).id;
    const last = await createStore(database().db).run((repos) => repos.cafe.lastRoundSlot(id));
    expect(last).toBeDefined();
  });
});
