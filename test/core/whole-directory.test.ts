// `qui tous [N]` / `who all [N]` on real databases: every member, 20 a page, grouped by
// organisation (members without one last), as text and as Discord's `liste` choice.
import { beforeAll, expect, it } from 'vitest';
import type { Core, TypedCommand } from '../../src/core/core.ts';
import { messageText } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Martin', isPlatformAdmin: false, locale: 'en' as const };
type Where = ReturnType<typeof newSpace>;

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const memberLines = (s: string) => s.split('\n').filter((l) => l.startsWith('• '));

describeDatabases('the whole directory', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });
  const typed = async (where: Where, command: TypedCommand, user = marie) => {
    const reply = await core.handle({ ...where, user, channelId: 'c1', typed: command });
    return { ...reply, text: reply.messages.map(messageText).join('\n') };
  };

  async function smallNetwork() {
    const where = newSpace('discord');
    await say(core, where, 'profil structure "Mission locale de Cergy" type ML', marie);
    await say(core, where, 'profil metier "Conseillère en insertion"', marie);
    await say(core, where, 'profil thematiques logement', marie);
    await say(core, where, 'profil structure "Club de prévention Les Linandes" type PREVENTION', jean);
    await say(core, where, 'profil territoire "Cergy"', zoe);
    return where;
  }

  it('lists every member grouped by organisation, those without one last, as `qui` shows them', async () => {
    const where = await smallNetwork();
    const reply = await say(core, where, 'qui tous', marie);
    expect(reply.failed).toBe(false);
    expect(reply.messages[0]?.visibility).toBe('private');
    const text = plain(reply.text);
    expect(text).toContain('Annuaire du réseau : 3 membre(s)');
    const club = text.indexOf('**Club de prévention Les Linandes**');
    const ml = text.indexOf('**Mission locale de Cergy**');
    const none = text.indexOf('**Sans structure**');
    expect(club).toBeGreaterThan(-1);
    expect(ml).toBeGreaterThan(club);
    expect(none).toBeGreaterThan(ml);
    expect(text.indexOf('**Jean Dupont**')).toBeGreaterThan(club);
    expect(text.indexOf('**Jean Dupont**')).toBeLessThan(ml);
    expect(text.indexOf('**Zoé Martin**')).toBeGreaterThan(none);
    // The line `qui` gives for a member, word for word.
    const searched = memberLines((await say(core, where, 'qui logement', marie)).text);
    expect(memberLines(reply.text)).toContain(searched[0]);
    expect(text).toContain('Page 1/1. Dernière page.');
    const english = await say(core, where, 'who all', zoe);
    expect(english.text).toContain('The network’s directory: 3 member(s)');
    expect(english.text).toContain('**No organisation**');
    expect(english.text).toContain('Page 1/1. Last page.');
  });

  it('pages 20 members at a time and says how to see the next page', async () => {
    const where = await smallNetwork();
    for (let i = 1; i <= 22; i += 1) {
      const user = {
        externalId: `u-${i}`,
        displayName: `Membre ${String(i).padStart(2, '0')}`,
        isPlatformAdmin: false,
      };
      await say(core, where, 'profil metier "Animateur"', user);
    }
    const first = await say(core, where, 'qui tous', marie);
    expect(plain(first.text)).toContain('25 membre(s)');
    expect(memberLines(first.text)).toHaveLength(20);
    expect(plain(first.text)).toContain('Page 1/2. Page suivante : `qui tous 2`');
    const second = await say(core, where, 'qui tous 2', marie);
    expect(memberLines(second.text)).toHaveLength(5);
    expect(second.text).toContain('Membre 22');
    expect(plain(second.text)).toContain('Dernière page.');
    const english = await say(core, where, 'who all 2', zoe);
    expect(memberLines(english.text)).toHaveLength(5);
    expect(english.text).not.toContain('Next page');
  });

  it('refuses a page that does not exist or is not a number, in the user’s language, writing nothing', async () => {
    const where = await smallNetwork();
    const before = await rowCounts(database().db, (await core.enter({ ...where, user: marie })).network.id);
    for (const page of ['2', '0', 'deux', '-1', '1.5', 'les éducateurs']) {
      const reply = await say(core, where, `qui tous ${page}`, marie);
      expect(reply.failed, page).toBe(true);
      expect(plain(reply.text), page).toBe(
        'Cette page n’existe pas. Tapez `qui tous` pour la page 1, ou `qui tous N` avec N entre 1 et 1.',
      );
    }
    const english = await say(core, where, 'who all 9', zoe);
    expect(english.text).toBe(
      'There is no such page. Type `who all` for page 1, or `who all N` with N from 1 to 1.',
    );
    const after = await rowCounts(database().db, (await core.enter({ ...where, user: marie })).network.id);
    expect(after).toEqual(before);
  });

  it('lists the whole directory from Discord’s `liste` choice, and its pages from the words', async () => {
    const where = await smallNetwork();
    const listed = await typed(where, { command: 'qui', verb: 'chercher', args: { list: 'all' } });
    expect(listed.failed).toBe(false);
    expect(plain(listed.text)).toContain('Annuaire du réseau : 3 membre(s)');
    const paged = await typed(where, { command: 'qui', verb: 'chercher', args: { terms: ['tous', '1'] } });
    expect(plain(paged.text)).toContain('Page 1/1');
  });
});
