// `echange 12` shows an exchange to its author and the members named in it (the note to its
// author only); `echange corriger 12 …` lets its author correct it, each value checked as a
// new one. Anyone else, and every bad input, gets an answer and changes nothing.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, RecordingLogger, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const sam = { externalId: 'u-sam', displayName: 'Sam Taylor', isPlatformAdmin: false, locale: 'en' as const };

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");

describeDatabases('showing and correcting an exchange', (database) => {
  let core: Core;
  const logger = new RecordingLogger();
  // Monday 7 December 2026, 11:00 in Paris.
  const clock = new FakeClock(new Date('2026-12-07T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock, logger);
  });

  /** A network where Marie logged exchange 1 with Jean, with a note. */
  async function network() {
    const where = newSpace();
    for (const user of [marie, jean, zoe, sam]) await say(core, where, 'profil', user);
    await say(core, where, 'but nouveau "Forum emploi"');
    const logged = await say(
      core,
      where,
      'echange appel @Jean #logement date 01/12 note "forum du jeudi"',
      marie,
    );
    expect(logged.failed, logged.text).toBe(false);
    const networkId = (await core.enter({ ...where, user: marie })).network.id;
    return { where, counts: () => rowCounts(database().db, networkId) };
  }

  it('shows an exchange to its author with the note, and to the member named without it', async () => {
    const { where } = await network();
    const author = plain((await say(core, where, 'echange 1', marie)).text);
    expect(author).toContain('Échange n° 1');
    expect(author).toContain('Appel avec Jean Dupont — Logement et hébergement — mardi 1er décembre 2026');
    expect(author).toContain('Noté par vous');
    expect(author).toContain('forum du jeudi');
    const named = plain((await say(core, where, 'echange voir 1', jean)).text);
    expect(named).toContain('Appel avec Jean Dupont');
    expect(named).toContain('Noté par Marie Curie');
    expect(named).not.toContain('forum du jeudi');
  });

  it('answers anyone else exactly as for a number that does not exist', async () => {
    const { where } = await network();
    const other = await say(core, where, 'echange 1', zoe);
    const missing = await say(core, where, 'echange 99', zoe);
    expect(other.failed).toBe(true);
    expect(other.text).toBe(missing.text.replace('99', '1'));
    expect(plain((await say(core, where, 'echange voir', zoe)).text)).toContain("numéro de l'échange à voir");
    const english = await say(core, where, 'log show 1', sam);
    expect(english.text).toMatch(/There is no exchange #1/);
    const before = (await say(core, where, 'echange 1', marie)).text;
    const byJean = await say(core, where, 'echange corriger 1 date hier note "x"', jean);
    expect(byJean.text).toBe(other.text);
    expect((await say(core, where, 'echange 1', marie)).text).toBe(before);
  });

  it('lets its author correct the date, note, kind, themes and goal, in French and English', async () => {
    const { where } = await network();
    const date = await say(core, where, 'echange corriger 1 date hier', marie);
    expect(date.failed, date.text).toBe(false);
    expect(plain(date.text)).toContain("L'échange n° 1 est corrigé");
    expect(plain(date.text)).toContain('dimanche 6 décembre 2026');
    await say(core, where, 'echange corriger 1 rencontre #emploi #sante but 1', marie);
    const shown = plain((await say(core, where, 'echange 1', marie)).text);
    expect(shown).toContain('Rencontre avec Jean Dupont — emploi, Santé — dimanche 6 décembre 2026 — but 1');
    expect(shown).not.toContain('Logement');
    await say(core, where, 'echange corriger 1 but aucun note "bilan du forum"', marie);
    const after = plain((await say(core, where, 'echange 1', marie)).text);
    expect(after).not.toContain('but 1');
    expect(after).toContain('bilan du forum');
  });

  it('corrects in English with log edit', async () => {
    const where = newSpace();
    for (const user of [sam, jean]) await say(core, where, 'profil', user);
    await say(core, where, 'log call @Jean', sam);
    const edited = await say(core, where, 'log edit 1 meeting date yesterday', sam);
    expect(edited.failed, edited.text).toBe(false);
    expect(plain(edited.text)).toContain('Exchange #1 is corrected');
    expect(plain(edited.text)).toContain('Meeting with Jean Dupont — Sun 6 Dec 2026');
  });

  it.each([
    ['echange corriger 1', /Que corriger/],
    ['echange corriger 1 date demain', /dans le futur/],
    ['echange corriger 1 date 06/12/2025', /un an au plus/],
    ['echange corriger 1 note "appeler le 06 12 34 56 78"', /n'a pas été enregistré/],
    ['echange corriger 1 but 7', /pas de but n° 7/],
    ['echange corriger 1 banane', /Je n'ai pas compris/],
    ['echange corriger date hier', /numéro de l'échange à corriger/],
    ['echange corriger 99 date hier', /pas d'échange n° 99/],
    ['log edit 1', /What should change/],
    ['log edit 1 date tomorrow', /in the future/],
    ['log edit 1 note "call 06 12 34 56 78"', /It was not saved/],
    ['log edit 99 date yesterday', /There is no exchange #99/],
  ])('refuses %s and writes nothing', async (command, answer) => {
    const { where } = await network();
    const before = await say(core, where, 'echange 1', marie);
    const counts = await counts0(where);
    const user = command.startsWith('log') ? { ...marie, locale: 'en' as const } : marie;
    const reply = await say(core, where, command, user);
    expect(reply.failed, reply.text).toBe(true);
    expect(plain(reply.text)).toMatch(answer);
    expect(await counts0(where)).toEqual(counts);
    expect((await say(core, where, 'echange 1', marie)).text).toBe(before.text);
  });

  it('saves a note past a guard warning only when confirmed with --ok', async () => {
    const { where } = await network();
    const warned = await say(
      core,
      where,
      'echange corriger 1 note "la famille Traoré demande une aide"',
      marie,
    );
    expect(warned.failed).toBe(true);
    expect(warned.text).toContain('--ok');
    expect(plain((await say(core, where, 'echange 1', marie)).text)).toContain('forum du jeudi');
    const confirmed = await say(
      core,
      where,
      'echange corriger 1 note "la famille Traoré demande une aide" --ok',
      marie,
    );
    expect(confirmed.failed, confirmed.text).toBe(false);
    expect((await say(core, where, 'echange 1', marie)).text).toContain('famille Traoré');
  });

  it('keeps the note out of the logs', async () => {
    const { where } = await network();
    await say(core, where, 'echange corriger 1 note "secret de Polichinelle"', marie);
    expect(JSON.stringify(logger.entries)).not.toContain('Polichinelle');
  });

  async function counts0(where: ReturnType<typeof newSpace>) {
    const networkId = (await core.enter({ ...where, user: marie })).network.id;
    return rowCounts(database().db, networkId);
  }
});
