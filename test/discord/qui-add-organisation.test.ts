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

  it('still runs the form first documented: the words `structures ajouter "…" type CODE` in mots', async () => {
    const route = discordCommands().routes.get('coop qui');
    const words = route?.options.get('mots')?.arg.key ?? '';
    const where = newSpace('discord');
    const member = { externalId: '112', displayName: 'Paul', isPlatformAdmin: false };
    const ask = (text: string) =>
      core.handle({
        ...where,
        user: member,
        typed: { command: route?.command ?? '', verb: route?.verbName, args: { [words]: text } },
      });
    const added = await ask('structures ajouter "Association Les Jardins partagés" type ASSO');
    expect(added.failed).toBe(false);
    expect(added.messages.map(messageText).join('\n')).toContain('est ajoutée au réseau, sans membre');
    expect((await ask('structures')).messages.map(messageText).join('\n')).toContain('Les Jardins partagés');
    // Words that name no verb are searched, as before.
    expect((await ask('logement Cergy')).messages.map(messageText).join('\n')).not.toContain('ajoutée');
  });
});
