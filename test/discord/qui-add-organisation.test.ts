// On Discord, `/coop qui` has no option of its own for adding an organisation (the command is
// at Discord's size limit): its `mots` option carries the documented text form, which the core
// runs as in the shell.
import { beforeAll, expect, it } from 'vitest';
import { optionsToAction } from '../../adapters/discord/options-to-text.ts';
import type { Core } from '../../src/core/core.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';

describeDatabases('Discord: adding an organisation through /coop qui mots', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it('adds the organisation typed in the mots option, without joining it', async () => {
    const action = optionsToAction('qui', { mots: 'structures ajouter "Nouvelle asso" type ASSO' });
    expect(action).toEqual({ kind: 'text', text: 'qui structures ajouter "Nouvelle asso" type ASSO' });
    const where = newSpace('discord');
    const member = { externalId: '111', displayName: 'Marie', isPlatformAdmin: false };
    const added = await say(core, where, action?.kind === 'text' ? action.text : '', member);
    expect(added.failed).toBe(false);
    expect(added.text).toContain('est ajoutée au réseau, sans membre');
    expect((await say(core, where, 'qui structures', member)).text).toContain('Nouvelle asso');
    expect((await say(core, where, 'profil', member)).text).toContain('Structure: (non renseigné)');
  });
});
