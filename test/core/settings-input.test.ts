// Settings as facilitators type them (issue 19): a time zone in any case is stored and
// audited by its canonical name; a digest schedule that never comes round is refused; a
// refusal with a message of its own is not followed by the command's whole help.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';

const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describeDatabases('settings input', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it('stores and audits a time zone typed in lower case by its canonical name', async () => {
    const where = newSpace();
    await say(core, where, 'config fuseau america/cayenne');
    expect(flat((await say(core, where, 'config')).text)).toContain('America/Cayenne');
    expect(flat((await say(core, where, 'config fuseau europe/paris')).text)).toContain('Europe/Paris');
    const journal = flat((await say(core, where, 'config journal')).text);
    expect(journal).toContain('America/Cayenne → Europe/Paris');
    expect(journal).not.toContain('europe/paris');
  });

  it('refuses a digest schedule that never comes round, and changes nothing', async () => {
    const where = newSpace();
    const network = (
      await core.enter({
        ...where,
        user: { externalId: 'u-admin', displayName: 'Alice Admin', isPlatformAdmin: true },
      })
    ).network.id;
    const before = await rowCounts(database().db, network);
    const reply = flat((await say(core, where, 'diagnostic horaire "0 0 31 2 *"')).text);
    expect(reply).toContain('ne tombe jamais');
    expect(await rowCounts(database().db, network)).toEqual(before);
  });

  it.each([
    ['diagnostic horaire "n importe quand"'],
    ['diagnostic horaire'],
    ['cafe rythme 0'],
    ['cafe jour demain'],
  ])('answers `%s` with its error only, not followed by the whole help', async (typed) => {
    const where = newSpace();
    const reply = await say(core, where, typed);
    expect(reply.failed).toBe(true);
    expect(reply.text).not.toContain('Syntaxe');
    expect(reply.text).not.toContain('Exemples');
  });
});
