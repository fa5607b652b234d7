// The goal view (`but N` / `goal N`) lists the polls that serve the goal, open or closed,
// and its history keeps title and description changes as it keeps status and indicator ones.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const HOUR = 3_600_000;
/** French typography's no-break spaces as plain ones, to write the expected texts simply. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const bob = { externalId: 'u-bob', displayName: 'Bob Bernard', isPlatformAdmin: false };
const sam = { externalId: 'u-sam', displayName: 'Sam Taylor', isPlatformAdmin: false, locale: 'en' as const };

describeDatabases('goal view: polls and text history', (database) => {
  let core: Core;
  const clock = new FakeClock(new Date('2026-11-20T10:00:00Z'));
  beforeAll(() => {
    core = testCore(database().db, clock);
  });

  const view = async (where: ReturnType<typeof newSpace>, typed: string, user?: typeof sam) =>
    plain((await say(core, where, typed, user)).text);
  const counts = async (where: ReturnType<typeof newSpace>) => {
    const admin = { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true };
    const { network } = await core.enter({ ...where, user: admin });
    return rowCounts(database().db, network.id);
  };

  it('lists the polls attached to the goal, newest first, open or closed, in French and English', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Aucun jeune sans solution"');
    await say(core, where, 'but nouveau "Autre but"');
    await say(core, where, 'sondage "Quel atelier ?" "Logement" "Emploi" but 1');
    await say(core, where, 'sondage "Pour l’autre but ?" "Oui" "Non" but 2');
    await say(core, where, 'sondage "Sans but ?" "Oui" "Non"');
    await say(core, where, 'sondage "Quelle date ?" "Lundi" "Mardi" but 1 duree 1h');
    await say(core, where, 'sondage "On continue ?" "Oui" "Non" but 1');
    await say(core, where, 'sondage fermer 1');
    clock.advance(2 * HOUR); // poll 4 is past its deadline, closed to voters
    const shown = await view(where, 'but 1');
    expect(shown).toContain(
      '**Sondages rattachés** (3)\n• n° 5 — On continue ? · ouvert\n• n° 4 — Quelle date ? · clos\n• n° 1 — Quel atelier ? · clos',
    );
    expect(shown).not.toContain('autre but');
    expect(shown).not.toContain('Sans but');
    expect(shown).toContain('un sondage : `sondage "QUESTION" "OPTION" "OPTION" but 1`');
    const english = await view(where, 'goal 1', sam);
    expect(english).toContain(
      '**Attached polls** (3)\n• #5 — On continue ? · open\n• #4 — Quelle date ? · closed\n• #1 — Quel atelier ? · closed',
    );
    expect(await view(where, 'but 2')).toContain(
      '**Sondages rattachés** (1)\n• n° 2 — Pour l’autre but ? · ouvert',
    );
  });

  it('shows no poll block for a goal without polls, and the five newest of many', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Beaucoup de sondages"');
    expect(await view(where, 'but 1')).not.toContain('Sondages rattachés');
    for (let i = 1; i <= 7; i++) await say(core, where, `sondage "Q${i} ?" "Oui" "Non" but 1`);
    const shown = await view(where, 'but 1');
    expect(shown).toContain('**Sondages rattachés** (7)\n• n° 7 — Q7 ? · ouvert');
    expect(shown).toContain(
      '• n° 3 — Q3 ? · ouvert\n… et 2 de plus (`sondage liste clos` pour les sondages clos).',
    );
    expect(shown).not.toContain('Q2 ?');
    expect(await view(where, 'goal 1', sam)).toContain(
      '… and 2 more (`poll list closed` for the closed polls).',
    );
  });

  it('records title and description changes in the history and shows them', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Brouillon" indicateur "zéro"');
    const before = (await counts(where)).goal_updates ?? 0;
    expect((await say(core, where, 'but 1 titre "Un café coopération par mois"')).failed).toBe(false);
    const long = `Entre structures qui ne se connaissent pas ${'encore '.repeat(30)}fin`;
    expect((await say(core, where, `but 1 description "${long}"`)).failed).toBe(false);
    await say(core, where, 'goal 1 title "Monthly coffee"', sam);
    expect((await counts(where)).goal_updates).toBe(before + 2); // Sam may not edit it
    await say(core, where, 'goal 1 title "Monthly coffee"');
    expect((await counts(where)).goal_updates).toBe(before + 3);
    const shown = await view(where, 'but 1');
    expect(shown).toMatch(
      /• .* — Alice Admin : indicateur « zéro »\n• .* — Alice Admin : titre « Un café coopération par mois »\n• .* — Alice Admin : description « Entre structures qui ne se connaissent pas encore .*… »\n• .* — Alice Admin : titre « Monthly coffee »/,
    );
    // The card shows the whole description; the history, its start.
    expect(shown).toContain(`Description: ${long}`);
    expect(shown).not.toContain('encore fin »');
    const english = await view(where, 'goal 1', sam);
    expect(english).toContain('Alice Admin: title "Un café coopération par mois"');
    expect(english).toContain('Alice Admin: description "Entre structures');
  });

  it('records nothing for an unchanged text, a refused edit or words that fit nothing', async () => {
    const where = newSpace();
    await say(core, where, 'but nouveau "Stable" description "Telle quelle"');
    await say(core, where, 'profil', bob);
    const before = await counts(where);
    const cases: Array<[string, string, Parameters<typeof say>[3]]> = [
      ['but 1 titre "Stable"', 'a déjà ce texte', undefined],
      ['but 1 description "Telle quelle"', 'a déjà ce texte', undefined],
      ['but 1 titre "Autre"', 'Alice Admin', bob],
      ['but 9 titre "Autre"', '9', undefined],
      ['but 1 titre', 'titre', undefined],
      ['but 1 couleur "rouge"', 'on peut changer le `statut`', undefined],
      ['goal 1 title "Other"', 'Only the author of this goal', sam],
      ['goal 1 title "Stable"', 'already has this text', { locale: 'en' }],
      ['goal 1 colour "red"', 'For a goal you can change its `status`', sam],
    ];
    for (const [typed, expected, user] of cases) {
      const reply = await say(core, where, typed, user);
      expect(plain(reply.text), typed).toContain(expected);
    }
    expect(await counts(where)).toEqual(before);
    expect(await view(where, 'but 1')).not.toContain('Historique');
  });
});
