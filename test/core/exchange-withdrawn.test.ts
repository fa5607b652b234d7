// A member named in an exchange who takes their name off leaves no blank in its summary:
// the author's list says a name was withdrawn (how many, never who).
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';

const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };
const jean = { externalId: 'u-jean', displayName: 'Jean Dupont', isPlatformAdmin: false };
const zoe = { externalId: 'u-zoe', displayName: 'Zoé Lambert', isPlatformAdmin: false };
const sam = { externalId: 'u-sam', displayName: 'Sam Taylor', isPlatformAdmin: false, locale: 'en' as const };

describeDatabases('names withdrawn from an exchange', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it('says a name was withdrawn instead of leaving a blank, in French and English', async () => {
    const where = newSpace();
    for (const user of [jean, zoe, sam]) await say(core, where, 'profil', user);
    await say(core, where, 'echange orientation @Jean', marie);
    await say(core, where, 'echange appel @Jean @Zoé', marie);
    await say(core, where, 'log call @Jean', sam);
    for (const ref of [1, 2, 3])
      expect((await say(core, where, `echange retirer ${ref}`, jean)).failed).toBe(false);
    const list = (await say(core, where, 'echange liste', marie)).text.replace(/\u00a0/g, ' ');
    expect(list).toContain('Orientation avec 1 nom retiré');
    expect(list).toContain('Appel avec Zoé Lambert et 1 nom retiré');
    expect(list).not.toMatch(/avec\s+—/);
    const english = (await say(core, where, 'log list', sam)).text;
    expect(english).toContain('Call with 1 name withdrawn');
  });
});
