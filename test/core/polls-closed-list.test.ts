// `sondage liste clos [PAGE]` / `poll list closed [PAGE]`: past polls, most recently closed
// first, ten a page, on real databases; bad pages and stray words answered, nothing written.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const HOUR = 3_600_000;
/** French typography's no-break spaces as plain ones, to write the expected texts simply. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const NNBSP = '\u202f';
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const sam = { externalId: 'u-sam', displayName: 'Sam Taylor', isPlatformAdmin: false, locale: 'en' as const };

describeDatabases('closed polls list', (database) => {
  let core: Core;
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  const networkId = async (where: ReturnType<typeof newSpace>) =>
    (
      await core.enter({
        ...where,
        user: { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true },
      })
    ).network.id;

  /** `count` polls `Q1`…, closed in the order given, an hour apart. */
  async function closedPolls(where: ReturnType<typeof newSpace>, count: number, order?: number[]) {
    for (let i = 1; i <= count; i++) await say(core, where, `sondage "Q${i} ?" "Oui" "Non"`);
    for (const ref of order ?? Array.from({ length: count }, (_, i) => i + 1)) {
      clock.advance(HOUR);
      expect((await say(core, where, `sondage fermer ${ref}`)).failed).toBe(false);
    }
  }

  it('lists closed polls most recently closed first, with participants and closing date, ten a page', async () => {
    const where = newSpace();
    await say(core, where, 'profil', jean);
    await closedPolls(where, 12);
    await say(core, where, 'sondage "Encore ouvert ?" "Oui" "Non"');
    const first = await say(core, where, 'sondage liste clos');
    expect(first.failed).toBe(false);
    expect(first.messages[0]?.visibility).toBe('private');
    expect(first.text).toContain('Sondages clos');
    const lines = first.text.split('\n').filter((l) => l.startsWith('**'));
    expect(lines.map((l) => l.match(/^\*\*(\d+)\*\*/)?.[1])).toEqual([
      '12',
      '11',
      '10',
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
    ]);
    expect(lines[0]).toMatch(/^\*\*12\*\* — Q12 \? · aucune réponse · clos le .*2026/);
    expect(first.text).not.toContain('Encore ouvert');
    expect(first.text).toContain(`Page 1/2 · 12 sondage(s) clos`);
    expect(first.text).toContain('`sondage liste clos 2`');
    const second = await say(core, where, 'sondage liste clos 2');
    expect((await say(core, where, 'sondage liste clos page 2')).text).toBe(second.text);
    expect(second.text.split('\n').filter((l) => l.startsWith('**'))).toHaveLength(2);
    expect(second.text).toContain('**2** — Q2 ?');
    expect(second.text).toContain('**1** — Q1 ?');
    expect(second.text).toContain('Dernière page.');
    // The open list is unchanged.
    const open = await say(core, where, 'sondage liste');
    expect(open.text).toContain('Sondages ouverts');
    expect(open.text).toContain('**13** — Encore ouvert ?');
    expect(open.text).not.toContain('Q1 ?');
  });

  it('orders by closing time, not by number', async () => {
    const where = newSpace();
    await closedPolls(where, 3, [2, 3, 1]);
    const list = await say(core, where, 'sondages liste clos');
    const refs = list.text.split('\n').flatMap((l) => l.match(/^\*\*(\d+)\*\*/)?.[1] ?? []);
    expect(refs).toEqual(['1', '3', '2']);
  });

  it('counts participants of an anonymous poll and names no voter', async () => {
    const where = newSpace();
    await say(core, where, 'sondage "Secret ?" "Oui" "Non"');
    await say(core, where, 'vote 1 1', jean);
    await say(core, where, 'vote 1 2', zoe);
    await say(core, where, 'sondage fermer 1');
    const list = await say(core, where, 'sondage liste clos', zoe);
    expect(list.text).toContain('**1** — Secret ? · 2 participants · clos le');
    for (const name of ['Jean', 'Zoé', 'Alice']) expect(list.text).not.toContain(name);
  });

  it('says so when no poll has closed yet', async () => {
    const where = newSpace();
    await say(core, where, 'sondage "Ouvert ?" "Oui" "Non"');
    const list = await say(core, where, 'sondage liste clos');
    expect(list.failed).toBe(false);
    expect(list.text).toContain('Aucun sondage clos pour l’instant');
    expect((await say(core, where, 'poll list closed', sam)).text).toContain('No closed poll yet');
  });

  it('speaks English: poll list closed, with its pages', async () => {
    const where = newSpace();
    await closedPolls(where, 11);
    const first = await say(core, where, 'poll list closed', sam);
    expect(first.text).toContain('Closed polls');
    expect(first.text).toMatch(/\*\*11\*\* — Q11 \? · no answer · closed on Sat 21 Nov 2026, 13:00$/m);
    expect(first.text).toContain('Page 1/2 · 11 closed poll(s), most recent first.');
    expect(first.text).toContain('Next page: `poll list closed 2`');
    const second = await say(core, where, 'poll list closed 2', sam);
    expect(second.text).toContain('**1** — Q1 ?');
    expect(second.text).toContain('Last page.');
  });

  it('answers a page that does not exist, a word for a page and stray words, and writes nothing', async () => {
    const where = newSpace();
    await closedPolls(where, 2);
    const before = await rowCounts(database().db, await networkId(where));
    const cases: Array<[string, string, typeof sam | undefined]> = [
      [
        'sondage liste clos 0',
        `Cette page n’existe pas. Tapez \`sondage liste clos\` pour la page 1, ou \`sondage liste clos N\` avec N entre 1 et 1.`,
        undefined,
      ],
      ['sondage liste clos 2', 'Cette page n’existe pas.', undefined],
      ['sondage liste clos 999999999', '999999999 » n’est pas un numéro de page', undefined],
      ['sondage liste clos deux', 'deux » n’est pas un numéro de page', undefined],
      ['sondage liste clos 1 2', 'Je n’ai pas compris « 2 ».', undefined],
      ['sondage liste clos "oui"', 'Je n’ai pas compris « oui ».', undefined],
      [
        'sondage liste 2',
        `Les pages sont pour les sondages clos${NNBSP}: \`sondage liste clos 2\``,
        undefined,
      ],
      [
        'poll list closed 3',
        'There is no such page. Type `poll list closed` for page 1, or `poll list closed N` with N from 1 to 1.',
        sam,
      ],
      ['poll list closed two', '"two" is not a page number', sam],
      ['poll list 2', 'Pages are for the closed polls: `poll list closed 2`', sam],
    ];
    for (const [typed, expected, user] of cases) {
      const reply = await say(core, where, typed, user);
      expect(reply.failed, typed).toBe(true);
      expect(plain(reply.text), typed).toContain(plain(expected));
    }
    expect(await rowCounts(database().db, await networkId(where))).toEqual(before);
  });
});
