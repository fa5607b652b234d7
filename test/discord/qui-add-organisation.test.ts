// On Discord, `/coop qui` adds an organisation through its `ajouter` and `type` options:
// the subcommand's typed values run the core's `qui structures ajouter`, as in the shell.
import { beforeAll, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/command-definition.ts';
import type { Core } from '../../src/core/core.ts';
import { messageText } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';

describeDatabases('Discord: adding an organisation through /coop qui', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it('adds the organisation given in the ajouter option, without joining it', async () => {
    const route = discordCommands().routes.get('coop qui');
    const name = route?.options.get('ajouter')?.arg.key ?? '';
    const type = route?.options.get('type')?.arg.key ?? '';
    const where = newSpace('discord');
    const member = { externalId: '111', displayName: 'Marie', isPlatformAdmin: false };
    const added = await core.handle({
      ...where,
      user: member,
      typed: {
        command: route?.command ?? '',
        verb: route?.verbName,
        args: { [name]: 'Nouvelle asso', [type]: 'ASSO' },
      },
    });
    expect(added.failed).toBe(false);
    expect(added.messages.map(messageText).join('\n')).toContain('est ajoutée au réseau, sans membre');
    expect((await say(core, where, 'qui structures', member)).text).toContain('Nouvelle asso');
    expect((await say(core, where, 'profil', member)).text).toContain('Structure: (non renseigné)');
  });
});
