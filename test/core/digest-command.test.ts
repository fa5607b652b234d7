// The `diagnostic` command on real databases: a private preview for anyone; channel,
// schedule and on/off for facilitators only, confirmed in plain words; bad input writes nothing.
import { beforeAll, expect, it } from 'vitest';
import { repositories } from '../../db/store.ts';
import type { Core } from '../../src/core/core.ts';
import { DIGEST_KIND } from '../../src/core/scheduling/digest-job.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const NBSP = '\u00a0';
const BOB = { externalId: 'u-bob', displayName: 'Bob Bernard', isPlatformAdmin: false };

describeDatabases('diagnostic command', (database) => {
  let core: Core;
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  async function networkOf(where: ReturnType<typeof newSpace>) {
    const repos = repositories(database().db);
    const found = await repos.networks.findSpace(where.platform, where.space.externalId);
    if (!found) throw new Error('no network yet');
    return { ...found, repos };
  }

  /** Everything a diagnostic subaction could write: rows, the network's settings, digest marks. */
  async function snapshot(where: ReturnType<typeof newSpace>) {
    const { network, repos } = await networkOf(where);
    return {
      rows: await rowCounts(database().db, network.id),
      network: await repos.networks.get(network.id),
      mark: await repos.scheduledRuns.latestSlot(DIGEST_KIND, network.id),
    };
  }

  it('previews the digest privately, for anyone, saying when it will be posted', async () => {
    const where = newSpace();
    await say(core, where, 'aide');
    const preview = await say(core, where, 'diagnostic', BOB);
    expect(preview.failed).toBe(false);
    expect(preview.messages).toHaveLength(1);
    expect(preview.messages[0]?.visibility).toBe('private');
    expect(preview.text).toContain('Aperçu visible par vous seulement');
    expect(preview.text).toContain('chaque lundi à 09:00, Europe/Paris');
    expect(preview.text).toContain('`diagnostic ici`');
    const english = await say(core, where, 'digest', { ...BOB, locale: 'en' });
    expect(english.text).toContain('every Monday at 09:00, Europe/Paris');
  });

  it('makes the current channel the digest channel, publicly, with the schedule in words', async () => {
    const where = newSpace();
    const here = await say(core, where, 'diagnostic ici');
    expect(here.failed).toBe(false);
    expect(here.messages[0]?.visibility).toBe('public');
    expect(here.text).toBe(
      `Ce canal reçoit désormais le diagnostic permanent${NBSP}: chaque lundi à 09:00, Europe/Paris.`,
    );
    const { network, space, repos } = await networkOf(where);
    const saved = await repos.networks.get(network.id);
    expect(saved?.digestSpaceId).toBe(space.id);
    expect(saved?.digestChannelId).toBe('c1');
    // Slots before now are not posted for this new channel.
    expect(await repos.scheduledRuns.latestSlot(DIGEST_KIND, network.id)).toEqual(clock.now());
    expect((await say(core, where, 'digest here', { locale: 'en' })).text).toBe(
      'This channel already receives the digest: every Monday at 09:00, Europe/Paris.',
    );
  });

  it('sets the schedule from words or a cron and confirms it in plain words', async () => {
    const where = newSpace();
    const fr = await say(core, where, 'diagnostic horaire "tous les jours à 8h30"');
    expect(fr.failed).toBe(false);
    expect(fr.messages[0]?.visibility).toBe('public');
    expect(fr.text).toContain('Le diagnostic sera publié tous les jours à 08:30, Europe/Paris.');
    expect(fr.text).toContain('Aucun canal choisi');
    const { network, repos } = await networkOf(where);
    expect((await repos.networks.get(network.id))?.digestCron).toBe('30 8 * * *');

    const en = await say(core, where, 'digest schedule every monday 9am', { locale: 'en' });
    expect(en.text).toContain('The digest will be posted every Monday at 09:00, Europe/Paris.');
    expect((await repos.networks.get(network.id))?.digestCron).toBe('0 9 * * 1');

    await say(core, where, 'diagnostic horaire "0 10 1 * *"');
    expect((await repos.networks.get(network.id))?.digestCron).toBe('0 10 1 * *');
  });

  it('turns the digest off and on, and says when it already is', async () => {
    const where = newSpace();
    await say(core, where, 'diagnostic ici');
    const off = await say(core, where, 'diagnostic off');
    expect(off.messages[0]?.visibility).toBe('public');
    expect(off.text).toContain('Diagnostic désactivé');
    const { network, repos } = await networkOf(where);
    expect((await repos.networks.get(network.id))?.digestEnabled).toBe(false);
    expect((await say(core, where, 'diagnostic desactiver')).text).toContain('déjà désactivé');
    expect((await say(core, where, 'diagnostic statut')).text).toContain(
      'Publication automatique: désactivée',
    );

    clock.advance(60_000);
    const on = await say(core, where, 'digest on', { locale: 'en' });
    expect(on.text).toBe('Digest turned on: posted every Monday at 09:00, Europe/Paris.');
    expect((await repos.networks.get(network.id))?.digestEnabled).toBe(true);
    // Slots missed while it was off are not posted on the next tick.
    expect(await repos.scheduledRuns.latestSlot(DIGEST_KIND, network.id)).toEqual(clock.now());
  });

  it('shows the status: channel, schedule in words, next post, on or off', async () => {
    const where = newSpace();
    const before = await say(core, where, 'diagnostic statut', BOB);
    expect(before.messages[0]?.visibility).toBe('private');
    expect(before.text).toContain('aucun');
    expect(before.text).toContain('Prochaine publication: aucune');
    await say(core, where, 'diagnostic ici');
    const after = await say(core, where, 'digest status', { ...BOB, locale: 'en' });
    expect(after.text).toContain('Channel: this channel');
    expect(after.text).toContain('Schedule: every Monday at 09:00, Europe/Paris');
    // 20 November 2026 is a Friday: next Monday 23 November, 09:00 in Paris.
    expect(after.text).toContain('Next post: Mon 23 Nov 2026, 09:00');
    expect(after.text).toContain('Automatic posting: on');
    const elsewhere = await core.handle({ ...where, user: BOB, channelId: 'c2', text: 'diagnostic statut' });
    expect(elsewhere.messages.map((m) => JSON.stringify(m)).join()).toContain('un autre canal');
  });

  it.each(['diagnostic ici', 'diagnostic horaire "chaque lundi à 9h"', 'diagnostic off', 'diagnostic on'])(
    'refuses %s to a member who is not a facilitator, changing nothing',
    async (command) => {
      const where = newSpace();
      await say(core, where, 'aide');
      const before = await snapshot(where);
      const refused = await say(core, where, command, BOB);
      expect(refused.failed).toBe(true);
      expect(refused.messages[0]?.visibility).toBe('private');
      expect(refused.text).toContain('facilitat');
      expect(await snapshot(where)).toEqual(before);
    },
  );

  it.each([
    ['diagnostic horaire', 'Donnez l’horaire entre guillemets'],
    ['diagnostic horaire "toutes les deux semaines"', 'ne tient pas en une seule règle'],
    ['diagnostic horaire "le premier lundi du mois à 9h"', 'ne tient pas en une seule règle'],
    ['diagnostic horaire "chaque lundi"', 'À quelle heure'],
    ['diagnostic horaire "quand ça vous chante"', 'Je ne comprends pas cet horaire'],
    ['diagnostic horaire "61 9 * * 1"', 'Je ne comprends pas cet horaire'],
    ['diagnostic partout', 'Je ne reconnais ni période ni action dans « partout »'],
    ['diagnostic 2026-13', 'Je ne reconnais ni période ni action'],
    ['diagnostic 2031-01', 'n’a pas encore commencé'],
    ['diagnostic historique zéro', 'Quel diagnostic'],
    ['diagnostic ici et là', 'Après `diagnostic`, tapez'],
  ])('refuses %s with what to type instead, writing nothing', async (command, expected) => {
    const where = newSpace();
    await say(core, where, 'diagnostic ici');
    const before = await snapshot(where);
    const refused = await say(core, where, command);
    expect(refused.failed).toBe(true);
    expect(refused.messages[0]?.visibility).toBe('private');
    expect(refused.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(expected);
    expect(refused.text).toMatch(/chaque lundi|diagnostic ici|horaire|`diagnostic`|`diagnostic historique`/);
    expect(await snapshot(where)).toEqual(before);
  });

  it('records the shell’s channel with `diagnostic ici`', async () => {
    const where = newSpace('shell');
    await core.handle({
      ...where,
      user: { externalId: 'me', displayName: 'Moi', isPlatformAdmin: true },
      channelId: 'shell',
      text: 'diagnostic ici',
    });
    const { network, repos } = await networkOf(where);
    expect((await repos.networks.get(network.id))?.digestChannelId).toBe('shell');
  });
});
