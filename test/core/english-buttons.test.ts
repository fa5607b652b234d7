// Buttons run commands; an English reader sees (in the shell) and runs English ones.
import { beforeAll, expect, it } from 'vitest';
import type { Core } from '../../src/core/core.ts';
import type { Message } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { newSpace, say, testCore } from '../support/fakes.ts';

const sam = { externalId: 'u-sam', displayName: 'Sam Taylor', isPlatformAdmin: false, locale: 'en' as const };
const kim = { externalId: 'u-kim', displayName: 'Kim Lee', isPlatformAdmin: false, locale: 'en' as const };
const marie = { externalId: 'u-marie', displayName: 'Marie Curie', isPlatformAdmin: false };

const commandsOf = (messages: readonly Message[]) =>
  messages.flatMap((m) =>
    m.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons.map((x) => x.command) : [])),
  );

describeDatabases('buttons in the reader’s language', (database) => {
  let core: Core;
  beforeAll(() => {
    core = testCore(database().db);
  });

  it('gives an English author and an English member named English commands, a French one French', async () => {
    const where = newSpace();
    await say(core, where, 'profile language en', kim);
    await say(core, where, 'profil', marie);
    const logged = await say(core, where, 'log call @Kim @Marie', sam);
    expect(commandsOf(logged.messages)).toEqual(['log undo 1']);
    const byName = new Map(logged.notifications.map((n) => [n.memberName, commandsOf([n.message])]));
    expect(byName.get('Kim Lee')).toEqual(['log remove 1']);
    expect(byName.get('Marie Curie')).toEqual(['echange retirer 1']);
  });

  it('offers an English voter `vote N withdraw`', async () => {
    const where = newSpace();
    await say(core, where, 'poll "Which day?" "Monday" "Tuesday"', sam);
    const voted = await say(core, where, 'vote 1 1', sam);
    expect(commandsOf(voted.messages)).toContain('vote 1 withdraw');
    expect(commandsOf(voted.messages)).not.toContain('vote 1 retirer');
  });
});
